import Foundation
import PlaybookCore

/// Sets keys in a page's front matter as text, so everything else in the
/// file stays as it was written: YAML between `---` lines edited as YAML,
/// TOML between `+++` lines as TOML (`title = "…"`), and a page without front
/// matter gets a YAML block. A key already there is replaced where it stands
/// (with its continuation lines); a new one goes first in the block.
package enum FrontMatterEdit {
    package enum Format: Equatable {
        case yaml, toml, json, none
    }

    /// The front matter's format, its text, the file lines it spans (after the opening fence, before the closing one),
    /// and the file line its text starts on.
    package struct Block {
        package var format: Format
        package var lines: [Substring]
        /// Index in `lines` of the opening fence and of the closing one.
        package var open: Int
        package var close: Int

        package var text: String { lines[(open + 1)..<close].joined(separator: "\n") }
        package var firstLine: Int { open + 2 }
    }

    /// The block at the top of `text`, if it has one.
    package static func block(_ text: String) -> Block? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first.map(trimmed) else { return nil }
        let start = first.hasPrefix("\u{FEFF}") ? String(first.dropFirst()) : first
        let format: Format
        let closers: Set<String>
        switch start {
        case "---": (format, closers) = (.yaml, ["---", "..."])
        case "+++": (format, closers) = (.toml, ["+++"])
        case "{": (format, closers) = (.json, ["}"])
        default: return nil
        }
        guard let close = lines.indices.dropFirst().first(where: { closers.contains(trimmed(lines[$0])) }) else { return nil }
        return Block(format: format, lines: lines, open: 0, close: close)
    }

    /// `text` with `edit` applied; nil when its front matter cannot be edited (JSON), noted by the caller.
    package static func apply(_ edit: PageEdit, to text: String) -> String? {
        guard !edit.isEmpty else { return text }
        var sets: [(key: String, value: String)] = []
        guard let block = block(text) else {
            if let title = edit.title { sets.append(("title", SheetDraft.yamlScalar(title))) }
            if let weight = edit.weight { sets.append(("weight", String(weight))) }
            for (key, value) in edit.texts { sets.append((key, SheetDraft.yamlScalar(value))) }
            var body = Substring(text)
            let bom = body.hasPrefix("\u{FEFF}") ? "\u{FEFF}" : ""
            if !bom.isEmpty { body = body.dropFirst() }
            let newline = text.contains("\r\n") ? "\r\n" : "\n"
            let head = ["---"] + sets.map { "\($0.key): \($0.value)" } + ["---", ""]
            return bom + head.joined(separator: newline) + newline + body
        }
        let toml = block.format == .toml
        switch block.format {
        case .json, .none: return nil
        case .yaml, .toml: break
        }
        let quote = toml ? tomlString : SheetDraft.yamlScalar
        if let title = edit.title { sets.append(("title", quote(title))) }
        if let weight = edit.weight { sets.append(("weight", String(weight))) }
        for (key, value) in edit.texts { sets.append((key, quote(value))) }
        let carriage = block.lines[block.open].hasSuffix("\r") ? "\r" : ""
        var lines = block.lines.map(String.init)
        var close = block.close
        var inserted: [String] = []
        for (key, value) in sets {
            let line = (toml ? "\(key) = \(value)" : "\(key): \(value)") + carriage
            if let (start, end) = find(key, in: lines, open: block.open, close: close, toml: toml) {
                lines.replaceSubrange(start..<end, with: [line])
                close -= end - start - 1
            } else {
                inserted.append(line)
            }
        }
        for key in edit.commentedOut {
            guard let (start, end) = find(key, in: lines, open: block.open, close: close, toml: toml) else { continue }
            for index in start..<end { lines[index] = "# " + lines[index] }
        }
        lines.insert(contentsOf: inserted, at: block.open + 1)
        return lines.joined(separator: "\n")
    }

    /// The lines a top-level key's value takes: its own and those continuing it
    /// (indented, for YAML; up to a closing `"""` or `]`, for TOML); in TOML only before the first `[table]`.
    package static func find(_ key: String, in lines: [String], open: Int, close: Int, toml: Bool) -> (Int, Int)? {
        var index = open + 1
        while index < close {
            let line = lines[index]
            if toml && line.trimmingCharacters(in: .whitespaces).hasPrefix("[") { return nil }
            if let rest = valueAfter(key, in: line, toml: toml) {
                var end = index + 1
                if toml {
                    for opener in ["\"\"\"", "'''"] where rest.hasPrefix(opener) && rest.components(separatedBy: opener).count == 2 {
                        while end < close, !lines[end].contains(opener) { end += 1 }
                        end = min(end + 1, close)
                    }
                    if rest.hasPrefix("[") && !rest.contains("]") {
                        while end < close, !lines[end].contains("]") { end += 1 }
                        end = min(end + 1, close)
                    }
                } else {
                    while end < close, let first = lines[end].first, first == " " || first == "\t" { end += 1 }
                }
                return (index, end)
            }
            index += 1
        }
        return nil
    }

    /// What follows `key:` (`key =` in TOML) on a line that sets it at the top level, else nil.
    static func valueAfter(_ key: String, in line: String, toml: Bool) -> String? {
        for written in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(written) {
            let rest = line.dropFirst(written.count).drop { $0 == " " || $0 == "\t" }
            let separator: Character = toml ? "=" : ":"
            guard rest.first == separator else { continue }
            let value = rest.dropFirst()
            if !toml, let next = value.first, next != " " && next != "\t" && next != "\r" { continue }
            return value.trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The file line (1-based) where a top-level key is set in the front matter of `text`, if it is.
    package static func line(of key: String, in text: String) -> Int? {
        guard let block = block(text) else { return nil }
        let lines = block.lines.map(String.init)
        for candidate in [key, key.lowercased()] {
            if let (start, _) = find(candidate, in: lines, open: block.open, close: block.close, toml: block.format == .toml) {
                return start + 1
            }
        }
        // Keys written in another case (`linktitle`, `LinkTitle`), as Hugo reads them.
        for index in (block.open + 1)..<block.close {
            let line = lines[index].lowercased()
            if valueAfter(key.lowercased(), in: line, toml: block.format == .toml) != nil { return index + 1 }
        }
        return nil
    }

    /// A TOML basic string.
    package static func tomlString(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func trimmed(_ line: Substring) -> String {
        var line = line
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return String(line)
    }
}
