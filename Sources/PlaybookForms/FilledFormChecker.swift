import Foundation
import PlaybookContent
import PlaybookCore
import Yams

/// Checks a filled form or scorecard against its template: required fields,
/// types, options, real dates, rep and account ids that exist in the team
/// data; each error at the line of its field. A draft (`draft: true`) is
/// checked for what it has, but what it still lacks is a note, not an error:
/// a plan begun with `playbook new` must not fail the team's CI.
public struct FilledFormChecker: Sendable {
    public var library: FormLibrary
    /// Known ids; nil when the site has no team data (then any id is accepted).
    public var repIDs: Set<String>?
    public var accountIDs: Set<String>?

    public init(library: FormLibrary, repIDs: Set<String>?, accountIDs: Set<String>?) {
        self.library = library
        self.repIDs = repIDs
        self.accountIDs = accountIDs
    }

    /// The filled form, or nil when the front matter names no template; and every problem found.
    public func check(yaml: String, path: String, firstLine: Int) -> (FilledForm?, [Diagnostic]) {
        let reader = YAMLReader(path: path, firstLine: firstLine)
        guard case .success(let root?) = reader.compose(yaml) else { return (nil, []) }  // the front matter parser reports these
        return check(root, reader: reader)
    }

    /// The same, from the front matter's nodes as the page's front matter parser composed them.
    package func check(_ root: Node, reader: YAMLReader) -> (FilledForm?, [Diagnostic]) {
        guard case .success(let pairs) = reader.mapping(root, what: "front matter") else {
            return (nil, [])  // the front matter parser reports these
        }
        guard
            let (kindName, keyNode, nameNode) = pairs.first(where: { $0.key == "form" || $0.key == "scorecard" })
                .map({ ($0.key, $0.keyNode, $0.value) })
        else { return (nil, []) }
        var diagnostics: [Diagnostic] = []
        guard let name = nameNode.scalar?.string else {
            return (nil, [reader.mismatch(nameNode, key: kindName, expected: "the name of a template")])
        }
        let anchor = reader.location(of: keyNode)
        var values: [String: YAMLValue] = [:]
        var byKey: [String: (keyNode: Node, value: Node)] = [:]
        for pair in pairs { byKey[pair.key] = (pair.keyNode, pair.value) }
        var isDraft = false
        if let draft = byKey["draft"], case .success(true) = reader.bool(draft.value, key: "draft") { isDraft = true }
        /// A required field left out: an error, or in a draft a note of what is still to fill in.
        func missing(_ location: SourceLocation, _ message: String) -> Diagnostic {
            isDraft ? .note(location, message + "; fill it in before removing 'draft: true'") : .error(location, message)
        }

        func checkFields(
            _ fields: [FormField], in byKey: [String: (keyNode: Node, value: Node)], at anchor: SourceLocation,
            into values: inout [String: YAMLValue], context: String
        ) {
            for field in fields {
                guard let (_, value) = byKey[field.id], !Self.isEmpty(value) else {
                    if field.required {
                        let what = byKey[field.id] == nil ? "is missing" : "is empty"
                        let location = byKey[field.id].map { reader.location(of: $0.value) } ?? anchor
                        diagnostics.append(missing(location, "required field '\(field.id)'\(context) \(what)"))
                    }
                    continue
                }
                if let problem = self.problem(field, value, reader: reader) {
                    diagnostics.append(.error(reader.location(of: value), "field '\(field.id)'\(context) \(problem)"))
                    continue
                }
                if field.kind == .list, let rows = value.sequence {
                    var list: [YAMLValue] = []
                    for row in rows {
                        guard case .success(let rowPairs) = reader.mapping(row, what: "a row") else { continue }
                        var rowKeys: [String: (keyNode: Node, value: Node)] = [:]
                        for pair in rowPairs {
                            rowKeys[pair.key] = (pair.keyNode, pair.value)
                            if !field.fields.contains(where: { $0.id == pair.key }) {
                                diagnostics.append(
                                    .warning(reader.location(of: pair.keyNode), "'\(pair.key)' is not a field of the rows of '\(field.id)'")
                                )
                            }
                        }
                        var rowValues: [String: YAMLValue] = [:]
                        checkFields(
                            field.fields, in: rowKeys, at: reader.location(of: row), into: &rowValues, context: " of a row of '\(field.id)'"
                        )
                        list.append(.map(field.fields.compactMap { sub in rowValues[sub.id].map { (key: sub.id, value: $0) } }))
                    }
                    values[field.id] = .list(list)
                } else {
                    values[field.id] = reader.templateValue(value)
                }
            }
        }

        if kindName == "form" {
            guard let template = library.forms[name] else {
                return (nil, [.error(reader.location(of: nameNode), library.unusable("form", name))])
            }
            checkFields(template.fields, in: byKey, at: anchor, into: &values, context: "")
            let known = Set(template.fields.map(\.id)).union(FilledForm.pageKeys)
            for pair in pairs where !known.contains(pair.key) {
                diagnostics.append(.warning(reader.location(of: pair.keyNode), "'\(pair.key)' is not a field of form \(name)"))
            }
            return (FilledForm(kind: .form, templateName: name, title: template.title, values: values, scores: [:]), diagnostics)
        }

        guard let card = library.scorecards[name] else {
            return (nil, [.error(reader.location(of: nameNode), library.unusable("scorecard", name))])
        }
        checkFields(ScorecardTemplate.recordFields, in: byKey, at: anchor, into: &values, context: "")
        var scores: [String: Int] = [:]
        if let (scoresKey, scoresNode) = byKey["scores"] {
            if case .success(let scorePairs) = reader.mapping(scoresNode, what: "'scores'") {
                for pair in scorePairs {
                    guard card.criteria.contains(where: { $0.id == pair.key }) else {
                        diagnostics.append(
                            .error(
                                reader.location(of: pair.keyNode),
                                "'\(pair.key)' is not a criterion of scorecard \(name) "
                                    + "(known: \(card.criteria.map(\.id).joined(separator: ", ")))"
                            ))
                        continue
                    }
                    if isDraft, Self.isEmpty(pair.value) {
                        diagnostics.append(missing(reader.location(of: pair.value), "criterion '\(pair.key)' has no score"))
                        continue
                    }
                    guard case .success(let score) = reader.int(pair.value, key: "scores.\(pair.key)"), card.scale.contains(score) else {
                        diagnostics.append(
                            .error(
                                reader.location(of: pair.value),
                                "score '\(pair.key)' must be a whole number from \(card.scale.lowerBound) to \(card.scale.upperBound)"))
                        continue
                    }
                    scores[pair.key] = score
                }
                for criterion in card.criteria where !scorePairs.contains(where: { $0.key == criterion.id }) {
                    diagnostics.append(missing(reader.location(of: scoresKey), "criterion '\(criterion.id)' has no score"))
                }
            } else {
                diagnostics.append(reader.mismatch(scoresNode, key: "scores", expected: "a mapping of criteria to scores"))
            }
        } else {
            diagnostics.append(missing(anchor, "a filled scorecard needs 'scores:' with a score for each criterion"))
        }
        let known = Set(ScorecardTemplate.recordFields.map(\.id)).union(FilledForm.pageKeys)
        for pair in pairs where !known.contains(pair.key) {
            diagnostics.append(.warning(reader.location(of: pair.keyNode), "'\(pair.key)' is not a field of scorecard \(name)"))
        }
        return (FilledForm(kind: .scorecard, templateName: name, title: card.title, values: values, scores: scores), diagnostics)
    }

    private static func isEmpty(_ node: Node) -> Bool {
        if node.isTagged(.null) { return true }
        if let scalar = node.scalar { return scalar.string.trimmingSpaces().isEmpty }
        if let sequence = node.sequence { return sequence.count == 0 }
        return false
    }

    /// What is wrong with a present value, or nil.
    private func problem(_ field: FormField, _ node: Node, reader: YAMLReader) -> String? {
        switch field.kind {
        case .text, .longtext:
            return node.scalar == nil ? "must be text, not \(reader.describe(node))" : nil
        case .number:
            guard node.scalar != nil, node.isTagged(.int) || node.isTagged(.float) else {
                return "must be a number, not \(reader.describe(node))"
            }
            return nil
        case .date:
            guard let scalar = node.scalar, CalendarDate(scalar.string) != nil else {
                return "must be a real date written YYYY-MM-DD, not \(reader.describe(node))"
            }
            return nil
        case .choice:
            guard let scalar = node.scalar, field.options.contains(scalar.string) else {
                return "must be one of \(field.options.map { "'\($0)'" }.joined(separator: ", ")), not \(reader.describe(node))"
            }
            return nil
        case .multichoice:
            guard let items = node.sequence else { return "must be a list of choices, like [a, b]" }
            for item in items where !(item.scalar.map { field.options.contains($0.string) } ?? false) {
                return "has \(reader.describe(item)), which is not one of \(field.options.map { "'\($0)'" }.joined(separator: ", "))"
            }
            return nil
        case .checkbox:
            guard node.scalar != nil, node.isTagged(.bool) else { return "must be true or false, not \(reader.describe(node))" }
            return nil
        case .rating:
            guard node.isTagged(.int), let value = node.wholeNumber, field.scale.contains(value) else {
                return "must be a whole number from \(field.scale.lowerBound) to \(field.scale.upperBound), not \(reader.describe(node))"
            }
            return nil
        case .rep:
            guard let id = node.scalar?.string else { return "must be a rep id" }
            if let repIDs, !repIDs.contains(id) { return "names '\(id)', who is not a rep in team.yaml" }
            return nil
        case .account:
            guard let id = node.scalar?.string else { return "must be an account id" }
            if let accountIDs, !accountIDs.contains(id) { return "names '\(id)', which is not an account in accounts.csv" }
            return nil
        case .list:
            guard let rows = node.sequence else { return "must be a list of rows" }
            for row in rows where row.mapping == nil { return "must hold a mapping of fields in each row" }
            return nil
        }
    }
}
