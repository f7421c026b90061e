import PlaybookContent
import PlaybookCore
import Yams

/// Reads form and scorecard templates and checks them, each problem an error
/// at the template's line: unknown field types, repeated ids, choices without
/// options, weights that do not add up to 100, anchors outside the scale,
/// bands that overlap.
package struct FormParser {
    package let reader: YAMLReader
    /// The template's name: its file name without `.yaml`.
    package let name: String

    /// The languages texts are read in: a text given per language
    /// (`label: {zh-CN: 拜访原因, en: Why this visit}`) yields the first of
    /// these it has, else its first.
    package let languages: [String]

    package init(path: String, languages: [String] = []) {
        reader = YAMLReader(path: path)
        name = String(path.split(separator: "/").last?.dropLast(5) ?? "")
        self.languages = languages
    }

    /// Keys a filled form's front matter uses for itself, so no field may take them.

    private var diagnostics: [Diagnostic] = []

    // MARK: Forms

    package mutating func form(_ text: String) -> (FormTemplate?, [Diagnostic]) {
        guard let pairs = root(text) else { return (nil, diagnostics) }
        var form = FormTemplate(name: name, title: "", sections: [], path: reader.path)
        for (key, keyNode, value) in pairs {
            switch key {
            case "title": form.title = localized(value, key) ?? ""
            case "description": form.description = localized(value, key)
            case "sections":
                guard let list = value.sequence else {
                    diagnostics.append(reader.mismatch(value, key: key, expected: "a list of sections"))
                    continue
                }
                for item in list { if let section = section(item) { form.sections.append(section) } }
            default: unknownKey(keyNode, key, known: "title, description, sections")
            }
        }
        if form.title.isEmpty { diagnostics.append(.error(SourceLocation(path: reader.path), "a form needs a 'title'")) }
        if form.sections.isEmpty { diagnostics.append(.error(SourceLocation(path: reader.path), "a form needs 'sections' with fields")) }
        var seen: [String: Int] = [:]
        for field in form.fields {
            if let first = seen[field.id] {
                diagnostics.append(
                    .error(SourceLocation(path: reader.path, line: field.line), "duplicate field id '\(field.id)' (first at line \(first))")
                )
            } else {
                seen[field.id] = field.line
            }
        }
        return (form, diagnostics)
    }

    private mutating func section(_ node: Node) -> FormTemplate.Section? {
        guard case .success(let pairs) = reader.mapping(node, what: "a section") else {
            diagnostics.append(.error(reader.location(of: node), "each section must be a mapping with 'title' and 'fields'"))
            return nil
        }
        var section = FormTemplate.Section(title: "", fields: [])
        for (key, keyNode, value) in pairs {
            switch key {
            case "title": section.title = localized(value, key) ?? ""
            case "help": section.help = localized(value, key)
            case "fields": section.fields = fields(value, topLevel: true)
            default: unknownKey(keyNode, key, known: "title, help, fields")
            }
        }
        return section
    }

    private mutating func fields(_ node: Node, topLevel: Bool) -> [FormField] {
        guard let list = node.sequence else {
            diagnostics.append(reader.mismatch(node, key: "fields", expected: "a list of fields"))
            return []
        }
        return list.compactMap { field($0, topLevel: topLevel) }
    }

    private mutating func field(_ node: Node, topLevel: Bool) -> FormField? {
        guard case .success(let pairs) = reader.mapping(node, what: "a field") else {
            diagnostics.append(.error(reader.location(of: node), "each field must be a mapping with 'id', 'label' and 'type'"))
            return nil
        }
        let location = reader.location(of: node)
        var field = FormField(id: "", label: "", kind: .text, required: false, options: [], scale: 1...5, fields: [], line: location.line)
        var typeNode: Node?
        var typeName: String?
        for (key, keyNode, value) in pairs {
            switch key {
            case "id": field.id = string(value, key) ?? ""
            case "label": field.label = localized(value, key) ?? ""
            case "help": field.help = localized(value, key)
            case "add_label": field.addLabel = localized(value, key)
            case "type":
                typeNode = value
                typeName = string(value, key)
            case "required":
                if case .success(let flag) = reader.bool(value, key: key) {
                    field.required = flag
                } else {
                    diagnostics.append(reader.mismatch(value, key: key, expected: "true or false"))
                }
            case "options":
                if let (options, labels) = options(value) {
                    field.options = options
                    field.optionLabels = labels
                }
            case "scale": if let scale = scale(value) { field.scale = scale }
            case "fields": field.fields = fields(value, topLevel: false)  // a row's fields are not front matter keys
            default: unknownKey(keyNode, key, known: "id, label, help, type, required, options, scale, fields, add_label")
            }
        }
        if field.id.isEmpty {
            diagnostics.append(.error(location, "a field needs an 'id'"))
            return nil
        }
        if !Self.isIdentifier(field.id) {
            diagnostics.append(.error(location, "field id '\(field.id)' must be letters, digits and '_' (it becomes a YAML key)"))
        } else if topLevel, FilledForm.pageKeys.contains(field.id) {
            diagnostics.append(.error(location, "field id '\(field.id)' is reserved for the page itself; choose another"))
        }
        if field.label.isEmpty { field.label = field.id }
        if let typeName {
            if let kind = FormField.Kind(rawValue: typeName) {
                field.kind = kind
            } else {
                diagnostics.append(
                    .error(
                        typeNode.map(reader.location(of:)) ?? location,
                        "unknown field type '\(typeName)' (known: \(FormField.Kind.allCases.map(\.rawValue).joined(separator: ", ")))"))
            }
        }
        if (field.kind == .choice || field.kind == .multichoice) && field.options.isEmpty {
            diagnostics.append(.error(location, "field '\(field.id)' is a \(field.kind.rawValue) without 'options'"))
        }
        if field.kind == .list && field.fields.isEmpty {
            diagnostics.append(.error(location, "field '\(field.id)' is a list without 'fields' for its rows"))
        }
        if field.kind != .list && !field.fields.isEmpty {
            diagnostics.append(.error(location, "field '\(field.id)' has 'fields' but is not a list"))
        }
        var seen: Set<String> = []
        for sub in field.fields where !seen.insert(sub.id).inserted {
            diagnostics.append(
                .error(SourceLocation(path: reader.path, line: sub.line), "duplicate field id '\(sub.id)' in list '\(field.id)'"))
        }
        return field
    }

    // MARK: Scorecards

    package mutating func scorecard(_ text: String) -> (ScorecardTemplate?, [Diagnostic]) {
        guard let pairs = root(text) else { return (nil, diagnostics) }
        var card = ScorecardTemplate(name: name, title: "", scale: 1...5, criteria: [], bands: [], path: reader.path)
        var criteriaNode: Node?
        var anchorChecks: [(Node, Int)] = []
        for (key, keyNode, value) in pairs {
            switch key {
            case "title": card.title = localized(value, key) ?? ""
            case "description": card.description = localized(value, key)
            case "scale": if let scale = scale(value) { card.scale = scale }
            case "criteria":
                criteriaNode = keyNode
                guard let list = value.sequence else {
                    diagnostics.append(reader.mismatch(value, key: key, expected: "a list of criteria"))
                    continue
                }
                for item in list {
                    if let (criterion, anchors) = criterion(item) {
                        card.criteria.append(criterion)
                        anchorChecks += anchors
                    }
                }
            case "bands":
                guard let list = value.sequence else {
                    diagnostics.append(reader.mismatch(value, key: key, expected: "a list of bands"))
                    continue
                }
                var placed: [(ScorecardTemplate.Band, Int)] = []
                for item in list {
                    guard let band = band(item) else { continue }
                    let line = reader.location(of: item).line
                    if let clash = placed.first(where: { band.min <= $0.0.max && $0.0.min <= band.max }) {
                        diagnostics.append(
                            .error(
                                reader.location(of: item),
                                "band '\(band.name)' (\(Format.plain(band.min))–\(Format.plain(band.max))) overlaps "
                                    + "'\(clash.0.name)' (\(Format.plain(clash.0.min))–\(Format.plain(clash.0.max))) at line \(clash.1)"
                            ))
                    }
                    placed.append((band, line))
                    card.bands.append(band)
                }
            default: unknownKey(keyNode, key, known: "title, description, scale, criteria, bands")
            }
        }
        for (node, point) in anchorChecks where !card.scale.contains(point) {
            diagnostics.append(
                .error(
                    reader.location(of: node),
                    "anchor \(point) is outside the scale \(card.scale.lowerBound)–\(card.scale.upperBound)"))
        }
        if card.title.isEmpty { diagnostics.append(.error(SourceLocation(path: reader.path), "a scorecard needs a 'title'")) }
        if card.criteria.isEmpty {
            diagnostics.append(.error(SourceLocation(path: reader.path), "a scorecard needs 'criteria'"))
        } else {
            let sum = card.criteria.reduce(0) { $0 + $1.weight }
            if abs(sum - 100) > 1e-9 {
                diagnostics.append(
                    .error(
                        criteriaNode.map(reader.location(of:)) ?? SourceLocation(path: reader.path),
                        "the criteria's weights add up to \(Format.plain(sum)), not 100"))
            }
        }
        var seen: [String: Int] = [:]
        for criterion in card.criteria {
            if let first = seen[criterion.id] {
                diagnostics.append(
                    .error(
                        SourceLocation(path: reader.path, line: criterion.line),
                        "duplicate criterion id '\(criterion.id)' (first at line \(first))"))
            } else {
                seen[criterion.id] = criterion.line
            }
        }
        return (card, diagnostics)
    }

    private mutating func criterion(_ node: Node) -> (ScorecardTemplate.Criterion, [(Node, Int)])? {
        guard case .success(let pairs) = reader.mapping(node, what: "a criterion") else {
            diagnostics.append(.error(reader.location(of: node), "each criterion must be a mapping with 'id', 'label' and 'weight'"))
            return nil
        }
        let location = reader.location(of: node)
        var criterion = ScorecardTemplate.Criterion(id: "", label: "", weight: 0, anchors: [:], line: location.line)
        var anchorNodes: [(Node, Int)] = []
        for (key, keyNode, value) in pairs {
            switch key {
            case "id": criterion.id = string(value, key) ?? ""
            case "label": criterion.label = localized(value, key) ?? ""
            case "help": criterion.help = localized(value, key)
            case "weight":
                if let weight = value.float, value.isTagged(.int) || value.isTagged(.float), weight > 0 {
                    criterion.weight = weight
                } else {
                    diagnostics.append(reader.mismatch(value, key: "weight", expected: "a number above 0"))
                }
            case "anchors":
                guard case .success(let anchors) = reader.mapping(value, what: "'anchors'") else {
                    let expected = "a mapping of scale points to text, like {1: …, 5: …}"
                    diagnostics.append(reader.mismatch(value, key: key, expected: expected))
                    continue
                }
                for (point, pointNode, text) in anchors {
                    guard let number = Int(point) else {
                        diagnostics.append(.error(reader.location(of: pointNode), "anchor '\(point)' must be a point of the scale"))
                        continue
                    }
                    criterion.anchors[number] = localized(text, "anchors.\(point)") ?? ""
                    anchorNodes.append((pointNode, number))
                }
            default: unknownKey(keyNode, key, known: "id, label, help, weight, anchors")
            }
        }
        if criterion.id.isEmpty {
            diagnostics.append(.error(location, "a criterion needs an 'id'"))
            return nil
        }
        if !Self.isIdentifier(criterion.id) {
            diagnostics.append(.error(location, "criterion id '\(criterion.id)' must be letters, digits and '_'"))
        }
        if criterion.label.isEmpty { criterion.label = criterion.id }
        return (criterion, anchorNodes)
    }

    private mutating func band(_ node: Node) -> ScorecardTemplate.Band? {
        guard case .success(let pairs) = reader.mapping(node, what: "a band") else {
            diagnostics.append(.error(reader.location(of: node), "each band must be a mapping with 'name', 'min' and 'max'"))
            return nil
        }
        var band = ScorecardTemplate.Band(name: "", min: 0, max: 100)
        for (key, keyNode, value) in pairs {
            switch key {
            case "name": band.name = localized(value, key) ?? ""
            case "min", "max":
                guard let number = value.float, value.isTagged(.int) || value.isTagged(.float), (0...100).contains(number) else {
                    diagnostics.append(reader.mismatch(value, key: key, expected: "a number from 0 to 100"))
                    return nil
                }
                if key == "min" { band.min = number } else { band.max = number }
            default: unknownKey(keyNode, key, known: "name, min, max")
            }
        }
        if band.min > band.max {
            diagnostics.append(
                .error(
                    reader.location(of: node), "band '\(band.name)' has min \(Format.plain(band.min)) above max \(Format.plain(band.max))"))
            return nil
        }
        return band
    }

    // MARK: Helpers

    private mutating func root(_ text: String) -> [(key: String, keyNode: Node, value: Node)]? {
        switch reader.compose(text) {
        case .failure(let error):
            diagnostics.append(error)
            return nil
        case .success(nil):
            diagnostics.append(.error(SourceLocation(path: reader.path), "the template is empty"))
            return nil
        case .success(let node?):
            switch reader.mapping(node, what: "a template") {
            case .success(let pairs): return pairs
            case .failure(let error):
                diagnostics.append(error)
                return nil
            }
        }
    }

    /// `scale: {min: 1, max: 5}`.
    private mutating func scale(_ node: Node) -> ClosedRange<Int>? {
        guard case .success(let pairs) = reader.mapping(node, what: "'scale'") else {
            diagnostics.append(reader.mismatch(node, key: "scale", expected: "a mapping like {min: 1, max: 5}"))
            return nil
        }
        var low = 1
        var high = 5
        for (key, _, value) in pairs {
            guard case .success(let number) = reader.int(value, key: "scale.\(key)") else {
                diagnostics.append(reader.mismatch(value, key: "scale.\(key)", expected: "a whole number"))
                return nil
            }
            if key == "min" { low = number } else if key == "max" { high = number }
        }
        guard low >= 0, low < high, high <= 100 else {
            diagnostics.append(
                .error(
                    reader.location(of: node), "the scale must run from a lower to a higher whole number (0–100), not \(low)–\(high)"))
            return nil
        }
        return low...high
    }

    /// A text a reader sees: one string, or one per language.
    private mutating func localized(_ node: Node, _ key: String) -> String? {
        guard node.mapping != nil else { return string(node, key) }
        guard case .success(let pairs) = reader.mapping(node, what: "'\(key)'") else { return nil }
        var texts: [String: String] = [:]
        for (language, _, value) in pairs {
            if let text = string(value, key + "." + language) { texts[language] = text }
        }
        guard let first = pairs.first.flatMap({ texts[$0.key] }) else {
            diagnostics.append(reader.mismatch(node, key: key, expected: "a text, or a text per language like {zh-CN: …, en: …}"))
            return nil
        }
        return languages.lazy.compactMap { texts[$0] }.first ?? first
    }

    /// A choice field's options: each a value (stored in filled forms, the
    /// same in every language) and the label readers see — the value itself,
    /// or `{value: yes, label: {zh-CN: 是, en: "Yes"}}`.
    private mutating func options(_ node: Node) -> ([String], [String])? {
        guard let items = node.sequence else {
            diagnostics.append(reader.mismatch(node, key: "options", expected: "a list of choices"))
            return nil
        }
        var values: [String] = []
        var labels: [String] = []
        for item in items {
            if item.mapping != nil, case .success(let pairs) = reader.mapping(item, what: "an option") {
                var value: String?
                var label: String?
                for (key, keyNode, part) in pairs {
                    switch key {
                    case "value": value = string(part, "value")
                    case "label": label = localized(part, "label")
                    default: unknownKey(keyNode, key, known: "value, label")
                    }
                }
                guard let value else {
                    diagnostics.append(.error(reader.location(of: item), "an option given as a mapping needs a 'value'"))
                    continue
                }
                values.append(value)
                labels.append(label ?? value)
            } else if let value = string(item, "options") {
                values.append(value)
                labels.append(value)
            }
        }
        return (values, labels)
    }

    private mutating func string(_ node: Node, _ key: String) -> String? {
        switch reader.string(node, key: key) {
        case .success(let value): return value
        case .failure(let error):
            diagnostics.append(error)
            return nil
        }
    }

    private mutating func unknownKey(_ node: Node, _ key: String, known: String) {
        diagnostics.append(.warning(reader.location(of: node), "unknown key '\(key)' (known: \(known))"))
    }

    package static func isIdentifier(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }
}
