/// Raw HTML written in a page, made safe the way GitHub's sanitizer does it:
/// a fixed allow-list of elements and attributes (`HTMLAllowList`) is kept,
/// written again from `HTMLTokenizer`'s tokens, never copied; everything else
/// is dropped — scripts, styles, frames, SVG and MathML with all they hold,
/// other elements leaving their text. Text is escaped, attribute values quoted
/// and escaped, URLs handed to the caller (which resolves and checks them as
/// Markdown's links are), and every element kept is closed where it was
/// opened, so no end tag in content can close one of the theme's. In
/// `raw_html: true` (a site that trusts its authors) the HTML stays as written
/// but for those URLs (`rewritingURLs`).
package enum HTMLSanitizer {
    /// A URL read from an attribute (references decoded), whether it is an image's, and where its value
    /// starts (UTF-8 bytes into the tokenized text); returns what to write, or nil to drop the attribute.
    package typealias Resolve = (_ url: String, _ image: Bool, _ offset: Int) -> String?

    /// Kept elements still open in one Markdown container (a paragraph, a list item, the page), and
    /// the dropped element whose content is being skipped there. Tags stay open across the raw HTML
    /// nodes of one container, as in `<details>`, Markdown, `</details>`.
    package struct Scope {
        package private(set) var open: [String] = []
        /// How many of each name `open` holds: an end tag asks, and may ask thousands of times of a deep stack.
        private var counts: [String: Int] = [:]
        /// The dropped element being skipped, and how deep in it (for `<svg>` in `<svg>`).
        package var skipping: (name: String, depth: Int)?
        /// Made by inline HTML: its end tags are closed with inline markup.
        package var isInline: Bool

        package init(isInline: Bool) { self.isInline = isInline }

        /// The end tags of the elements still open, innermost first.
        package var closing: String { open.reversed().map { "</\($0)>" }.joined() }

        func isOpen(_ name: String) -> Bool { counts[name, default: 0] > 0 }

        mutating func push(_ name: String) {
            open.append(name)
            counts[name, default: 0] += 1
        }

        mutating func pop() -> String? {
            guard let name = open.popLast() else { return nil }
            counts[name, default: 1] -= 1
            return name
        }

        /// Closes everything: `closing` was written.
        mutating func closeAll() {
            open = []
            counts = [:]
        }
    }

    /// Something left out, for the page's warning: `<script>`, `style=`, `on… event attributes`,
    /// `</div>` (nothing of its kind open to close).
    package struct Dropped: Equatable {
        package var what: String
        /// Where its tag starts, in UTF-8 bytes from the start of the tokenized text.
        package var offset: Int
    }

    /// The ids the HTML gives its elements (`id`, `name` on `a`), which a `#fragment` may name: those of
    /// the kept elements (not inside a `<svg>` or another element dropped with its content), or with
    /// `all` (HTML kept as written) of every element.
    package static func ids(in tokens: [HTMLTokenizer.Token], all: Bool = false) -> Set<String> {
        var ids: Set<String> = []
        var skipping: (name: String, depth: Int)?
        for token in tokens {
            guard case .startTag(let tag) = token else {
                if case .endTag(let name, _) = token, let (skipped, depth) = skipping, name == skipped {
                    skipping = depth > 1 ? (skipped, depth - 1) : nil
                }
                continue
            }
            if !all {
                if let (skipped, depth) = skipping {
                    if tag.name == skipped && !tag.selfClosing { skipping = (skipped, depth + 1) }
                    continue
                }
                if HTMLAllowList.droppedWithContent.contains(tag.name) {
                    if !(tag.selfClosing && (tag.name == "svg" || tag.name == "math")) { skipping = (tag.name, 1) }
                    continue
                }
                guard HTMLAllowList.elements.contains(tag.name) else { continue }
            }
            for attribute in tag.attributes where HTMLAllowList.isAnchor(attribute.name, in: tag.name) {
                if let value = attribute.value, let plain = HTMLText.decoded(value), !plain.isEmpty { ids.insert(plain) }
            }
        }
        return ids
    }

    /// The safe HTML for `tokens`. `scopes` are the open containers, the innermost (this node's) first:
    /// an end tag may close an element opened in an outer one (`</details>` ending a paragraph).
    package static func sanitize(
        _ tokens: [HTMLTokenizer.Token], scopes: inout [Scope], url: Resolve
    ) -> (html: String, dropped: [Dropped]) {
        var html = ""
        var dropped: [Dropped] = []
        for token in tokens {
            if let (name, depth) = scopes[0].skipping {
                switch token {
                case .startTag(let tag) where tag.name == name && !tag.selfClosing: scopes[0].skipping = (name, depth + 1)
                case .endTag(name, _): scopes[0].skipping = depth > 1 ? (name, depth - 1) : nil
                default: break
                }
                continue
            }
            switch token {
            case .text(let text):
                html += HTMLText.escapingWritten(text)
            case .comment:
                break
            case .declaration(let offset):
                dropped.append(Dropped(what: "<!…>", offset: offset))
            case .startTag(let tag):
                if HTMLAllowList.droppedWithContent.contains(tag.name) {
                    dropped.append(Dropped(what: "<\(tag.name)>", offset: tag.offset))
                    let closed = tag.selfClosing && (tag.name == "svg" || tag.name == "math")  // `<svg/>` is whole
                    if !closed { scopes[0].skipping = (tag.name, 1) }
                } else if HTMLAllowList.elements.contains(tag.name) {
                    html += "<" + tag.name + attributes(of: tag, dropped: &dropped, url: url) + ">"
                    if !HTMLAllowList.void.contains(tag.name) { scopes[0].push(tag.name) }
                } else {
                    dropped.append(Dropped(what: "<\(tag.name)>", offset: tag.offset))  // the element goes, its text stays
                }
            case .endTag(let name, let offset):
                guard HTMLAllowList.elements.contains(name), !HTMLAllowList.void.contains(name) else { continue }  // its start was reported
                guard let level = scopes.firstIndex(where: { $0.isOpen(name) }) else {
                    dropped.append(Dropped(what: "</\(name)>", offset: offset))
                    continue
                }
                for inner in 0..<level {
                    html += scopes[inner].closing
                    scopes[inner].closeAll()
                }
                while let last = scopes[level].pop() {
                    html += "</\(last)>"
                    if last == name { break }
                }
            }
        }
        return (html, dropped)
    }

    /// ` name="value" …` for the attributes of `tag` on the allow-list; URLs through `url`.
    private static func attributes(of tag: HTMLTag, dropped: inout [Dropped], url: Resolve) -> String {
        var html = ""
        var seen: Set<String> = []
        for attribute in tag.attributes where seen.insert(attribute.name).inserted {  // HTML reads the first of two alike
            let written = attribute.value ?? ""
            let plain = HTMLText.decoded(written)
            guard HTMLAllowList.allows(attribute.name, in: tag.name, value: plain ?? written) else {
                let what = attribute.name.hasPrefix("on") ? "on… event attributes" : "\(attribute.name)="
                dropped.append(Dropped(what: what, offset: tag.offset))
                continue
            }
            guard HTMLAllowList.urlAttributes.contains(attribute.name) || attribute.name == "srcset" else {
                html += " \(attribute.name)=\"\(HTMLText.escapingWritten(written))\""
                continue
            }
            guard let plain else {
                dropped.append(Dropped(what: "\(attribute.name)= (a character reference it can't read)", offset: tag.offset))
                continue
            }
            let value: String?
            if attribute.name == "srcset" {
                // Each URL at its own place, when no reference moved it.
                let start = attribute.valueOffset
                value = srcset(plain) { candidate, offset in url(candidate, true, plain == written ? start + offset : start) }
            } else {
                value =
                    plain.isEmpty ? "" : url(plain, tag.name == "img" && attribute.name == "src", attribute.valueOffset).map(encodingSpaces)
            }
            guard let value else { continue }  // refused: `url` said why
            html += " \(attribute.name)=\"\(value.htmlEscaped)\""
        }
        return html
    }

    /// `raw_html: true`: `literal` as written but for the URLs in `href`, `src`, `cite` and `srcset`, each
    /// given to `url` (`srcset`'s one by one) and written back quoted where it changed; an attribute whose
    /// URL `url` refuses goes. A value with a reference that can't be read is left as it is.
    package static func rewritingURLs(_ literal: String, tokens: [HTMLTokenizer.Token], url: Resolve) -> String {
        var edits: [(range: Range<Int>, value: String)] = []
        for case .startTag(let tag) in tokens {
            for attribute in tag.attributes {
                let isURL = HTMLAllowList.urlAttributes.contains(attribute.name)
                guard isURL || attribute.name == "srcset", let range = attribute.valueRange, let value = attribute.value,
                    let plain = HTMLText.decoded(value), !plain.isEmpty
                else { continue }
                let image = (tag.name == "img" || tag.name == "source") && attribute.name == "src" || attribute.name == "srcset"
                let rewritten =
                    isURL
                    ? url(plain, image, attribute.valueOffset)
                    : srcset(plain) { candidate, offset in
                        url(candidate, true, plain == value ? attribute.valueOffset + offset : attribute.valueOffset)
                    }
                if let rewritten {
                    if rewritten != plain { edits.append((range, "\"" + rewritten.htmlEscaped + "\"")) }
                } else {
                    edits.append((attribute.offset..<range.upperBound, ""))
                }
            }
        }
        guard !edits.isEmpty else { return literal }
        var bytes = Array(literal.utf8)
        for edit in edits.reversed() { bytes.replaceSubrange(edit.range, with: Array(edit.value.utf8)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A `srcset` (`a.png 1x, b.png 2x`) with each URL through `url` (with where in `value` it starts, in
    /// UTF-8 bytes); nil if one is refused. Read as HTML reads it: a URL runs to white space (so may hold a
    /// comma), its descriptors to the next comma.
    package static func srcset(_ value: String, url: (_ url: String, _ offset: Int) -> String?) -> String? {
        var candidates: [String] = []
        var rest = Substring(value)
        while true {
            rest = rest.drop(while: { $0.isWhitespace || $0 == "," })
            guard !rest.isEmpty else { break }
            let offset = value.utf8.distance(from: value.startIndex, to: rest.startIndex)
            var written = rest.prefix(while: { !$0.isWhitespace })
            rest = rest.dropFirst(written.count)
            var descriptors = ""
            if written.hasSuffix(",") {
                while written.hasSuffix(",") { written = written.dropLast() }
            } else {
                let upTo = rest.firstIndex(of: ",") ?? rest.endIndex
                descriptors = rest[..<upTo].split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                rest = rest[upTo...]
            }
            guard let rewritten = url(String(written), offset) else { return nil }
            candidates.append(encodingSpaces(rewritten) + (descriptors.isEmpty ? "" : " " + descriptors))
        }
        return candidates.joined(separator: ", ")
    }

    /// White space and control characters in a URL as `%XX`: a browser would drop them, or end a `srcset` URL there.
    static func encodingSpaces(_ url: String) -> String {
        guard url.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { return url }
        var result: [UInt8] = []
        for byte in url.utf8 {
            if byte <= 0x20 || byte == 0x7F {
                result += Array(("%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)).utf8)
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
