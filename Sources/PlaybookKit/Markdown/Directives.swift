/// The structured templates a page may embed, already rendered to HTML, by
/// directive: `form visit-plan`, `scorecard call-coaching`.
public struct Directives: Sendable {
    public var html: [String: String]
    /// For the error about an unknown name.
    public var known: String
    /// Templates that exist but have errors, by directive, with their file.
    public var broken: [String: String]

    public init(html: [String: String] = [:], known: String = "none", broken: [String: String] = [:]) {
        self.html = html
        self.known = known
        self.broken = broken
    }

    /// The directive a fence's info string names (`form`, `visit-plan`), if it names one.
    static func parse(_ info: String) -> (kind: String, name: String)? {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2, words[0] == "form" || words[0] == "scorecard" else { return nil }
        return (String(words[0]), String(words[1]))
    }
}
