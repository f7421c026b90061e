import Mustache
import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

/// Text renders as itself. swift-mustache would find that out for every
/// `{{value}}` through several failed dynamic casts and `String(describing:)`;
/// declaring it up front takes the first cast it tries. The output is the
/// same: `renderText` is what `String(describing:)` gives for a String, and
/// text is never the null object that empties a section.
// swift-format-ignore: AvoidRetroactiveConformances
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
