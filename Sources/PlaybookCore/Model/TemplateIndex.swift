/// Which form and scorecard templates a site has, and which of them are
/// broken: enough for a page that names one (a directive, a filled sheet) to
/// be told why it cannot be used, without the templates themselves.
public struct TemplateIndex: Sendable {
    public var forms: Set<String>
    public var scorecards: Set<String>
    /// Templates that exist but have errors (`form plan` → its file).
    public var broken: [String: String]

    public init(forms: Set<String> = [], scorecards: Set<String> = [], broken: [String: String] = [:]) {
        self.forms = forms
        self.scorecards = scorecards
        self.broken = broken
    }

    /// Why `kind name` (`form plan`) cannot be used, for a page that names it.
    public func unusable(_ kind: String, _ name: String) -> String {
        if let path = broken["\(kind) \(name)"] { return "\(kind) '\(name)' cannot be used: \(path) has errors" }
        return "unknown \(kind) '\(name)' (known: \(knownNames))"
    }

    /// Every template name, for messages: `form visit-plan, scorecard call-coaching, …`.
    public var knownNames: String {
        let names = forms.sorted().map { "form \($0)" } + scorecards.sorted().map { "scorecard \($0)" }
        return names.isEmpty ? "none: add \(SiteLayout.forms)NAME.yaml" : names.joined(separator: ", ")
    }
}
