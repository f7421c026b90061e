import PlaybookCore
import PlaybookMustache

/// What the theme's `partials/form` and `partials/scorecard` see of a form or
/// scorecard template: every label, help text, option and scale point, the ids
/// that tie labels to controls, and the team's reps and accounts to choose
/// from. Every key a nested object may be asked for is set on it (`false` when
/// it has none), so that a name never falls through to an outer object.
package struct FormContext {
    /// Reps and accounts offered in `rep` and `account` fields, as options: made once for every form
    /// (a team's thousands of accounts, offered by each form that asks for an account).
    private let repOptions: [LayoutFields]
    private let accountOptions: [LayoutFields]
    /// The catalogue of the page's language, for the words the templates do not give (a scorecard's record fields).
    package var messages: Messages

    package init(reps: [(id: String, name: String)], accounts: [(id: String, name: String)], messages: Messages = Messages()) {
        func options(_ pairs: [(id: String, name: String)]) -> [LayoutFields] { pairs.map { ["value": $0.id, "name": $0.name] } }
        repOptions = options(reps)
        accountOptions = options(accounts)
        self.messages = messages
    }

    package func form(_ template: FormTemplate) -> LayoutFields {
        let prefix = "pbf-\(template.name)"
        var kinds: Set<FormField.Kind> = []
        let sections = template.sections.map { section -> LayoutFields in
            [
                "title": section.title, "help": section.help.map { $0 as any LayoutValueConvertible } ?? false,
                "fields": section.fields.map { field($0, prefix: prefix, kinds: &kinds) },
            ]
        }
        var values = frame(name: template.name, title: template.title, description: template.description, prefix: prefix)
        values["sections"] = sections
        values.add(choices(kinds))
        return values
    }

    package func scorecard(_ card: ScorecardTemplate) -> LayoutFields {
        let prefix = "pbs-\(card.name)"
        var kinds: Set<FormField.Kind> = []
        let bands = card.bands.map {
            "{\"name\":\(JSONString.quoted($0.name)),\"min\":\(Format.plain($0.min)),\"max\":\(Format.plain($0.max))}"
        }
        var values = frame(name: card.name, title: card.title, description: card.description, prefix: prefix)
        values["bands"] = "[" + bands.joined(separator: ",") + "]"
        values["scale_max"] = card.scale.upperBound
        values["record"] = ScorecardTemplate.recordFields(messages).map { field($0, prefix: prefix, kinds: &kinds) }
        values["criteria"] = card.criteria.map { criterion -> LayoutFields in
            let id = "\(prefix)-\(criterion.id)"
            let anchors = criterion.anchors.sorted { $0.key < $1.key }.map { ["point": $0.key, "text": $0.value] as LayoutFields }
            return [
                "criterion": criterion.id, "html_id": id, "label": criterion.label, "weight": Format.plain(criterion.weight),
                "help": criterion.help.map { $0 as any LayoutValueConvertible } ?? false,
                "points": card.scale.map { point -> LayoutFields in
                    let words = Self.anchor(point, criterion.anchors, messages)
                    return [
                        "point": point, "anchor": words.map { $0 as any LayoutValueConvertible } ?? false,
                        "own_anchor": criterion.anchors[point] != nil,
                    ]
                },
                "anchors": anchors, "has_anchors": !anchors.isEmpty,
            ]
        }
        values["outputs_for"] = card.criteria.map { "\(prefix)-\($0.id)" }.joined(separator: " ")
        values.add(choices(kinds))
        return values
    }

    /// What a point of the scale means: its own anchor, or, for a point without one, the nearest
    /// anchors around it said as such ("between “X” and “Y”"); nil when the criterion has none.
    package static func anchor(_ point: Int, _ anchors: [Int: String], _ messages: Messages) -> String? {
        if let own = anchors[point] { return own }
        let low = anchors.keys.filter { $0 < point }.max().flatMap { anchors[$0] }
        let high = anchors.keys.filter { $0 > point }.min().flatMap { anchors[$0] }
        switch (low, high) {
        case (let low?, let high?): return messages.text("scorecard.between", ["low": low, "high": high])
        case (nil, let high?): return messages.text("scorecard.below", ["high": high])
        case (let low?, nil): return messages.text("scorecard.above", ["low": low])
        case (nil, nil): return nil
        }
    }

    private func frame(name: String, title: String, description: String?, prefix: String) -> LayoutFields {
        [
            "name": name, "title": title, "prefix": prefix,
            "description": description.map { $0 as any LayoutValueConvertible } ?? false,
        ]
    }

    /// One field; `kinds` collects the kinds used, for the lists of reps and accounts.
    private func field(_ field: FormField, prefix: String, kinds: inout Set<FormField.Kind>) -> LayoutFields {
        kinds.insert(field.kind)
        let id = "\(prefix)-\(field.id)"
        let kind = field.kind
        var rows: [LayoutFields] = []
        for sub in field.fields { rows.append(self.field(sub, prefix: "\(id)-__ROW__", kinds: &kinds)) }
        return [
            "id": id, "name": field.id, "kind": kind.rawValue, "label": field.label, "required": field.required,
            "help": field.help.map { $0 as any LayoutValueConvertible } ?? false,
            "is_text": kind == .text, "is_longtext": kind == .longtext, "is_number": kind == .number, "is_date": kind == .date,
            "is_pick": kind == .rep || kind == .account, "list": "\(prefix)-\(kind.rawValue)s", "is_choice": kind == .choice,
            "is_choices": kind == .multichoice || kind == .rating, "is_multichoice": kind == .multichoice, "is_rating": kind == .rating,
            "is_checkbox": kind == .checkbox, "is_list": kind == .list,
            "options": field.options.enumerated().map { index, option in
                let label = field.label(ofOption: option)
                return ["text": label, "value": option, "labelled": label != option, "index": index] as LayoutFields
            },
            "points": kind == .rating ? field.scale.map { $0 } : [Int](),
            "rows": rows, "add_label": field.addLabel.map { LayoutValue.text($0) } ?? .bool(false),
        ]
    }

    /// The reps and accounts to choose from, when a field asks for them.
    private func choices(_ kinds: Set<FormField.Kind>) -> LayoutFields {
        [
            "has_reps": kinds.contains(.rep), "rep_options": kinds.contains(.rep) ? repOptions : [],
            "has_accounts": kinds.contains(.account), "account_options": kinds.contains(.account) ? accountOptions : [],
        ]
    }
}
