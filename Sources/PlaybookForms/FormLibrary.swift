import PlaybookContent
import PlaybookCore

/// The site's structured templates, by name: forms and scorecards, each read
/// and checked once.
public struct FormLibrary: Sendable {
    public var forms: [String: FormTemplate] = [:]
    public var scorecards: [String: ScorecardTemplate] = [:]
    /// Templates that exist but have errors (`form plan` → its file), so pages
    /// using them are told why rather than that they do not exist.
    public var broken: [String: String] = [:]

    public init(forms: [String: FormTemplate] = [:], scorecards: [String: ScorecardTemplate] = [:]) {
        self.forms = forms
        self.scorecards = scorecards
    }

    /// `languages`: the language texts are read in, then the ones to fall back to (the site's default).
    public static func compile(forms: [SourceFile], scorecards: [SourceFile], languages: [String] = []) -> (FormLibrary, [Diagnostic]) {
        var library = FormLibrary()
        var diagnostics: [Diagnostic] = []
        /// Reads each file with `parse`; a template with errors is kept out, and noted as broken.
        func compile<Template>(
            _ files: [SourceFile], kind: String, parse: (inout FormParser, String) -> (Template?, [Diagnostic]),
            keep: (String, Template) -> Void
        ) {
            for file in files {
                var parser = FormParser(path: file.path, languages: languages)
                switch file.text() {
                case .success(let text):
                    let (template, problems) = parse(&parser, text)
                    diagnostics += problems
                    if let template, !problems.hasErrors {
                        keep(parser.name, template)
                    } else {
                        library.broken["\(kind) \(parser.name)"] = file.path
                    }
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

    /// The names of the templates and of the broken ones, for pages that name them.
    public var index: TemplateIndex {
        TemplateIndex(forms: Set(forms.keys), scorecards: Set(scorecards.keys), broken: broken)
    }

    /// Why `kind name` (`form plan`) cannot be used, for a page that names it.
    package func unusable(_ kind: String, _ name: String) -> String { index.unusable(kind, name) }
}
