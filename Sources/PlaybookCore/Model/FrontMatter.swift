/// The YAML header of a page: the known keys, typed, and the rest as
/// parameters for layouts.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var summary: String?
    /// Order within the section: lower first; pages without a weight come last.
    public var weight: Int?
    public var tags: [String] = []
    /// Drafts are checked but not published.
    public var draft = false
    public var owner: String?
    /// When the page was last reviewed, `YYYY-MM-DD`.
    public var reviewed: String?
    /// The process card: why this process exists…
    public var purpose: String?
    /// …when to use it…
    public var when: [String] = []
    /// …and its activities, in order.
    public var stages: [ProcessStage] = []
    /// A layout other than the page kind's default.
    public var layout: String?
    /// Every other key, for layouts (`{{page.params.key}}`).
    public var params: [(key: String, value: YAMLValue)] = []
    /// The file line of each key, so later checks can point at it.
    public var lines: [String: Int] = [:]

    public init() {}

    public static func == (a: FrontMatter, b: FrontMatter) -> Bool {
        a.title == b.title && a.summary == b.summary && a.weight == b.weight && a.tags == b.tags && a.draft == b.draft
            && a.owner == b.owner && a.reviewed == b.reviewed && a.purpose == b.purpose && a.when == b.when
            && a.stages == b.stages && a.layout == b.layout && a.params.map(\.key) == b.params.map(\.key)
            && a.params.map(\.value) == b.params.map(\.value)
    }

    /// The keys with a meaning of their own: the front matter parser reads
    /// each (its switch over `Key` must name every one), the form parser keeps
    /// them out of field ids. The README lists them.
    public enum Key: String, CaseIterable, Sendable {
        case title, summary, weight, tags, draft, owner, reviewed, purpose, when, stages, layout
    }

    public static let knownKeys: Set<String> = Set(Key.allCases.map(\.rawValue))
}

/// One activity of a process, in the order a rep does them.
public struct ProcessStage: Sendable, Equatable {
    public var name: String
    public var detail: String?

    package init(name: String, detail: String? = nil) {
        self.name = name
        self.detail = detail
    }
}
