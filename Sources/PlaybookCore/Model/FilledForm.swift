/// A filled-in form or scorecard kept as content: a Markdown page whose front
/// matter names its template (`form: visit-plan`) and holds the field values.
public struct FilledForm: Sendable {
    public enum Kind: String, Sendable { case form, scorecard }

    public var kind: Kind

    /// Keys of a sheet's front matter that belong to the page, not to its
    /// template: the page's own keys, the template's name, the scores of a
    /// scorecard and free notes. No form field may take one as its id, and none
    /// is reported as an unknown field.
    public static let pageKeys: Set<String> = FrontMatter.knownKeys.union(["form", "scorecard", "scores", "notes"])
    public var templateName: String
    /// The template's title (`Visit plan`).
    public var title: String
    /// Field values by field id (for scorecards, the record fields).
    public var values: [String: YAMLValue]
    /// Scores by criterion id (scorecards only).
    public var scores: [String: Int]

    public var rep: String? { values["rep"]?.text }
    public var account: String? { values["account"]?.text }
    public var date: String? { values["date"]?.text }
    /// A visit plan's answer to "was the commitment obtained?".
    public var commitment: String? { values["commitment_obtained"]?.text }

    package init(kind: Kind, templateName: String, title: String, values: [String: YAMLValue], scores: [String: Int]) {
        self.kind = kind
        self.templateName = templateName
        self.title = title
        self.values = values
        self.scores = scores
    }
}

extension YAMLValue {
    /// The value as one line of text, for lists and messages.
    public var text: String? {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .double(let value): Format.plain(value)
        case .bool(let value): value ? "yes" : "no"
        case .list(let values): values.compactMap(\.text).joined(separator: ", ")
        case .map, .null: nil
        }
    }
}
