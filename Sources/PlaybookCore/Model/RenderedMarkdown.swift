/// What a Markdown body becomes: its HTML, and what the rest of the site needs
/// to know of it (outline, checklists, links to check, problems found).
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [Heading]
    public var checklists: [Checklist]
    public var links: [LinkReference]
    public var diagnostics: [Diagnostic]
    /// The words a reader sees, for the search index.
    public var text: String = ""
    /// The level-1 heading that opened the body and was taken out of it to be the page's title.
    public var title: Heading?
    /// The ids of the footnotes and of the references to them, which links may name.
    public var footnoteIDs: [String] = []
    /// The ids the page's raw HTML gives its elements (`<a id="x">`): a link's `#x` may name them.
    public var htmlIDs: Set<String> = []
    /// Where each of `headings` is in `text` (UTF-8 offsets), so the search index can link a match to the heading before it.
    public var headingRanges: [Range<Int>] = []
    /// Whether a form or scorecard is in the body, so the theme loads their scripts only where they are used.
    public var hasForms = false

    /// The body of a page the site makes itself.
    public static let empty = RenderedMarkdown(html: "", headings: [], checklists: [], links: [], diagnostics: [])

    package init(
        html: String, headings: [Heading], checklists: [Checklist], links: [LinkReference], diagnostics: [Diagnostic], text: String = ""
    ) {
        self.html = html
        self.headings = headings
        self.checklists = checklists
        self.links = links
        self.diagnostics = diagnostics
        self.text = text
    }
}
