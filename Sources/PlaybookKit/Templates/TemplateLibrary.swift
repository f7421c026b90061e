/// The site's structured templates, by name: forms and scorecards, each read
/// and checked once.
public struct TemplateLibrary: Sendable {
    public var forms: [String: FormTemplate] = [:]
    public var scorecards: [String: ScorecardTemplate] = [:]
    /// Templates that exist but have errors (`form plan` → its file), so pages
    /// using them are told why rather than that they do not exist.
    public var broken: [String: String] = [:]

    public init(forms: [String: FormTemplate] = [:], scorecards: [String: ScorecardTemplate] = [:]) {
        self.forms = forms
        self.scorecards = scorecards
    }

    public static let formsFolder = "templates/forms/"
    public static let scorecardsFolder = "templates/scorecards/"

    public static func compile(forms: [SourceFile], scorecards: [SourceFile]) -> (TemplateLibrary, [Diagnostic]) {
        var library = TemplateLibrary()
        var diagnostics: [Diagnostic] = []
        for file in forms {
            var parser = TemplateParser(path: file.path)
            switch file.text() {
            case .success(let text):
                let (form, problems) = parser.form(text)
                diagnostics += problems
                if let form, !problems.hasErrors { library.forms[form.name] = form } else { library.broken["form \(parser.name)"] = file.path }
            case .failure(let error):
                diagnostics.append(error)
                library.broken["form \(TemplateParser(path: file.path).name)"] = file.path
            }
        }
        for file in scorecards {
            var parser = TemplateParser(path: file.path)
            switch file.text() {
            case .success(let text):
                let (card, problems) = parser.scorecard(text)
                diagnostics += problems
                if let card, !problems.hasErrors { library.scorecards[card.name] = card } else { library.broken["scorecard \(parser.name)"] = file.path }
            case .failure(let error):
                diagnostics.append(error)
                library.broken["scorecard \(TemplateParser(path: file.path).name)"] = file.path
            }
        }
        return (library, diagnostics)
    }

    /// Why `kind name` (`form plan`) cannot be used, for a page that names it.
    func unusable(_ kind: String, _ name: String) -> String {
        if let path = broken["\(kind) \(name)"] { return "\(kind) '\(name)' cannot be used: \(path) has errors" }
        return "unknown \(kind) '\(name)' (known: \(knownNames))"
    }

    /// Every template name, for messages: `form visit-plan, scorecard call-coaching, …`.
    var knownNames: String {
        let names = forms.keys.sorted().map { "form \($0)" } + scorecards.keys.sorted().map { "scorecard \($0)" }
        return names.isEmpty ? "none: add templates/forms/NAME.yaml" : names.joined(separator: ", ")
    }
}
