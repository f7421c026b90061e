/// Raw HTML written in a page, made safe the way GitHub's sanitizer does it:
/// a fixed allow-list of elements and attributes (`HTMLAllowList`) is kept,
/// everything else is dropped — scripts, styles, frames, SVG and MathML with
/// all they hold, other elements leaving their text — and the URLs it keeps
/// go through the same resolution as Markdown links. Anything the tokenizer
/// does not understand as a tag is text, escaped. In `keep` mode (a site that
/// trusts its authors) the HTML stays as written but for those URLs.
package struct HTMLSanitizer {
    package enum Mode {
        case safe, keep
    }

    package let mode: Mode

    package init(mode: Mode) {
        self.mode = mode
    }

    /// A URL attribute found in the HTML: its value (entities decoded), its byte offset in the HTML, whether it is an image's.
    package typealias Resolve = (_ url: String, _ offset: Int, _ image: Bool) -> String?

    /// `html` cleaned; what was dropped is added to `dropped` (`<script>`, `onclick`), once each.
    /// `resolve` gives each kept URL's new value, or nil to drop the attribute.
    package func clean(_ html: String, dropped: inout [String], resolve: Resolve) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        func drop(_ what: String) { if !dropped.contains(what) { dropped.append(what) } }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                if mode == .safe, byte == UInt8(ascii: ">") {
                    out += Array("&gt;".utf8)
                } else if mode == .safe, byte == UInt8(ascii: "&"), !Self.isEntity(bytes, at: index) {
                    out += Array("&amp;".utf8)
                } else {
                    out.append(byte)
                }
                index += 1
                continue
            }
            // Comments, declarations and processing instructions: kept only as written in keep mode.
            if Self.starts(bytes, at: index, with: "<!--") || Self.starts(bytes, at: index, with: "<!")
                || Self.starts(bytes, at: index, with: "<?")
            {
                let isComment = Self.starts(bytes, at: index, with: "<!--")
                let end =
                    isComment
                    ? Self.find(bytes, "-->", from: index + 4).map { $0 + 3 } : Self.find(bytes, ">", from: index + 2).map { $0 + 1 }
                let stop = end ?? bytes.count
                if mode == .keep { out += bytes[index..<stop] }
                index = stop
                continue
            }
            guard let tag = Tag.read(bytes, at: index) else {
                out += mode == .safe ? Array("&lt;".utf8) : [byte]
                index += 1
                continue
            }
            switch mode {
            case .keep:
                // As written, but for the URLs it links to.
                var cursor = index
                for attribute in tag.attributes where HTMLAllowList.isURL(attribute.name, in: tag.name) {
                    guard let range = attribute.valueRange else { continue }
                    out += bytes[cursor..<range.lowerBound]
                    let value = Self.decoded(bytes[range])
                    if let resolved = resolve(value, range.lowerBound, tag.name == "img") {
                        out += Array(Self.escaped(resolved, quoted: attribute.quote != nil).utf8)
                    }
                    cursor = range.upperBound
                }
                out += bytes[cursor..<tag.end]
            case .safe:
                if tag.isClosing {
                    if HTMLAllowList.elements.contains(tag.name), !HTMLAllowList.void.contains(tag.name) {
                        out += Array("</\(tag.name)>".utf8)
                    }
                } else if HTMLAllowList.droppedWithContent.contains(tag.name) {
                    drop("<\(tag.name)>")
                    // Everything up to its closing tag goes too (or the rest, if it is never closed).
                    let close = Self.findClosing(bytes, name: tag.name, from: tag.end)
                    index = close ?? bytes.count
                    continue
                } else if HTMLAllowList.elements.contains(tag.name) {
                    out += Array("<\(tag.name)".utf8)
                    for attribute in tag.attributes {
                        let value = attribute.valueRange.map { Self.decoded(bytes[$0]) } ?? ""
                        guard HTMLAllowList.allows(attribute.name, in: tag.name, value: value) else {
                            drop(attribute.name.hasPrefix("on") ? "on… event attributes" : "\(attribute.name)=")
                            continue
                        }
                        var kept = value
                        if HTMLAllowList.isURL(attribute.name, in: tag.name) {
                            guard let resolved = resolve(value, attribute.valueRange?.lowerBound ?? tag.start, tag.name == "img") else {
                                drop("\(attribute.name)=")
                                continue
                            }
                            kept = resolved
                        }
                        out += Array(" \(attribute.name)=\"\(Self.escaped(kept, quoted: true))\"".utf8)
                    }
                    out += Array(">".utf8)
                } else {
                    drop("<\(tag.name)>")  // the element goes, its text stays
                }
            }
            index = tag.end
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Tags

    /// A start or end tag: `<a href="x" title=y>`, `</a>`.
    struct Tag {
        var name: String
        var isClosing: Bool
        var attributes: [Attribute]
        var start: Int
        /// Just past its `>`.
        var end: Int

        struct Attribute {
            var name: String
            /// The value's bytes, quotes excluded (nil: no value).
            var valueRange: Range<Int>?
            var quote: UInt8?
        }

        /// The tag at `start` (a `<`), or nil when what follows is not one (then the `<` is text).
        static func read(_ bytes: [UInt8], at start: Int) -> Tag? {
            var index = start + 1
            let isClosing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
            if isClosing { index += 1 }
            let nameStart = index
            guard index < bytes.count, isLetter(bytes[index]) else { return nil }
            while index < bytes.count, isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            var attributes: [Attribute] = []
            while index < bytes.count {
                let byte = bytes[index]
                if isSpace(byte) || byte == UInt8(ascii: "/") {
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: ">") {
                    return Tag(name: name, isClosing: isClosing, attributes: attributes, start: start, end: index + 1)
                }
                if byte == UInt8(ascii: "<") { return nil }  // `<scr<script>`: not a tag
                let attributeStart = index
                while index < bytes.count, !isSpace(bytes[index]),
                    ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "<")].contains(bytes[index])
                {
                    index += 1
                }
                guard index > attributeStart else { return nil }
                var attribute = Attribute(name: String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased())
                var look = index
                while look < bytes.count, isSpace(bytes[look]) { look += 1 }
                if look < bytes.count, bytes[look] == UInt8(ascii: "=") {
                    index = look + 1
                    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                    guard index < bytes.count else { return nil }
                    if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                        let quote = bytes[index]
                        guard let close = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                        attribute.valueRange = (index + 1)..<close
                        attribute.quote = quote
                        index = close + 1
                    } else {
                        let valueStart = index
                        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                        attribute.valueRange = valueStart..<index
                    }
                }
                attributes.append(attribute)
            }
            return nil  // never closed: text
        }

        private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
    }

    // MARK: Text

    private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
        bytes[index...].starts(with: text.utf8)
    }

    private static func find(_ bytes: [UInt8], _ text: String, from start: Int) -> Int? {
        let needle = Array(text.utf8)
        guard start <= bytes.count, needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Just past `</name…>`, matched without regard to case.
    private static func findClosing(_ bytes: [UInt8], name: String, from start: Int) -> Int? {
        let needle = Array("</\(name)".utf8)
        var index = start
        while index + needle.count <= bytes.count {
            if zip(bytes[index..<(index + needle.count)], needle).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) }) {
                return find(bytes, ">", from: index).map { $0 + 1 } ?? bytes.count
            }
            index += 1
        }
        return nil
    }

    /// `&amp;`, `&#58;`, `&#x3A;`, `&nbsp;`: an entity, kept as written.
    private static func isEntity(_ bytes: [UInt8], at index: Int) -> Bool {
        var end = index + 1
        if end < bytes.count, bytes[end] == UInt8(ascii: "#") { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "x") || bytes[end] == UInt8(ascii: "X") { end += 1 }
        let first = end
        while end < bytes.count, end - first < 32,
            (bytes[end] | 0x20) >= 0x61 && (bytes[end] | 0x20) <= 0x7A || bytes[end] >= 0x30 && bytes[end] <= 0x39
        {
            end += 1
        }
        return end > first && end < bytes.count && bytes[end] == UInt8(ascii: ";")
    }

    /// An attribute's value as the browser reads it: character references decoded.
    static func decoded(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            let body = rest.dropFirst().prefix { $0 != ";" && $0 != "&" && $0 != " " }
            let hasSemicolon = rest.dropFirst(body.count + 1).first == ";"
            var scalar: Unicode.Scalar?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if body.hasPrefix("#") {
                scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                scalar = namedEntities[String(body).lowercased()]
            }
            if let scalar, !body.isEmpty {
                result.unicodeScalars.append(scalar)
                rest = rest.dropFirst(body.count + 1 + (hasSemicolon ? 1 : 0))
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    /// The named references a URL may hide its scheme behind, and the common ones.
    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n", "sol": "/",
        "period": ".", "lpar": "(", "rpar": ")", "nbsp": "\u{A0}", "num": "#", "quest": "?", "equals": "=",
    ]

    /// Escaped for an attribute value (or, unquoted in keep mode, left as it was given).
    static func escaped(_ value: String, quoted: Bool) -> String {
        guard quoted else { return value }
        var out = ""
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
