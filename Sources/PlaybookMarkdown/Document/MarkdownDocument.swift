import CCmark
import Foundation
import PlaybookCore

/// A parsed Markdown body: owns the libcmark tree and frees it. With
/// `MarkdownNode` it is the only place that holds a libcmark pointer; the
/// passes work through these two types.
package final class MarkdownDocument {
    /// Lines of the file that came before the body (the front matter), so
    /// positions in the tree map back to lines of the file.
    package let lineOffset: Int
    /// The body text, as parsed: passes that need the raw line (tables,
    /// checklists, callout markers) read it through `line(_:)`, never by rewriting it.
    package let source: String
    /// Where each line starts in `source`, in UTF-8 bytes: found on the first
    /// `line(_:)`, since most pages never ask (splitting every body into lines
    /// up front was a tenth of the parse stage).
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        var source = source
        source.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        return starts
    }()
    package let root: MarkdownNode
    /// The lines that define link references (`[id]: url "title"`), found once
    /// per document, so text parsed apart (table cells) resolves `[text][id]`.
    package lazy var referenceDefinitions: String? = {
        var found = ""
        for number in 1...lineStarts.count {
            let line = self.line(number)
            let text = line.drop(while: { $0 == " " })
            guard text.first == "[", line.count - text.count <= 3, text.contains("]:") else { continue }
            found += line + "\n"
        }
        return found.isEmpty ? nil : found
    }()

    /// Columns taken off the start of body lines when the body was read again
    /// (a MkDocs callout's indented body): added back to positions in messages.
    package var columnShifts: [Int: Int] = [:]
    /// For a body read again with lines added (`LineEdits`): the body line of
    /// the original each line stands for; empty when no line was added.
    package var lineMap: [Int] = []

    /// Body line and column of nodes parsed apart from the tree (table cells),
    /// whose own positions are those of that separate parse.
    package var positionOverrides: [MarkdownNode: (line: Int, column: Int)] = [:]

    /// Which kinds of node the tree holds, a bit per libcmark type: counted by one walk when first asked,
    /// then kept by `makeNode` (a node made here) and cleared by `parseInlineLines` (nodes from another tree).
    /// Most pages have no code, raw HTML or image, and each pass looking for one walked the whole tree.
    private var kindsPresent: UInt64?

    /// Every node of `kind` in the tree, in document order, collected before a pass changes the tree:
    /// no walk at all when the tree holds none.
    package func descendants(ofKind kind: MarkdownNode.Kind) -> [MarkdownNode] {
        let present = kindsPresent ?? root.kindsBelow()
        kindsPresent = present
        guard present & MarkdownNode.bit(kind.cmarkType) != 0 else { return [] }
        return root.descendants(ofKind: kind)
    }

    /// Nil only if libcmark could not allocate the tree.
    package init?(parsing source: String, lineOffset: Int = 0) {
        guard let pointer = source.withCString({ cmark_parse_document($0, strlen($0), Self.parseOptions) }) else { return nil }
        var source = source
        source.makeContiguousUTF8()  // so UTF-8 offsets into it are O(1)
        self.source = source
        self.lineOffset = lineOffset
        self.root = MarkdownNode(pointer)
    }

    deinit {
        cmark_node_free(root.pointer)
    }

    /// Source positions on every node; smart punctuation off (authors get what they typed).
    private static let parseOptions: Int32 = 1 << 1  // CMARK_OPT_SOURCEPOS

    /// The HTML for the whole tree. Without `allowRawHTML` libcmark also drops
    /// `javascript:`-style URLs and any raw HTML a pass left in.
    package func renderHTML(allowRawHTML: Bool) -> String {
        let options: Int32 = allowRawHTML ? (1 << 17) : 0  // CMARK_OPT_UNSAFE
        guard let html = cmark_render_html(root.pointer, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// Whether the body has the byte anywhere: a `memchr`, for passes that most pages need not run.
    package func contains(_ byte: UInt8) -> Bool {
        var source = source
        return source.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// How many lines the body has.
    package var lineCount: Int { lineStarts.count }

    /// The raw text of 1-based body line `line` (no newline), or "" past the end.
    package func line(_ line: Int) -> Substring {
        guard let range = byteRange(ofLine: line) else { return "" }
        let bytes = source.utf8
        return Substring(
            bytes[bytes.index(bytes.startIndex, offsetBy: range.lowerBound)..<bytes.index(bytes.startIndex, offsetBy: range.upperBound)])
    }

    /// The byte `offset` bytes into 1-based body line `line`, or nil past the line's end: for a pass
    /// that asks what one character of the source is, without making the line a Substring.
    package func byte(line: Int, offset: Int) -> UInt8? {
        guard let range = byteRange(ofLine: line), offset >= 0, offset < range.count else { return nil }
        let bytes = source.utf8
        return bytes[bytes.index(bytes.startIndex, offsetBy: range.lowerBound + offset)]
    }

    /// Where 1-based body line `line` lies in `source`'s UTF-8, without its newline or a closing `\r`; nil past the end.
    private func byteRange(ofLine line: Int) -> Range<Int>? {
        let index = line - 1
        guard index >= 0, index < lineStarts.count else { return nil }
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : source.utf8.count
        if end > start, source.utf8[source.utf8.index(source.utf8.startIndex, offsetBy: end - 1)] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The file line of a body line.
    package func fileLine(_ bodyLine: Int) -> Int {
        guard !lineMap.isEmpty, bodyLine >= 1 else { return bodyLine + lineOffset }
        return (bodyLine <= lineMap.count ? lineMap[bodyLine - 1] : bodyLine - lineMap.count + (lineMap.last ?? 0)) + lineOffset
    }

    // MARK: Making nodes
    // Each returns nil only if libcmark could not allocate the node; passes then leave the tree as it was.

    package func makeNode(_ kind: MarkdownNode.Kind) -> MarkdownNode? {
        guard let node = cmark_node_new(kind.cmarkType).map(MarkdownNode.init) else { return nil }
        kindsPresent? |= MarkdownNode.bit(kind.cmarkType)
        return node
    }

    package func makeText(_ text: String) -> MarkdownNode? {
        let node = makeNode(.text)
        node?.literal = text
        return node
    }

    /// A block that renders `onEnter`, its children, then `onExit`, verbatim:
    /// how the passes add markup libcmark has no node for (tables, callouts).
    package func makeCustomBlock(onEnter: String, onExit: String) -> MarkdownNode? {
        let node = makeNode(.customBlock)
        node?.setCustom(onEnter: onEnter, onExit: onExit)
        return node
    }

    /// The inline twin of `makeCustomBlock`, rendered with no line breaks around it.
    package func makeCustomInline(onEnter: String, onExit: String) -> MarkdownNode? {
        let node = makeNode(.customInline)
        node?.setCustom(onEnter: onEnter, onExit: onExit)
        return node
    }

    /// Parses each string as the inline content of one line, the way it would
    /// parse inside a paragraph, and returns one unattached custom inline per
    /// string holding the result. `references` (link reference definitions)
    /// are appended so `[text][ref]` resolves as in the page.
    ///
    /// Each string is preceded by a no-break space: it keeps libcmark from
    /// reading `# x` or `> x` as a block, and counts as white space for
    /// emphasis, like the start of a line. It is removed again afterwards.
    /// What `parseInlineLines` puts before each line (so that none starts a block): its nodes'
    /// columns count it, `inlineLinePrefix.utf8.count` bytes.
    package static let inlineLinePrefix = "\u{A0}"

    package func parseInlineLines(_ lines: [String], references: String?) -> [MarkdownNode] {
        guard !lines.isEmpty else { return [] }
        var text = ""
        for line in lines {
            text += Self.inlineLinePrefix + line + "\n\n"
        }
        if let references { text += references }
        guard let scratch = text.withCString({ cmark_parse_document($0, strlen($0), 0) }) else { return [] }
        defer { cmark_node_free(scratch) }
        kindsPresent = nil  // its nodes come into this tree: counted again when next asked
        var results: [MarkdownNode] = []
        var block = MarkdownNode(scratch).firstChild
        for _ in lines {
            guard let holder = makeCustomInline(onEnter: "", onExit: "") else { break }
            if let paragraph = block, paragraph.kind == MarkdownNode.Kind.paragraph {
                for child in paragraph.children {
                    child.unlink()
                    holder.append(child)
                }
                block = paragraph.next
            }
            if let first = holder.firstChild, first.kind == .text, let literal = first.literal, literal.hasPrefix("\u{A0}") {
                let rest = String(literal.dropFirst())
                if rest.isEmpty {
                    first.unlink()
                    first.free()
                } else {
                    first.literal = rest
                }
            }
            results.append(holder)
        }
        return results
    }
}
