/// A small, strict reader of the HTML authors write in Markdown: start and end
/// tags with attributes (quoted or not), comments, declarations, and the text
/// between. A `<` it does not read as one of these is text, so it is escaped
/// later, never passed through: `<scr<script>` is the text `<scr`, then a tag.
package enum HTMLTokenizer {
    package enum Token: Equatable {
        /// Characters between tags, as written (entities not decoded).
        case text(String)
        case startTag(HTMLTag)
        /// `</name>`, its `<` at `offset` (UTF-8 bytes).
        case endTag(name: String, offset: Int)
        /// `<!-- … -->`.
        case comment
        /// `<!DOCTYPE …>`, `<?…?>`, `<![CDATA[…]]>`: markup that is never kept.
        case declaration(offset: Int)
    }

    /// Elements whose content HTML reads as text up to their end tag: a `<b>` in a script is no tag.
    static let rawTextElements: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    ]

    package static func tokens(_ html: String) -> [Token] {
        let bytes = Array(html.utf8)
        var tokens: [Token] = []
        var textStart = 0
        var index = 0
        // A `<!x` or `<?x` with no `>` after it is text; knowing where the last `>` is keeps `<!<!<!…` linear.
        let lastClose = bytes.lastIndex(of: UInt8(ascii: ">")) ?? -1
        func text(upTo end: Int) {
            if end > textStart { tokens.append(.text(String(decoding: bytes[textStart..<end], as: UTF8.self))) }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), let (token, end) = markup(bytes, at: index, lastClose: lastClose) else {
                index += 1
                continue
            }
            text(upTo: index)
            tokens.append(token)
            index = end
            textStart = end
            guard case .startTag(let tag) = token else { continue }
            if tag.name == "plaintext" {
                index = bytes.count  // the rest of the text is its content
            } else if rawTextElements.contains(tag.name) {
                index = endOfRawText(bytes, from: index, name: tag.name)
            }
            text(upTo: index)
            textStart = index
        }
        text(upTo: bytes.count)
        return tokens
    }

    /// The token starting at the `<` at `start`, and where it ends; nil if it is none (then the `<` is text).
    private static func markup(_ bytes: [UInt8], at start: Int, lastClose: Int) -> (Token, Int)? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "!"):
            if starts(bytes, at: start, with: "<!--") {
                let body = start + 4
                // `<!-->` and `<!--->` are whole (empty) comments in HTML; an unclosed one runs to the end.
                if starts(bytes, at: body, with: ">") { return (.comment, body + 1) }
                if starts(bytes, at: body, with: "->") { return (.comment, body + 2) }
                return (.comment, find(bytes, "-->", from: body).map { $0 + 3 } ?? bytes.count)
            }
            if starts(bytes, at: start, with: "<![CDATA[") {
                return (.declaration(offset: start), find(bytes, "]]>", from: start + 9).map { $0 + 3 } ?? bytes.count)
            }
            guard lastClose > index else { return nil }
            return find(bytes, ">", from: index).map { (.declaration(offset: start), $0 + 1) }
        case UInt8(ascii: "?"):
            guard lastClose > index else { return nil }
            return find(bytes, ">", from: index).map { (.declaration(offset: start), $0 + 1) }
        case UInt8(ascii: "/"):
            index += 1
            guard let name = name(bytes, at: &index) else { return nil }
            skipSpace(bytes, at: &index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return nil }
            return (.endTag(name: name, offset: start), index + 1)
        default:
            guard let name = name(bytes, at: &index) else { return nil }
            var tag = HTMLTag(name: name, offset: start)
            while true {
                let spaced = skipSpace(bytes, at: &index)
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: ">") { return (.startTag(tag), index + 1) }
                if bytes[index] == UInt8(ascii: "/") {
                    guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { return nil }
                    tag.selfClosing = true
                    return (.startTag(tag), index + 2)
                }
                guard spaced, let attribute = attribute(bytes, at: &index) else { return nil }
                tag.attributes.append(attribute)
            }
        }
    }

    /// `name`, `name=value`, `name="value"` or `name='value'` (CommonMark's attribute grammar).
    private static func attribute(_ bytes: [UInt8], at index: inout Int) -> HTMLTag.Attribute? {
        let start = index
        guard index < bytes.count, isAttributeNameStart(bytes[index]) else { return nil }
        while index < bytes.count,
            isAttributeNameStart(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ".")
                || bytes[index] == UInt8(ascii: "-")
        {
            index += 1
        }
        let name = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        var after = index
        skipSpace(bytes, at: &after)
        guard after < bytes.count, bytes[after] == UInt8(ascii: "=") else {
            return HTMLTag.Attribute(name: name, value: nil, offset: start)
        }
        after += 1
        skipSpace(bytes, at: &after)
        guard after < bytes.count else { return nil }
        let quote = bytes[after]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            guard let close = bytes[(after + 1)...].firstIndex(of: quote) else { return nil }
            index = close + 1
            let value = String(decoding: bytes[(after + 1)..<close], as: UTF8.self)
            return HTMLTag.Attribute(name: name, value: value, offset: start, valueRange: after..<index)
        }
        var end = after
        while end < bytes.count, !isSpace(bytes[end]), !"\"'=<>`".utf8.contains(bytes[end]) { end += 1 }
        guard end > after else { return nil }
        index = end
        return HTMLTag.Attribute(
            name: name, value: String(decoding: bytes[after..<end], as: UTF8.self), offset: start, valueRange: after..<end)
    }

    /// A tag name, `[A-Za-z][A-Za-z0-9-]*`, in lower case; after it must come white space, `/` or `>`.
    private static func name(_ bytes: [UInt8], at index: inout Int) -> String? {
        let start = index
        guard index < bytes.count, isLetter(bytes[index]) else { return nil }
        while index < bytes.count, isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: ">") else {
            return nil
        }
        return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
    }

    /// Where the raw text of element `name` ends: at its `</name`, or the end of the text.
    private static func endOfRawText(_ bytes: [UInt8], from start: Int, name: String) -> Int {
        let closing = Array("</\(name)".utf8)
        var index = start
        while let found = find(bytes, "</", from: index) {
            let end = found + closing.count
            if end <= bytes.count, zip(bytes[found..<end], closing).allSatisfy({ $0 | 0x20 == $1 | 0x20 }),
                end == bytes.count || isSpace(bytes[end]) || bytes[end] == UInt8(ascii: "/") || bytes[end] == UInt8(ascii: ">")
            {
                return found
            }
            index = found + 2
        }
        return bytes.count
    }

    @discardableResult
    private static func skipSpace(_ bytes: [UInt8], at index: inout Int) -> Bool {
        let start = index
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: String) -> Bool {
        let prefix = Array(prefix.utf8)
        return index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let needle = Array(needle.utf8)
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isAttributeNameStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }
}
