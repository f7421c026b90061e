import Foundation
import PlaybookCore
import Yams

/// Reads YAML with Yams into nodes that remember where they were written, and
/// turns type mismatches into errors at the value's line and column.
package struct YAMLReader {
    /// The file, relative to the site folder.
    package let path: String
    /// The file line of the YAML's first line.
    package let firstLine: Int

    package init(path: String, firstLine: Int = 1) {
        self.path = path
        self.firstLine = firstLine
    }

    /// How values are typed (`Node.typeName`): Yams's default rules less those
    /// for timestamps, `<<` and `=`, which nothing here reads (a date is read
    /// from its text). Each is a regular expression costing thousands of
    /// instructions, so `PlainScalar` settles most values (text, decimals)
    /// from their bytes first, and only the rest come here.
    package static let resolver = Resolver.basic.appending(.bool).appending(.int).appending(.float).appending(.null)

    /// Yams's default constructor, made once: `Constructor.default` builds
    /// its tables anew on every call (9,000 instructions a front matter).
    /// Its tables are constants, so one instance serves every thread.
    nonisolated(unsafe) package static let constructor = Constructor.default

    /// The root node (nil for an empty document), or the parse error at its place.
    package func compose(_ text: String) -> Result<Node?, Diagnostic> {
        do {
            // No rules: Yams types every mapping key to check for duplicates, and
            // the rules' regular expressions were a tenth of reading front matter.
            // Values are typed when read (`Node.typeName`). UTF-8 named here:
            // Yams's default reads the environment on every call.
            return .success(try Yams.compose(yaml: text, .basic, Self.constructor, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(.error(SourceLocation(path: path, line: firstLine), "invalid YAML: \(error)"))
        }
    }

    package func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: firstLine) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        func at(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            let location = SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
            let detail = context.map { " (\($0.text))" } ?? ""
            return .error(location, "invalid YAML: \(problem)\(detail)")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _): return at(mark, problem, context)
        case .parser(let context, let problem, let mark, _): return at(mark, problem, context)
        case .composer(let context, let problem, let mark, _): return at(mark, problem, context)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return at(context.mark, "duplicate key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", "))", nil)
        case .reader(let problem, let offset, _, let yaml):
            var line = firstLine
            if let offset {
                line += yaml.utf8.prefix(offset).filter { $0 == 0x0A }.count
            }
            return .error(SourceLocation(path: path, line: line), "invalid YAML: \(problem)")
        default:
            return .error(SourceLocation(path: path, line: firstLine), "invalid YAML: \(error)")
        }
    }

    // MARK: Typed values

    /// The pairs of a mapping with string keys, in the order written.
    package func mapping(_ node: Node, what: String) -> Result<[(key: String, keyNode: Node, value: Node)], Diagnostic> {
        guard let mapping = node.mapping else {
            return .failure(.error(location(of: node), "\(what) must be a mapping of `key: value` lines, not \(describe(node))"))
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                return .failure(.error(location(of: key), "\(what): keys must be plain names"))
            }
            pairs.append((name, key, value))
        }
        return .success(pairs)
    }

    /// Any scalar, as written (`title: 2024` is the text "2024").
    package func string(_ node: Node, key: String) -> Result<String, Diagnostic> {
        guard let scalar = node.scalar, !node.isTagged(.null) else {
            return .failure(mismatch(node, key: key, expected: "text"))
        }
        return .success(scalar.string)
    }

    package func int(_ node: Node, key: String) -> Result<Int, Diagnostic> {
        guard let scalar = node.scalar, scalar.style == .plain, node.isTagged(.int), let value = node.wholeNumber else {
            return .failure(mismatch(node, key: key, expected: "a whole number"))
        }
        return .success(value)
    }

    /// A whole or decimal number.
    package func number(_ node: Node, key: String) -> Result<Double, Diagnostic> {
        guard let scalar = node.scalar, scalar.style == .plain, node.isTagged(.int) || node.isTagged(.float),
            let value = Double(scalar.string), value.isFinite
        else {
            return .failure(mismatch(node, key: key, expected: "a number"))
        }
        return .success(value)
    }

    package func bool(_ node: Node, key: String) -> Result<Bool, Diagnostic> {
        guard let scalar = node.scalar, scalar.style == .plain, node.isTagged(.bool), let value = node.bool else {
            return .failure(mismatch(node, key: key, expected: "true or false"))
        }
        return .success(value)
    }

    /// A list of scalars; a single scalar is not accepted, so `tags: a, b` is caught.
    package func stringList(_ node: Node, key: String) -> Result<[String], Diagnostic> {
        guard let sequence = node.sequence else {
            return .failure(mismatch(node, key: key, expected: "a list of text, like [one, two]"))
        }
        var values: [String] = []
        for item in sequence {
            guard let scalar = item.scalar, !item.isTagged(.null) else {
                return .failure(mismatch(item, key: key, expected: "text in each item"))
            }
            values.append(scalar.string)
        }
        return .success(values)
    }

    /// A calendar date written `YYYY-MM-DD`, checked to exist (no 2026-02-30).
    package func date(_ node: Node, key: String) -> Result<String, Diagnostic> {
        guard let scalar = node.scalar, let date = CalendarDate(scalar.string) else {
            return .failure(mismatch(node, key: key, expected: "a date written YYYY-MM-DD"))
        }
        return .success(date.description)
    }

    /// Any YAML value as template data.
    package func templateValue(_ node: Node) -> YAMLValue {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain || scalar.style == .any else { return .string(scalar.string) }
            if node.isTagged(.null) { return .null }
            if node.isTagged(.bool) { return node.bool.map(YAMLValue.bool) ?? .string(scalar.string) }
            if node.isTagged(.int) { return node.wholeNumber.map(YAMLValue.int) ?? .string(scalar.string) }
            if node.isTagged(.float) { return node.float.map(YAMLValue.double) ?? .string(scalar.string) }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(templateValue))
        case .mapping(let mapping):
            return .map(mapping.map { (key: $0.key.scalar?.string ?? "", value: templateValue($0.value)) })
        case .alias:
            return .null
        }
    }

    package func mismatch(_ node: Node, key: String, expected: String) -> Diagnostic {
        .error(location(of: node), "'\(key)' must be \(expected), not \(describe(node))")
    }

    package func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if node.isTagged(.null) { return "empty" }
            let text = scalar.string
            return "'\(text.count > 30 ? String(text.prefix(30)) + "…" : text)'"
        }
    }
}
