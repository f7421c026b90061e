/// The site's structured templates, by name: forms and scorecards, each read
/// and checked once.
public struct TemplateLibrary: Sendable {
    public var forms: [String: FormTemplate] = [:]
    public var scorecards: [String: ScorecardTemplate] = [:]

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
                if let form, !problems.hasErrors { library.forms[form.name] = form }
            case .failure(let error): diagnostics.append(error)
            }
        }
        for file in scorecards {
            var parser = TemplateParser(path: file.path)
            switch file.text() {
            case .success(let text):
                let (card, problems) = parser.scorecard(text)
                diagnostics += problems
                if let card, !problems.hasErrors { library.scorecards[card.name] = card }
            case .failure(let error): diagnostics.append(error)
            }
        }
        return (library, diagnostics)
    }

    /// Every template name, for messages: `form visit-plan, scorecard call-coaching, …`.
    var knownNames: String {
        let names = forms.keys.sorted().map { "form \($0)" } + scorecards.keys.sorted().map { "scorecard \($0)" }
        return names.isEmpty ? "none: add templates/forms/NAME.yaml" : names.joined(separator: ", ")
    }
}
