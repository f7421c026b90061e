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
        /// Reads each file with `parse`; a template with errors is kept out, and noted as broken.
        func compile<Template>(_ files: [SourceFile], kind: String, parse: (inout TemplateParser, String) -> (Template?, [Diagnostic]),
                               keep: (String, Template) -> Void) {
            for file in files {
                var parser = TemplateParser(path: file.path)
                switch file.text() {
                case .success(let text):
                    let (template, problems) = parse(&parser, text)
                    diagnostics += problems
                    if let template, !problems.hasErrors { keep(parser.name, template) } else { library.broken["\(kind) \(parser.name)"] = file.path }
                case .failure(let error):
                    diagnostics.append(error)
                    library.broken["\(kind) \(parser.name)"] = file.path
                }
            }
        }
        compile(forms, kind: "form", parse: { $0.form($1) }, keep: { library.forms[$0] = $1 })
        compile(scorecards, kind: "scorecard", parse: { $0.scorecard($1) }, keep: { library.scorecards[$0] = $1 })
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
