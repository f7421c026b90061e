import Foundation
import PlaybookCore

/// Where each field of a sheet's front matter is, by line, so that a problem
/// the checker reports at a line can be shown at its field in the browser.
/// The text is the one the form wrote: one top-level key per field, the
/// criteria of a scorecard one level under `scores:`.
package struct SheetFields {
    /// Field paths (`rep`, `scores.opening`) by the line their key is on, in order.
    package var starts: [(line: Int, field: String, value: String)] = []

    package init(text: String) {
        var inFrontMatter = false
        var top = ""
        var nestedIndent: Int?
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            if offset == 0 {
                guard line == "---" else { return }
                inFrontMatter = true
                continue
            }
            guard inFrontMatter else { return }
            if line == "---" || line == "..." { return }
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            guard let colon = rest.firstIndex(of: ":"), !rest.hasPrefix("#"), !rest.hasPrefix("-") else { continue }
            let key = String(rest[..<colon])
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { continue }
            let value = Self.unquoted(rest[rest.index(after: colon)...])
            if indent == 0 {
                top = key
                nestedIndent = nil
                starts.append((offset + 1, key, value))
            } else if top == "scores", nestedIndent == nil || nestedIndent == indent {
                nestedIndent = indent
                starts.append((offset + 1, "scores." + key, value))
            }
        }
    }

    /// The field whose lines hold `line`, if any.
    package func field(at line: Int) -> (field: String, value: String)? {
        starts.last { $0.line <= line }.map { ($0.field, $0.value) }
    }

    private static func unquoted(_ text: Substring) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}
