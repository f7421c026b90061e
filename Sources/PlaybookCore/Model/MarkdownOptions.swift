/// Settings of the Markdown dialect, from `playbook.yaml`.
public struct MarkdownOptions: Sendable, Equatable {
    /// What becomes of raw HTML in Markdown: `markdown.raw_html`.
    public enum RawHTML: String, Sendable, CaseIterable {
        /// All of it dropped, with a warning (`false`).
        case drop
        /// An allow-list of elements and attributes kept, like GitHub's; the rest dropped, with a warning (the default).
        case safe
        /// Kept as written (`true`): for sites that trust every author.
        case keep
    }

    public var rawHTML: RawHTML

    public init(rawHTML: RawHTML = .safe) {
        self.rawHTML = rawHTML
    }
}
