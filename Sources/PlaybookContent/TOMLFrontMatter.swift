import Foundation
import PlaybookCore
import TOMLKit

/// Hugo's TOML front matter (`+++`), read by TOMLKit and handed on as YAML
/// that the front matter reader takes like any other: one line a key, each at
/// the line its key has in the file (so every message points at the right
/// line), each value in JSON's flow form, which YAML reads as written.
package enum TOMLFrontMatter {
    /// The YAML for `toml`, or the TOML parse error at its line and column in the file.
    /// - Parameter firstLine: the file line of the TOML's first line.
    package static func yaml(_ toml: String, path: String, firstLine: Int) -> Result<String, Diagnostic> {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            let line = max(1, error.source.begin.line)
            let message = error.description.split(separator: "\n").first.map(String.init) ?? "not valid TOML"
            return .failure(
                .error(
                    SourceLocation(path: path, line: firstLine + line - 1, column: max(1, error.source.begin.column)),
                    "front matter is not valid TOML: \(message)"))
        } catch {
            return .failure(.error(SourceLocation(path: path, line: firstLine, column: 1), "front matter is not valid TOML"))
        }
        guard let data = table.convert(to: .json).data(using: .utf8),
            let values = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { return .success("") }
        let lines = keyLines(toml)
        let placed = values.keys.sorted { (lines[$0] ?? Int.max, $0) < (lines[$1] ?? Int.max, $1) }
        var yaml: [String] = []
        for key in placed {
            guard let value = values[key],
                let json = try? JSONSerialization.data(
                    withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])
            else { continue }
            // Blank lines up to the key's own line; a key whose line is taken goes on the next.
            while let line = lines[key], yaml.count < line - 1 { yaml.append("") }
            yaml.append(JSONString.quoted(key) + ": " + String(decoding: json, as: UTF8.self))
        }
        return .success(yaml.joined(separator: "\n") + "\n")
    }

    /// The line (from 1) of each top-level key and table header (`[params]`) in `toml`.
    static func keyLines(_ toml: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        var inTable = false
        for (index, raw) in toml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop(while: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("[") {
                // `[params]`, `[[cascade]]`, `[params.sub]`: the first name is the key it fills.
                let name = line.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" && $0 != "." })
                let key = unquoted(name.trimmingCharacters(in: .whitespaces))
                if lines[key] == nil { lines[key] = index + 1 }
                inTable = true
                continue
            }
            guard !inTable, let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { continue }
            let name = line[..<equals].prefix(while: { $0 != "." }).trimmingCharacters(in: .whitespaces)
            let key = unquoted(name)
            if lines[key] == nil { lines[key] = index + 1 }
        }
        return lines
    }

    private static func unquoted(_ name: String) -> String {
        guard name.count >= 2, let first = name.first, first == "\"" || first == "'", name.last == first else { return name }
        return String(name.dropFirst().dropLast())
    }
}
