import PlaybookCore
import PlaybookForms
import PlaybookMustache
import PlaybookSite
import PlaybookTeam

/// What the `sheet` layout sees for a filled form or scorecard: its sections
/// and fields with their values as text (escaped by the layout), lists as
/// tables, reps and accounts as links, and for a scorecard each criterion's
/// score and anchor, the weighted total and its band.
package struct SheetContext {
    package let site: Site
    package let page: Page
    package let templates: FormLibrary

    package func values(_ form: FilledForm) -> LayoutFields {
        var values: LayoutFields = [
            "title": form.title, "kind": form.kind.rawValue, "template": form.templateName, "draft": page.isDraftSheet,
        ]
        if form.kind == .form, let template = templates.forms[form.templateName] {
            values["sections"] = template.sections.map { section -> LayoutFields in
                ["title": section.title, "fields": section.fields.map { field(field: $0, value: form.values[$0.id]) }]
            }
        }
        if form.kind == .scorecard, let card = templates.scorecards[form.templateName] {
            let record: LayoutFields = [
                "title": messages["scorecard.record"],
                "fields": ScorecardTemplate.recordFields(messages).map { field(field: $0, value: form.values[$0.id]) },
            ]
            values["sections"] = [record]
            values["criteria"] = card.criteria.map { criterion -> LayoutFields in
                var row: LayoutFields = ["label": criterion.label, "weight": TeamContext.count(criterion.weight)]
                if let score = form.scores[criterion.id] {
                    row["score"] = TeamContext.figure(Double(score), rating(score, of: card.scale.upperBound))
                    if let anchor = FormContext.anchor(score, criterion.anchors, messages) { row["anchor"] = anchor }
                }
                return row
            }
            let total = card.total(form.scores)
            values["total"] = TeamContext.figure(total, Format.grouped(total, decimals: 1) + " %")
            if let band = card.band(for: total) { values["band"] = band.name }
        }
        return values
    }

    private var messages: Messages { site.edition.messages }

    /// `3 of 5`, as the page's language says it.
    private func rating(_ score: Int, of top: Int) -> String {
        messages.text("sheet.rating", ["score": String(score), "max": String(top)])
    }

    private func field(field: FormField, value: YAMLValue?) -> LayoutFields {
        var entry: LayoutFields = ["label": field.label]
        guard let value, value != .null else {
            entry["empty"] = true
            return entry
        }
        switch field.kind {
        case .rep, .account:
            let id = value.text ?? ""
            let name = field.kind == .rep ? site.team?.rep(id)?.rep.name : site.team?.account(id)?.account.name
            entry["text"] = name ?? id
            if name != nil {
                entry["url"] = SitePath.relative(
                    from: page.url, to: site.edition.prefix + (field.kind == .rep ? SitePath.repURL(id) : SitePath.accountURL(id)))
            }
        case .checkbox:
            entry["text"] = value == .bool(true) ? messages["sheet.yes"] : messages["sheet.no"]
        case .rating:
            entry["text"] = Int(value.text ?? "").map { rating($0, of: field.scale.upperBound) } ?? value.text ?? ""
        case .choice:
            entry["text"] = field.label(ofOption: value.text ?? "")
        case .multichoice:
            if case .list(let items) = value {
                entry["text"] = items.map { field.label(ofOption: $0.text ?? "") }.joined(separator: messages["sheet.list_separator"])
            } else {
                entry["text"] = value.text ?? ""
            }
        case .longtext:
            entry["text"] = value.text ?? ""
            entry["long"] = true
        case .list:
            guard case .list(let rows) = value else { break }
            entry["columns"] = field.fields.map { ["label": $0.label] as LayoutFields }
            entry["rows"] = rows.map { row -> LayoutFields in
                guard case .map(let pairs) = row else { return ["cells": [LayoutFields]()] }
                let cells = field.fields.map { sub -> LayoutFields in
                    let text = pairs.first { $0.key == sub.id }?.value.text ?? ""
                    return ["text": sub.kind == .choice ? sub.label(ofOption: text) : text]
                }
                return ["cells": cells]
            }
            entry["is_list"] = true
        default:
            entry["text"] = value.text ?? ""
        }
        return entry
    }

    /// One line per filled form or scorecard, for a section page or a rep's or account's page.
    package static func row(_ index: Int, in site: Site, from page: Page) -> LayoutFields {
        let target = site.pages[index]
        guard let form = target.filledForm else { return [:] }
        // Every key present, so a layout never falls back to the page's own `rep` or `account`.
        var row: LayoutFields = [
            "title": target.title, "url": SitePath.relative(from: page.url, to: target.url),
            "form": form.title, "date": form.date.map { site.edition.format.date($0) } ?? "", "rep": false,
            "account": false, "commitment": "", "draft": target.isDraftSheet,
        ]
        if let rep = form.rep {
            row["rep"] = [
                "name": site.team?.rep(rep)?.rep.name ?? rep,
                "url": SitePath.relative(from: page.url, to: site.edition.prefix + SitePath.repURL(rep)),
            ]
        }
        if let account = form.account {
            row["account"] = [
                "name": site.team?.account(account)?.account.name ?? account,
                "url": SitePath.relative(from: page.url, to: site.edition.prefix + SitePath.accountURL(account)),
            ]
        }
        if let commitment = form.commitment {
            // The answer as the page's language labels it (the file stores the option's value).
            let field = site.templates.forms[form.templateName]?.fields.first { $0.id == "commitment_obtained" }
            row["commitment"] = field?.label(ofOption: commitment) ?? commitment
        }
        return row
    }
}
