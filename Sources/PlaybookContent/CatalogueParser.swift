import Foundation
import PlaybookCore
import Yams

/// `templates/i18n/<language>.yaml`: nested mappings of strings, read as
/// dotted keys (`search: {placeholder: …}` → `search.placeholder`), each
/// with the place it was written for messages about it.
package enum CatalogueParser {
    package typealias Entry = (key: String, text: String, location: SourceLocation)

    package static func parse(_ file: SourceFile) -> ([Entry], [Diagnostic]) {
        let reader = YAMLReader(path: file.path)
        let text: String
        switch file.text() {
        case .success(let value): text = value
        case .failure(let error): return ([], [error])
        }
        let root: Node?
        switch reader.compose(text) {
        case .success(let node): root = node
        case .failure(let error): return ([], [error])
        }
        guard let root else { return ([], []) }
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        func walk(_ node: Node, _ prefix: String) {
            guard let mapping = node.mapping else {
                if let scalar = node.scalar, !prefix.isEmpty {
                    entries.append((String(prefix.dropLast()), scalar.string, reader.location(of: node)))
                } else {
                    diagnostics.append(.error(reader.location(of: node), "a catalogue holds strings in mappings of `key: text` lines"))
                }
                return
            }
            for (key, value) in mapping {
                guard let name = key.scalar?.string, !name.isEmpty, !name.contains(".") else {
                    diagnostics.append(.error(reader.location(of: key), "a catalogue key is a name without dots"))
                    continue
                }
                walk(value, prefix + name + ".")
            }
        }
        walk(root, "")
        return (entries, diagnostics)
    }

    /// The language a catalogue file is for: its name (`zh-CN.yaml` → `zh-CN`).
    package static func language(of path: String) -> String {
        String((path.split(separator: "/").last ?? "").dropLast(".yaml".count))
    }
}
