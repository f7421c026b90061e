import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// The text of a new, unfilled visit plan or scorecard: every field of its
/// template as a front matter key, with the field's label, help and allowed
/// values as a comment above it, and the values the author already knows
/// (rep, account, date) filled in. It starts as a draft (`draft: true`), so
/// the empty required fields are notes `playbook check` lists, each at its
/// line, not errors that fail the team's CI; removing the line finishes it.
public enum SheetDraft {
    /// A filled form in the making, for `form` (e.g. `visit-plan`).
    public static func form(_ template: FormTemplate, values: [String: String]) -> String {
        var lines = ["---", "form: \(template.name)"]
        lines += comment("\(template.title)" + (template.description.map { ": \($0)" } ?? ""))
        lines += draftLines
        for section in template.sections {
            lines.append("")
            lines += comment("— \(section.title) —" + (section.help.map { " \($0)" } ?? ""))
            for field in section.fields {
                lines += comment(describe(field))
                lines.append("\(field.id):" + (values[field.id].map { " \(yamlScalar($0))" } ?? ""))
            }
        }
        lines += ["---", ""]
        return lines.joined(separator: "\n")
    }

    /// A scorecard in the making, for `scorecard` (e.g. `call-coaching`).
    public static func scorecard(_ template: ScorecardTemplate, values: [String: String]) -> String {
        var lines = ["---", "scorecard: \(template.name)"]
        lines += comment("\(template.title)" + (template.description.map { ": \($0)" } ?? ""))
        lines += draftLines
        for field in ScorecardTemplate.recordFields {
            lines += comment(describe(field))
            lines.append("\(field.id):" + (values[field.id].map { " \(yamlScalar($0))" } ?? ""))
        }
        lines.append("")
        lines += comment("Scores: each a whole number from \(template.scale.lowerBound) to \(template.scale.upperBound).")
        lines.append("scores:")
        for criterion in template.criteria {
            var text = "\(criterion.label) (weight \(Format.plain(criterion.weight)))."
            if let help = criterion.help { text += " \(help)" }
            let anchors = criterion.anchors.keys.sorted().compactMap { key in criterion.anchors[key].map { "\(key): \($0)" } }
            if !anchors.isEmpty { text += " " + anchors.joined(separator: " ") }
            lines += comment(text, indent: "  ")
            lines.append("  \(criterion.id):")
        }
        lines += ["---", "", "What went well, and the one thing to practise next.", ""]
        return lines.joined(separator: "\n")
    }

    /// `draft: true` with the comment that says when to remove it.
    package static let draftLines = [
        "# A draft: empty required fields are only noted. Remove this line when the sheet is finished.",
        "draft: true",
    ]

    /// The label, whether it is required, the help, and what it accepts.
    package static func describe(_ field: FormField) -> String {
        var text = field.label + (field.required ? " (required)." : ".")
        if let help = field.help { text += " \(help)" }
        switch field.kind {
        case .text: break
        case .longtext: text += " Several lines: write `|` and indent them below."
        case .number: text += " A number."
        case .date: text += " A date, YYYY-MM-DD."
        case .choice: text += " One of: \(field.options.joined(separator: ", "))."
        case .multichoice: text += " Any of, as a list [a, b]: \(field.options.joined(separator: ", "))."
        case .checkbox: text += " true or false."
        case .rating: text += " A whole number from \(field.scale.lowerBound) to \(field.scale.upperBound)."
        case .rep: text += " A rep's id from \(SiteLayout.team)."
        case .account: text += " An account's id from \(SiteLayout.accounts)."
        case .list:
            let columns = field.fields.map { sub in
                sub.id + (sub.required ? " (required)" : "") + (sub.options.isEmpty ? "" : ": " + sub.options.joined(separator: " | "))
            }
            text += " A list, one entry a line: - {\(columns.joined(separator: ", "))}."
        }
        return text
    }

    /// `text` as YAML comment lines (a help text may hold line breaks).
    package static func comment(_ text: String, indent: String = "") -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "\(indent)# \($0)" }
    }

    /// Quoted unless it reads back as the same plain string.
    package static func yamlScalar(_ value: String) -> String {
        let plainSafe =
            value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
            && !["true", "false", "yes", "no", "null", "on", "off", "~"].contains(value.lowercased())
        if plainSafe && !value.isEmpty { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
