import PlaybookCore

/// Footnotes as GitHub renders them (cmark-gfm's extension): `[^label]` in
/// the text becomes its number, linked to the note; `[^label]: text` (its
/// body the lines indented under it) becomes that note, in a numbered list at
/// the end of the page, in the order of first reference, with a link back to
/// each reference. The markup is the theme's `partials/footnote*`.
///
/// libcmark does not know definitions: it reads most as paragraphs (several
/// in a row as one) and a one-word one (`[^1]: Source`) as a link reference
/// definition, which leaves no node at all. So definitions are found on the
/// lines that no code or HTML block of the tree holds, at the top level of the
/// page, as cmark-gfm finds them; then the body is read again with an anchor
/// line before each one and its indented lines moved left (`LineEdits`).
package struct FootnotePass {
    private struct Definition {
        var label: String
        /// The last line of its body, after the body was read again (its anchor marks where it starts).
        var lastLine: Int
    }

    private var definitions: [Definition] = []

    private static let anchorPrefix = "<!--playbook-footnote-"

    /// `document` read again with each footnote definition after an anchor of its own, or nil when it has none (most pages).
    package mutating func reread(_ document: MarkdownDocument) -> MarkdownDocument? {
        guard document.contains(UInt8(ascii: "^")) else { return nil }
        var code: [ClosedRange<Int>] = []
        for node in document.descendants(ofKind: .codeBlock) + document.descendants(ofKind: .htmlBlock) {
            code.append(node.startLine...max(node.startLine, node.endLine))
        }
        var found: [(label: String, line: Int, column: Int, length: Int, last: Int)] = []
        var number = 1
        while number <= document.lineCount {
            let line = document.line(number)
            let indent = LineEdits.indentation(of: line, from: 0)
            guard indent < 4, line.utf8.first == UInt8(ascii: "[") || line.utf8.first == UInt8(ascii: " "),
                let (label, length) = Self.marker(Substring(line.utf8.dropFirst(indent))), !code.contains(where: { $0.contains(number) })
            else {
                number += 1
                continue
            }
            let last = bodyEnd(after: number, document)
            found.append((label, number, indent + 1, length, last))
            number = last + 1
        }
        guard !found.isEmpty else { return nil }
        var edits = LineEdits(document)
        for (index, definition) in found.enumerated() {
            edits.replace(line: definition.line, at: definition.column, length: definition.length, with: "")
            if definition.last > definition.line {
                for line in (definition.line + 1)...definition.last { edits.unindent(line: line, from: 1) }
            }
            edits.insert("\(Self.anchorPrefix)\(index)-->", before: definition.line)
        }
        definitions = found.map { Definition(label: $0.label, lastLine: edits.line($0.last)) }
        return edits.reread()
    }

    /// The last line of the definition starting at `first`: the lines indented under it, and lines that carry on its paragraph.
    private func bodyEnd(after first: Int, _ document: MarkdownDocument) -> Int {
        var last = first
        var afterBlank = false
        var number = first + 1
        while number <= document.lineCount {
            let line = document.line(number)
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                afterBlank = true
            } else if LineEdits.indentation(of: line, from: 0) >= 4 {
                last = number
                afterBlank = false
            } else if !afterBlank, !Self.startsBlock(line) {
                last = number  // a lazy line of the definition's paragraph
            } else {
                break
            }
            number += 1
        }
        return last
    }

    /// Whether `line` starts a block of its own rather than carrying on a paragraph.
    private static func startsBlock(_ line: Substring) -> Bool {
        let text = line.drop(while: { $0 == " " })
        if marker(text) != nil { return true }
        for opener in ["#", ">", "```", "~~~", "- ", "* ", "+ ", "|", "<"] where text.hasPrefix(opener) { return true }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        return !digits.isEmpty && (text.dropFirst(digits.count).hasPrefix(". ") || text.dropFirst(digits.count).hasPrefix(") "))
    }

    /// `[^label]:` and the white space after it: the label and the marker's length in bytes.
    private static func marker(_ text: Substring) -> (String, Int)? {
        let bytes = text.utf8
        guard bytes.starts(with: "[^".utf8), let close = bytes.firstIndex(of: UInt8(ascii: "]")) else { return nil }
        let label = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard !label.isEmpty, !label.contains(where: { $0.isWhitespace || $0 == "[" }) else { return nil }
        let afterClose = bytes.index(after: close)
        guard afterClose < bytes.endIndex, bytes[afterClose] == UInt8(ascii: ":") else { return nil }
        var end = bytes.index(after: afterClose)
        while end < bytes.endIndex, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end = bytes.index(after: end) }
        return (String(label), bytes.distance(from: bytes.startIndex, to: end))
    }

    // MARK: Numbering and the list

    package func run(_ context: MarkdownPassContext) {
        guard !definitions.isEmpty else { return }
        let document = context.document
        // Each definition's blocks, taken out of the text; the first of a label counts.
        var bodies: [String: [MarkdownNode]] = [:]
        var labels: [String: String] = [:]  // key → label as defined
        var order: [String] = []  // keys in definition order
        var definedAt: [String: SourceLocation] = [:]
        for anchor in document.descendants(ofKind: .htmlBlock) {
            guard let literal = anchor.literal, literal.hasPrefix(Self.anchorPrefix),
                let number = Int(literal.dropFirst(Self.anchorPrefix.count).prefix(while: { $0.isNumber })), number < definitions.count
            else { continue }
            let definition = definitions[number]
            var nodes: [MarkdownNode] = []
            var next = anchor.next
            while let node = next, node.startLine > anchor.startLine, node.startLine <= definition.lastLine {
                next = node.next
                node.unlink()
                nodes.append(node)
            }
            let location = context.location(of: anchor)
            anchor.remove()
            let key = definition.label.lowercased()
            if bodies[key] != nil {
                context.report(.warning(location, "footnote [^\(definition.label)] is defined twice on this page: the first is used"))
                for node in nodes { node.free() }
                continue
            }
            bodies[key] = nodes
            labels[key] = definition.label
            definedAt[key] = location
            order.append(key)
        }
        document.root.consolidateText()
        // References, in the text and then in the notes they lead to, numbered as first met.
        var numbers: [String: Int] = [:]
        var referenceCounts: [String: Int] = [:]
        var numbered: [String] = []
        var pending = [document.root]
        var searched = 0
        while searched < pending.count {
            let tree = pending[searched]
            searched += 1
            for text in tree.descendants(ofKind: .text) where text.literalContains(UInt8(ascii: "^")) {
                replaceReferences(in: text, context) { key in
                    guard let label = labels[key] else { return nil }
                    if numbers[key] == nil {
                        numbers[key] = numbered.count + 1
                        numbered.append(key)
                        for node in bodies[key] ?? [] { pending.append(node) }
                    }
                    referenceCounts[key, default: 0] += 1
                    return (label, numbers[key] ?? 0, referenceCounts[key] ?? 1)
                }
            }
        }
        for key in order where numbers[key] == nil {
            if let location = definedAt[key] {
                context.report(.warning(location, "footnote [^\(labels[key] ?? key)] is never referenced: it is not shown"))
            }
            for node in bodies[key] ?? [] { node.free() }
        }
        guard !numbered.isEmpty else { return }
        appendList(numbered.map { (labels[$0] ?? $0, bodies[$0] ?? [], referenceCounts[$0] ?? 1) }, context)
    }

    /// Replaces each `[^label]` in `text` that `number` knows with the theme's reference.
    private func replaceReferences(
        in text: MarkdownNode, _ context: MarkdownPassContext, number: (String) -> (label: String, number: Int, count: Int)?
    ) {
        guard var literal = text.literal else { return }
        var current = text
        // Where the text started, and how many of its bytes came before `literal`: messages point into it.
        let start = context.location(of: text)
        let placed = text.startColumn > 0
        var consumed = 0
        let markup = context.markup.footnoteMarkup()
        var searchFrom = literal.startIndex
        while let open = literal[searchFrom...].range(of: "[^") {
            guard let close = literal[open.upperBound...].firstIndex(of: "]") else { break }
            let label = String(literal[open.upperBound..<close])
            guard !label.isEmpty, !label.contains(where: { $0.isWhitespace || $0 == "[" }), let found = number(label.lowercased()) else {
                if !label.isEmpty, !label.contains(where: { $0.isWhitespace || $0 == "[" }) {
                    var location = start
                    if placed { location.column += consumed + literal.utf8.distance(from: literal.startIndex, to: open.lowerBound) }
                    context.report(.warning(location, "no footnote [^\(label)] on this page: write its text on a line '[^\(label)]: …'"))
                }
                searchFrom = open.upperBound
                continue
            }
            let escaped = Self.escapedLabel(found.label)
            let id = found.count == 1 ? "fnref-\(escaped)" : "fnref-\(escaped)-\(found.count)"
            let html = markup.reference.filled(["target": "fn-" + escaped, "id": id, "number": String(found.number)])
            let after = String(literal[literal.index(after: close)...])
            current.literal = String(literal[..<open.lowerBound])
            guard let reference = context.document.makeCustomInline(onEnter: html, onExit: "") else { return }
            current.insertAfter(reference)
            guard !after.isEmpty, let rest = context.document.makeText(after) else {
                if current.literal?.isEmpty == true { current.remove() }
                return
            }
            reference.insertAfter(rest)
            if current.literal?.isEmpty == true { current.remove() }
            current = rest
            consumed += literal.utf8.distance(from: literal.startIndex, to: close) + 1
            literal = after
            searchFrom = literal.startIndex
        }
    }

    /// The list at the end of the page: each note's blocks, with a link back to each of its references in its last paragraph.
    private func appendList(_ notes: [(label: String, body: [MarkdownNode], references: Int)], _ context: MarkdownPassContext) {
        let document = context.document
        let markup = context.markup.footnoteMarkup()
        guard let list = document.makeCustomBlock(onEnter: markup.list.open.filled([:]), onExit: markup.list.close.filled([:])) else {
            return
        }
        document.root.append(list)
        for note in notes {
            let escaped = Self.escapedLabel(note.label)
            context.footnoteIDs +=
                ["fn-" + escaped] + (1...max(1, note.references)).map { $0 == 1 ? "fnref-\(escaped)" : "fnref-\(escaped)-\($0)" }
            guard
                let item = document.makeCustomBlock(
                    onEnter: markup.item.open.filled(["id": "fn-" + escaped]), onExit: markup.item.close.filled([:]))
            else { continue }
            list.append(item)
            for node in note.body { item.append(node) }
            var links: [String] = []
            for reference in 1...max(1, note.references) {
                let target = reference == 1 ? "fnref-\(escaped)" : "fnref-\(escaped)-\(reference)"
                links.append(
                    reference == 1
                        ? markup.back.filled(["target": target]) : markup.backAgain.filled(["target": target, "number": String(reference)]))
            }
            // In the note's last paragraph, after a space; after whatever else ends it, on a line of their own.
            if let paragraph = item.lastChild, paragraph.kind == .paragraph {
                for link in links {
                    guard let space = document.makeText(" "), let back = document.makeCustomInline(onEnter: link, onExit: "") else {
                        continue
                    }
                    paragraph.append(space)
                    paragraph.append(back)
                }
            } else if let back = document.makeCustomBlock(onEnter: links.joined(separator: " "), onExit: "") {
                item.append(back)
            }
        }
    }

    /// The label as cmark-gfm writes it into ids and links: bytes outside its
    /// safe set percent-encoded (`注` → `%E6%B3%A8`), then escaped for HTML.
    package static func escapedLabel(_ label: String) -> String {
        var escaped = ""
        for byte in label.utf8 {
            let isSafe =
                (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                || "!#$%&'()*+,-./:;=?@_~".utf8.contains(byte)
            if isSafe {
                escaped.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                escaped += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return escaped.htmlEscaped
    }

    package init() {
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
