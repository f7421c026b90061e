import Foundation
import PlaybookContent
import PlaybookCore

/// The HTML of a form or scorecard as it appears on a playbook page: a real,
/// accessible HTML form (every control labelled, help tied with
/// `aria-describedby`) that `playbook.js` brings to life — drafts, Download,
/// Print, Clear, live totals. Text from templates and team data is escaped.
package struct FormMarkup {
    /// Reps and accounts offered in `rep` and `account` fields, as (id, name).
    package var reps: [(id: String, name: String)]
    package var accounts: [(id: String, name: String)]

    package func form(_ template: FormTemplate) -> String {
        let prefix = "pbf-\(template.name)"
        var html =
            "<form class=\"pb-form\" data-form=\"\(template.name.htmlEscaped)\" data-title=\"\(template.title.htmlEscaped)\" aria-labelledby=\"\(prefix)-title\" novalidate>\n"
        html += "<h2 class=\"form-title\" id=\"\(prefix)-title\">\(template.title.htmlEscaped)</h2>\n"
        if let description = template.description { html += "<p class=\"form-description\">\(description.htmlEscaped)</p>\n" }
        html +=
            "<p class=\"form-legend\">Fields marked <span class=\"req\">*</span> are required. Your draft is kept in this browser as you type.</p>\n"
        var lists: Set<String> = []
        for section in template.sections {
            html += "<fieldset class=\"form-section\">\n<legend>\(section.title.htmlEscaped)</legend>\n"
            if let help = section.help { html += "<p class=\"section-help\">\(help.htmlEscaped)</p>\n" }
            for field in section.fields { html += self.field(field, prefix: prefix, lists: &lists) }
            html += "</fieldset>\n"
        }
        html += notes(prefix: prefix)
        html += datalists(prefix: prefix, used: lists)
        html += actions()
        return html + "</form>\n"
    }

    package func scorecard(_ card: ScorecardTemplate) -> String {
        let prefix = "pbs-\(card.name)"
        let bands =
            "["
            + card.bands.map { "{\"name\":\(JSONString.quoted($0.name)),\"min\":\(Format.plain($0.min)),\"max\":\(Format.plain($0.max))}" }
            .joined(separator: ",") + "]"
        var html =
            "<form class=\"pb-form pb-scorecard\" data-scorecard=\"\(card.name.htmlEscaped)\" data-title=\"\(card.title.htmlEscaped)\" "
            + "data-scale-max=\"\(card.scale.upperBound)\" data-bands=\"\(bands.htmlEscaped)\" aria-labelledby=\"\(prefix)-title\" novalidate>\n"
        html += "<h2 class=\"form-title\" id=\"\(prefix)-title\">\(card.title.htmlEscaped)</h2>\n"
        if let description = card.description { html += "<p class=\"form-description\">\(description.htmlEscaped)</p>\n" }
        var lists: Set<String> = []
        html += "<fieldset class=\"form-section\">\n<legend>Who, when, what</legend>\n"
        for field in ScorecardTemplate.recordFields { html += self.field(field, prefix: prefix, lists: &lists) }
        html += "</fieldset>\n"
        for criterion in card.criteria {
            let id = "\(prefix)-\(criterion.id)"
            html +=
                "<fieldset class=\"criterion\" data-criterion=\"\(criterion.id)\" data-weight=\"\(Format.plain(criterion.weight))\""
                + (criterion.help == nil ? "" : " aria-describedby=\"\(id)-help\"") + ">\n"
            html +=
                "<legend>\(criterion.label.htmlEscaped) <span class=\"weight\">weight \(Format.plain(criterion.weight))</span></legend>\n"
            if let help = criterion.help { html += "<p class=\"field-help\" id=\"\(id)-help\">\(help.htmlEscaped)</p>\n" }
            html += "<div class=\"scale\">\n"
            for point in card.scale {
                let anchor = criterion.anchors[point].map { " data-anchor=\"\($0.htmlEscaped)\"" } ?? ""
                html += "<label class=\"scale-point\"><input type=\"radio\" name=\"\(id)\" value=\"\(point)\"\(anchor)> \(point)</label>\n"
            }
            html += "</div>\n<p class=\"anchor-text\" aria-live=\"polite\"></p>\n"
            if !criterion.anchors.isEmpty {
                html += "<ul class=\"anchors\">\n"
                for (point, text) in criterion.anchors.sorted(by: { $0.key < $1.key }) {
                    html += "<li><strong>\(point)</strong> \(text.htmlEscaped)</li>\n"
                }
                html += "</ul>\n"
            }
            html += "</fieldset>\n"
        }
        html +=
            "<p class=\"scorecard-total\">Weighted total: <output name=\"total\" class=\"total\" for=\"\(card.criteria.map { "\(prefix)-\($0.id)" }.joined(separator: " "))\">0</output> %"
            + " <span class=\"band\" aria-live=\"polite\"></span></p>\n"
        html += notes(prefix: prefix)
        html += datalists(prefix: prefix, used: lists)
        html += actions()
        return html + "</form>\n"
    }

    // MARK: Fields

    private func field(_ field: FormField, prefix: String, lists: inout Set<String>) -> String {
        let id = "\(prefix)-\(field.id)"
        let help = field.help.map { "<p class=\"field-help\" id=\"\(id)-help\">\($0.htmlEscaped)</p>\n" } ?? ""
        let described = field.help == nil ? "" : " aria-describedby=\"\(id)-help\""
        let required = field.required ? " required" : ""
        let mark = field.required ? " <span class=\"req\" aria-hidden=\"true\">*</span>" : ""
        let label = "<label for=\"\(id)\">\(field.label.htmlEscaped)\(mark)</label>\n"
        var html =
            "<div class=\"field field-\(field.kind.rawValue)\" data-field=\"\(field.id)\" data-kind=\"\(field.kind.rawValue)\"\(field.required ? " data-required" : "")>\n"
        switch field.kind {
        case .text:
            html += label + "<input type=\"text\" id=\"\(id)\" name=\"\(field.id)\"\(required)\(described)>\n"
        case .longtext:
            html += label + "<textarea id=\"\(id)\" name=\"\(field.id)\" rows=\"3\"\(required)\(described)></textarea>\n"
        case .number:
            html += label + "<input type=\"number\" step=\"any\" id=\"\(id)\" name=\"\(field.id)\"\(required)\(described)>\n"
        case .date:
            html += label + "<input type=\"date\" id=\"\(id)\" name=\"\(field.id)\"\(required)\(described)>\n"
        case .rep, .account:
            let list = "\(prefix)-\(field.kind.rawValue)s"
            lists.insert(field.kind.rawValue)
            html +=
                label
                + "<input type=\"text\" id=\"\(id)\" name=\"\(field.id)\" list=\"\(list)\" autocomplete=\"off\"\(required)\(described)>\n"
        case .choice:
            html += label + "<select id=\"\(id)\" name=\"\(field.id)\"\(required)\(described)>\n<option value=\"\">Choose…</option>\n"
            for option in field.options { html += "<option>\(option.htmlEscaped)</option>\n" }
            html += "</select>\n"
        case .multichoice, .rating:
            html += "<fieldset class=\"choices\" id=\"\(id)\"\(described)>\n<legend>\(field.label.htmlEscaped)\(mark)</legend>\n"
            if field.kind == .multichoice {
                for (index, option) in field.options.enumerated() {
                    html +=
                        "<label><input type=\"checkbox\" name=\"\(field.id)\" value=\"\(option.htmlEscaped)\" id=\"\(id)-\(index)\"> \(option.htmlEscaped)</label>\n"
                }
            } else {
                for point in field.scale {
                    html += "<label><input type=\"radio\" name=\"\(id)\" value=\"\(point)\"> \(point)</label>\n"
                }
            }
            html += "</fieldset>\n"
        case .checkbox:
            html +=
                "<label class=\"check\" for=\"\(id)\"><input type=\"checkbox\" id=\"\(id)\" name=\"\(field.id)\"\(described)> \(field.label.htmlEscaped)\(mark)</label>\n"
        case .list:
            html += "<fieldset class=\"list\"\(described)>\n<legend>\(field.label.htmlEscaped)\(mark)</legend>\n"
            html += "<ol class=\"list-rows\" data-rows></ol>\n<template data-row-template>\n<li class=\"list-row\" data-row>\n"
            for sub in field.fields {
                html += self.field(sub, prefix: "\(id)-__ROW__", lists: &lists)
            }
            html += "<button type=\"button\" class=\"row-remove\" data-action=\"remove-row\">Remove</button>\n</li>\n</template>\n"
            html +=
                "<button type=\"button\" data-action=\"add-row\">Add \(field.label.lowercased().htmlEscaped) row</button>\n</fieldset>\n"
        }
        return html + help + "</div>\n"
    }

    private func notes(prefix: String) -> String {
        "<div class=\"field field-notes\" data-notes>\n<label for=\"\(prefix)-notes\">Notes</label>\n"
            + "<textarea id=\"\(prefix)-notes\" name=\"notes\" rows=\"4\"></textarea>\n</div>\n"
    }

    private func datalists(prefix: String, used: Set<String>) -> String {
        var html = ""
        if used.contains("rep") {
            html +=
                "<datalist id=\"\(prefix)-reps\">\n"
                + reps.map { "<option value=\"\($0.id.htmlEscaped)\">\($0.name.htmlEscaped)</option>\n" }.joined() + "</datalist>\n"
        }
        if used.contains("account") {
            html +=
                "<datalist id=\"\(prefix)-accounts\">\n"
                + accounts.map { "<option value=\"\($0.id.htmlEscaped)\">\($0.name.htmlEscaped)</option>\n" }.joined() + "</datalist>\n"
        }
        return html
    }

    private func actions() -> String {
        "<div class=\"form-actions\">\n<button type=\"button\" data-action=\"download\">Download as Markdown</button>\n"
            + "<button type=\"button\" data-action=\"print\">Print</button>\n"
            + "<button type=\"button\" data-action=\"clear\">Clear</button>\n"
            + "<span class=\"form-status\" role=\"status\" aria-live=\"polite\"></span>\n</div>\n"
    }

    package init(reps: [(id: String, name: String)], accounts: [(id: String, name: String)]) {
        self.reps = reps
        self.accounts = accounts
    }
}
