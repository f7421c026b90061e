/// Settings of the Markdown dialect, from `playbook.yaml`.
public struct MarkdownOptions: Sendable, Equatable {
    /// Keep raw HTML blocks and inline tags (off by default: content is not trusted to run code).
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }
}
