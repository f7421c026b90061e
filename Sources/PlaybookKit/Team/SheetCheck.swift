import PlaybookCore
import PlaybookForms

/// What the build's checker says of one filled form or scorecard before it is
/// saved (`serve --team`): the sheet as read, and its problems, each at its
/// field so that the browser can show it there.
public struct SheetCheck: Sendable {
    /// The sheet, when the text is a filled form or scorecard of a known template.
    public var sheet: FilledForm?
    /// Every problem of this file, as `playbook check` would report it.
    public var diagnostics: [Diagnostic]
    /// The errors among them, at their fields.
    public var problems: [FieldProblem]

    public var isValid: Bool { sheet != nil && !diagnostics.hasErrors }

    package init(sheet: FilledForm?, diagnostics: [Diagnostic], problems: [FieldProblem]) {
        self.sheet = sheet
        self.diagnostics = diagnostics
        self.problems = problems
    }
}

/// One error of a sheet at its field: `field` is the front matter key
/// (`rep`, `attendees`) or `scores.<criterion>`; `problem` names the kind the
/// browser's own checks use (`required`, `rep`, `date`, …), or `other`.
public struct FieldProblem: Sendable, Codable, Equatable {
    public var field: String
    public var problem: String
    public var message: String
    public var line: Int
    public var column: Int
    /// The value found, for `rep` and `account` ("“Li Na” is not a rep").
    public var value: String?

    public init(field: String, problem: String, message: String, line: Int, column: Int, value: String? = nil) {
        self.field = field
        self.problem = problem
        self.message = message
        self.line = line
        self.column = column
        self.value = value
    }
}

extension SheetCheck {
    /// The check of `text` from the parser's findings: its errors placed at their fields.
    package static func make(sheet: FilledForm?, diagnostics: [Diagnostic], text: String, templates: FormLibrary) -> SheetCheck {
        let fields = SheetFields(text: text)
        let kinds = sheet.map { fieldKinds($0, templates: templates) } ?? [:]
        let problems = diagnostics.filter { $0.severity == .error }.map { diagnostic -> FieldProblem in
            let message = diagnostic.message
            var found = fields.field(at: diagnostic.location.line) ?? (field: "", value: "")
            // A required field left out altogether is reported at the template's key: its name is in the message.
            if message.hasPrefix("required field '"), let name = message.dropFirst(16).split(separator: "'").first,
                found.field == "form" || found.field == "scorecard"
            {
                found = (String(name), "")
            }
            let problem: String
            if message.hasPrefix("required field") {
                problem = "required"
            } else if found.field.hasPrefix("scores.") {
                problem = "score"
            } else {
                switch kinds[found.field] {
                case .rep?: problem = "rep"
                case .account?: problem = "account"
                case .date?: problem = "date"
                case .number?: problem = "number"
                case .rating?: problem = "rating"
                case .choice?, .multichoice?, .checkbox?: problem = "option"
                default: problem = "other"
                }
            }
            return FieldProblem(
                field: found.field, problem: problem, message: message, line: diagnostic.location.line,
                column: diagnostic.location.column, value: problem == "rep" || problem == "account" ? found.value : nil)
        }
        return SheetCheck(sheet: sheet, diagnostics: diagnostics, problems: problems)
    }

    private static func fieldKinds(_ sheet: FilledForm, templates: FormLibrary) -> [String: FormField.Kind] {
        let fields: [FormField]
        switch sheet.kind {
        case .form: fields = templates.forms[sheet.templateName]?.fields ?? []
        case .scorecard: fields = ScorecardTemplate.recordFields
        }
        return Dictionary(fields.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }
}
