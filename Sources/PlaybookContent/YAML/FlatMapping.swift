import PlaybookCore
import Yams

/// The shape nearly all front matter has — one `key: value` a line, values
/// plain, quoted without escapes, or a one-line `[a, b]` list — read into the
/// nodes Yams would make, without libyaml's events (Yams took some 120,000
/// instructions for five such lines, a tenth of reading a page). Anything
/// else, down to a comment, a blank line or a repeated key, is not read here
/// (`init` fails) and goes to Yams, which also gives the errors.
///
/// The nodes carry no place (`Mark` cannot be made outside Yams): the line of
/// each key is in `keyLines`, and a reader that finds a mistake reads the text
/// again with Yams to report it at its line and column.
package struct FlatMapping {
    /// A mapping of the pairs, in the order written.
    package let root: Node
    /// The line (1-based, in the YAML) of each pair's key.
    package let keyLines: [Int]

    package init?(_ yaml: String) {
        var yaml = yaml
        guard let (pairs, lines) = yaml.withUTF8({ Self.read($0) }) else { return nil }
        root = .mapping(.init(pairs, Self.implicitTag(), .any))  // the style Yams gives a mapping it composed
        keyLines = lines
    }

    private static func implicitTag() -> Tag { Tag(.implicit, .basic, YAMLReader.constructor) }
    private static func textTag() -> Tag { Tag(.str, .basic, YAMLReader.constructor) }  // what a quoted scalar and a key have

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> ([(Node, Node)], [Int])? {
        guard !bytes.isEmpty, allPrintable(bytes) else { return nil }
        var pairs: [(Node, Node)] = []
        var lines: [Int] = []
        var keys: [String] = []
        var start = 0
        var line = 1
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != newline { end += 1 }
            // A repeated key is Yams's to report; past a few dozen keys, so is the rest (the check is by scanning).
            guard keys.count < 64, let (key, value) = pair(bytes, start, end), !keys.contains(key) else { return nil }
            keys.append(key)
            pairs.append((.scalar(.init(key, textTag(), .plain)), value))  // Yams's duplicate check resolves each key's tag
            lines.append(line)
            start = end + 1
            line += 1
        }
        return (pairs, lines)
    }

    /// `key: value` on the bytes `start..<end`, or nil.
    private static func pair(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, Node)? {
        guard start < end, isKeyStart(bytes[start]) else { return nil }
        var colon = start + 1
        while colon < end, isKeyByte(bytes[colon]) { colon += 1 }
        guard colon + 1 < end, bytes[colon] == UInt8(ascii: ":"), bytes[colon + 1] == space else { return nil }
        var valueStart = colon + 1
        while valueStart < end, bytes[valueStart] == space { valueStart += 1 }
        guard valueStart < end, bytes[end - 1] != space, let value = value(bytes, valueStart, end) else { return nil }
        return (text(bytes, start, colon), value)
    }

    private static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Node? {
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return quoted(bytes, start, end)
        case UInt8(ascii: "["):
            guard bytes[end - 1] == UInt8(ascii: "]") else { return nil }
            var items: [Node] = []
            var itemStart = start + 1
            let close = end - 1
            guard (itemStart..<close).contains(where: { bytes[$0] != space }) else {
                return .sequence(.init([], implicitTag(), .any))
            }
            while itemStart <= close {
                var itemEnd = itemStart
                var quote: UInt8? = nil
                while itemEnd < close, quote != nil || bytes[itemEnd] != UInt8(ascii: ",") {
                    if bytes[itemEnd] == UInt8(ascii: "\"") { quote = quote == nil ? bytes[itemEnd] : nil }
                    itemEnd += 1
                }
                var first = itemStart
                var last = itemEnd
                while first < last, bytes[first] == space { first += 1 }
                while last > first, bytes[last - 1] == space { last -= 1 }
                guard first < last,
                    let item = bytes[first] == UInt8(ascii: "\"") ? quoted(bytes, first, last) : plain(bytes, first, last, inList: true)
                else { return nil }
                items.append(item)
                itemStart = itemEnd + 1
            }
            return .sequence(.init(items, implicitTag(), .any))  // the style Yams gives a sequence it composed
        default:
            return plain(bytes, start, end, inList: false)
        }
    }

    /// `"text"` or `'text'`, with no escape, no quote inside, nothing after it.
    private static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Node? {
        let quote = bytes[start]
        guard end - start >= 2, bytes[end - 1] == quote else { return nil }
        for index in (start + 1)..<(end - 1) where bytes[index] == quote || bytes[index] == UInt8(ascii: "\\") { return nil }
        let style: Node.Scalar.Style = quote == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted
        return .scalar(.init(text(bytes, start + 1, end - 1), textTag(), style))
    }

    /// A plain scalar: no indicator first, no `: ` or ` #` inside, not ending in `:`; in a list, none of `,[]{}#:` at all.
    private static func plain(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, inList: Bool) -> Node? {
        guard !indicators.contains(bytes[start]), bytes[end - 1] != UInt8(ascii: ":") else { return nil }
        for index in start..<end {
            let byte = bytes[index]
            if inList, flowIndicators.contains(byte) { return nil }
            if byte == UInt8(ascii: ":"), index + 1 < end, bytes[index + 1] == space { return nil }
            if byte == UInt8(ascii: "#"), bytes[index - 1] == space { return nil }  // index > start: `#` is an indicator
        }
        return .scalar(.init(text(bytes, start, end), implicitTag(), .plain))
    }

    /// Only what libyaml reads without complaint or special meaning: line feeds,
    /// printable ASCII, and the rest of Unicode but for C1 controls (NEL among
    /// them), the line and paragraph separators, the byte-order mark, U+FFFE/F.
    private static func allPrintable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte == newline || (byte >= 0x20 && byte < 0x7F) else { return false }
            } else if byte == 0xC2 {
                guard index + 1 < bytes.count, bytes[index + 1] >= 0xA0 else { return false }
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            {
                return false
            } else if byte == 0xEF, index + 2 < bytes.count,
                (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE)
            {
                return false
            }
            index += 1
        }
        return true
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    /// What may not open a plain scalar (YAML's indicators).
    private static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`".utf8)
    /// What may not appear in a plain scalar inside `[…]`.
    private static let flowIndicators: Set<UInt8> = Set(",[]{}#:\"'".utf8)
}
