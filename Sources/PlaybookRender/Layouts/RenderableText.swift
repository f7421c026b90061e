import Mustache
import PlaybookCore
import PlaybookForms
import PlaybookTeam
import PlaybookSite

/// Text renders as itself. swift-mustache would find that out for every
/// `{{value}}` through several failed dynamic casts and `String(describing:)`;
/// declaring it up front takes the first cast it tries. The output is the
/// same: `renderText` is what `String(describing:)` gives for a String, and
/// text is never the null object that empties a section.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
