import PlaybookCore

/// The structured templates a page may embed, already rendered to HTML, by
/// directive: `form visit-plan`, `scorecard call-coaching`.
public struct Directives: Sendable {
    public var html: [String: String]
    /// The templates the HTML was made from: they say why a name cannot be used.
    public var templates: TemplateIndex

    public init(html: [String: String] = [:], templates: TemplateIndex = TemplateIndex()) {
        self.html = html
        self.templates = templates
    }

    /// The directive a fence's info string names (`form`, `visit-plan`), if it names one.
    package static func parse(_ info: String) -> (kind: String, name: String)? {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2, words[0] == "form" || words[0] == "scorecard" else { return nil }
        return (String(words[0]), String(words[1]))
    }
}
