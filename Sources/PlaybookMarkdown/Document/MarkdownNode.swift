import CCmark
import Foundation
import PlaybookCore

/// A view of one node of a `MarkdownDocument`'s tree. Valid while its document
/// lives; a node that was unlinked and not re-attached must be freed.
package struct MarkdownNode: Hashable {
    package let pointer: OpaquePointer

    package init(_ pointer: OpaquePointer) { self.pointer = pointer }

    package enum Kind: Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock
        case paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, customInline
        case emphasis, strong, link, image
        case none

        package init(_ type: cmark_node_type) {
            switch type {
            case CMARK_NODE_DOCUMENT: self = .document
            case CMARK_NODE_BLOCK_QUOTE: self = .blockQuote
            case CMARK_NODE_LIST: self = .list
            case CMARK_NODE_ITEM: self = .item
            case CMARK_NODE_CODE_BLOCK: self = .codeBlock
            case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
            case CMARK_NODE_CUSTOM_BLOCK: self = .customBlock
            case CMARK_NODE_PARAGRAPH: self = .paragraph
            case CMARK_NODE_HEADING: self = .heading
            case CMARK_NODE_THEMATIC_BREAK: self = .thematicBreak
            case CMARK_NODE_TEXT: self = .text
            case CMARK_NODE_SOFTBREAK: self = .softBreak
            case CMARK_NODE_LINEBREAK: self = .lineBreak
            case CMARK_NODE_CODE: self = .code
            case CMARK_NODE_HTML_INLINE: self = .htmlInline
            case CMARK_NODE_CUSTOM_INLINE: self = .customInline
            case CMARK_NODE_EMPH: self = .emphasis
            case CMARK_NODE_STRONG: self = .strong
            case CMARK_NODE_LINK: self = .link
            case CMARK_NODE_IMAGE: self = .image
            default: self = .none
            }
        }

        package var cmarkType: cmark_node_type {
            switch self {
            case .document: CMARK_NODE_DOCUMENT
            case .blockQuote: CMARK_NODE_BLOCK_QUOTE
            case .list: CMARK_NODE_LIST
            case .item: CMARK_NODE_ITEM
            case .codeBlock: CMARK_NODE_CODE_BLOCK
            case .htmlBlock: CMARK_NODE_HTML_BLOCK
            case .customBlock: CMARK_NODE_CUSTOM_BLOCK
            case .paragraph: CMARK_NODE_PARAGRAPH
            case .heading: CMARK_NODE_HEADING
            case .thematicBreak: CMARK_NODE_THEMATIC_BREAK
            case .text: CMARK_NODE_TEXT
            case .softBreak: CMARK_NODE_SOFTBREAK
            case .lineBreak: CMARK_NODE_LINEBREAK
            case .code: CMARK_NODE_CODE
            case .htmlInline: CMARK_NODE_HTML_INLINE
            case .customInline: CMARK_NODE_CUSTOM_INLINE
            case .emphasis: CMARK_NODE_EMPH
            case .strong: CMARK_NODE_STRONG
            case .link: CMARK_NODE_LINK
            case .image: CMARK_NODE_IMAGE
            case .none: CMARK_NODE_NONE
            }
        }
    }

    package var kind: Kind { Kind(cmark_node_get_type(pointer)) }

    // MARK: Tree

    package var parent: MarkdownNode? { cmark_node_parent(pointer).map(MarkdownNode.init) }
    package var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map(MarkdownNode.init) }
    package var lastChild: MarkdownNode? { cmark_node_last_child(pointer).map(MarkdownNode.init) }
    package var next: MarkdownNode? { cmark_node_next(pointer).map(MarkdownNode.init) }
    package var previous: MarkdownNode? { cmark_node_previous(pointer).map(MarkdownNode.init) }

    package var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// Every node below this one, in document order. The walk is iterative, so
    /// lists nested thousands deep do not exhaust the stack.
    package func walk<W: MarkdownWalker>(_ walker: inout W) {
        var current: MarkdownNode? = self
        var entering = true
        while let node = current {
            if entering {
                let descend = walker.enter(node)
                if descend, let child = node.firstChild {
                    current = child
                    continue
                }
                entering = false
            }
            walker.exit(node)
            if node == self { return }
            if let sibling = node.next {
                current = sibling
                entering = true
            } else {
                current = node.parent
            }
        }
    }

    /// All nodes of `kind` below this one, collected first so a pass may then change the tree.
    package func descendants(ofKind kind: Kind) -> [MarkdownNode] {
        var collector = KindCollector(kind: kind)
        walk(&collector)
        return collector.found
    }

    /// The kinds of this node and of every node below it, a bit per libcmark type (`bit(_:)`).
    package func kindsBelow() -> UInt64 {
        var census = KindCensus()
        walk(&census)
        return census.kinds
    }

    /// A libcmark type's bit in `kindsBelow`.
    package static func bit(_ type: cmark_node_type) -> UInt64 {
        1 << UInt64(type.rawValue & 63)
    }

    // MARK: Changing the tree

    package func unlink() { cmark_node_unlink(pointer) }
    package func free() { cmark_node_free(pointer) }
    package func append(_ child: MarkdownNode) { _ = cmark_node_append_child(pointer, child.pointer) }
    package func prepend(_ child: MarkdownNode) { _ = cmark_node_prepend_child(pointer, child.pointer) }
    package func insertBefore(_ sibling: MarkdownNode) { _ = cmark_node_insert_before(pointer, sibling.pointer) }
    package func insertAfter(_ sibling: MarkdownNode) { _ = cmark_node_insert_after(pointer, sibling.pointer) }

    /// Replaces this node by `replacement`, moving this node's children into it.
    package func replace(with replacement: MarkdownNode) {
        for child in children {
            child.unlink()
            replacement.append(child)
        }
        insertBefore(replacement)
        unlink()
        free()
    }

    /// Removes this node and its subtree from the tree and frees them.
    package func remove() {
        unlink()
        free()
    }

    // MARK: Content

    package var literal: String? {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } }
        nonmutating set { cmark_node_set_literal(pointer, newValue) }
    }

    /// The literal's first bytes (up to `count`, fewer if it is shorter), read
    /// without making a String of it: most list items are asked whether they
    /// open with `[ ]`.
    package func literalPrefix(_ count: Int) -> [UInt8]? {
        guard let literal = cmark_node_get_literal(pointer) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for offset in 0..<count {
            let byte = UInt8(bitPattern: literal[offset])
            if byte == 0 { break }
            bytes.append(byte)
        }
        return bytes
    }

    /// Drops the literal's first `count` bytes (and, with `thenSpaces`, the spaces and tabs after them), in
    /// place in libcmark's copy, and says how many bytes are left; nil when the node has no literal. When
    /// none would be left the literal is not changed: the caller removes the node. The bytes dropped must
    /// be whole characters.
    package func dropLiteralPrefix(_ count: Int, thenSpaces: Bool) -> Int? {
        guard let literal = cmark_node_get_literal(pointer) else { return nil }
        var skip = 0
        while skip < count, literal[skip] != 0 { skip += 1 }
        while thenSpaces, literal[skip] == 0x20 || literal[skip] == 0x09 { skip += 1 }
        let left = strlen(literal + skip)
        // libcmark copies the new text before it frees the old, so a pointer into the old is safe to give.
        if skip > 0, left > 0 { cmark_node_set_literal(pointer, literal + skip) }
        return left
    }

    /// Whether the literal holds `byte`, asked without making a String of it.
    package func literalContains(_ byte: UInt8) -> Bool {
        guard let literal = cmark_node_get_literal(pointer) else { return false }
        return strchr(literal, Int32(byte)) != nil
    }

    /// Appends the literal's bytes to `bytes`, no String made of it: the text collectors gather a whole page's.
    package func appendLiteral(to bytes: inout [UInt8]) {
        guard let literal = cmark_node_get_literal(pointer) else { return }
        literal.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: strlen(literal)))
        }
    }

    package var title: String? { cmark_node_get_title(pointer).map { String(cString: $0) } }

    package var url: String? {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } }
        nonmutating set { cmark_node_set_url(pointer, newValue) }
    }

    /// The verbatim markup of a custom node.
    package func setCustom(onEnter: String, onExit: String) {
        cmark_node_set_on_enter(pointer, onEnter)
        cmark_node_set_on_exit(pointer, onExit)
    }

    /// Merges adjacent text nodes below this one (libcmark leaves `[`, `^1` and `]` apart).
    package func consolidateText() { cmark_consolidate_text_nodes(pointer) }

    package var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    package var fenceInfo: String? { cmark_node_get_fence_info(pointer).map { String(cString: $0) } }
    package var isBulletList: Bool { cmark_node_get_list_type(pointer) == CMARK_BULLET_LIST }

    /// The text a reader sees, markup removed: for ids, titles and the table of contents.
    package var plainText: String {
        var collector = PlainTextCollector()
        walk(&collector)
        return String(decoding: collector.text, as: UTF8.self)
    }

    /// The words of a whole body for the search index: `plainText` with a space between blocks (so a
    /// table's cells and a list's items do not run into one word), and where in it (UTF-8 offsets) the
    /// text of each of `marked` is, in document order: the headings, so the index can split the text by them.
    package func searchText(reserving capacity: Int, marking marked: [MarkdownNode]) -> (text: String, marked: [Range<Int>]) {
        var collector = SearchTextCollector(marked: marked)
        collector.text.reserveCapacity(capacity)
        walk(&collector)
        return (String(decoding: collector.text, as: UTF8.self), collector.ranges)
    }

    // MARK: Position (lines of the parsed body, 1-based)

    package var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    package var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    package var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    package var endColumn: Int { Int(cmark_node_get_end_column(pointer)) }
}

/// Visits a tree in document order; `enter` returns false to skip a node's children.
/// A walker must not change the tree while it walks: collect, then change.
package protocol MarkdownWalker {
    mutating func enter(_ node: MarkdownNode) -> Bool
    mutating func exit(_ node: MarkdownNode)
}

extension MarkdownWalker {
    package mutating func exit(_ node: MarkdownNode) {}
}

private struct KindCollector: MarkdownWalker {
    /// libcmark's own type number: compared as it is, not mapped to a `Kind` for every node of every walk.
    let type: cmark_node_type
    var found: [MarkdownNode] = []

    init(kind: MarkdownNode.Kind) { type = kind.cmarkType }

    mutating func enter(_ node: MarkdownNode) -> Bool {
        if cmark_node_get_type(node.pointer) == type { found.append(node) }
        return true
    }
}

private struct KindCensus: MarkdownWalker {
    var kinds: UInt64 = 0

    mutating func enter(_ node: MarkdownNode) -> Bool {
        kinds |= MarkdownNode.bit(cmark_node_get_type(node.pointer))
        return true
    }
}

/// The text's bytes, gathered from the nodes' literals without a String for each.
private struct PlainTextCollector: MarkdownWalker {
    package var text: [UInt8] = []

    package mutating func enter(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .text, .code: node.appendLiteral(to: &text)
        case .softBreak, .lineBreak: text.append(UInt8(ascii: " "))
        default: break
        }
        return true
    }
}

/// `PlainTextCollector` with blocks apart and the marked nodes' ranges noted (see `searchText`).
private struct SearchTextCollector: MarkdownWalker {
    let marked: [MarkdownNode]
    var text: [UInt8] = []
    var ranges: [Range<Int>] = []
    var start = 0

    init(marked: [MarkdownNode]) { self.marked = marked }

    mutating func enter(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .text, .code: node.appendLiteral(to: &text)
        case .softBreak, .lineBreak: text.append(UInt8(ascii: " "))
        default: break
        }
        if ranges.count < marked.count, node == marked[ranges.count] { start = text.count }
        return true
    }

    mutating func exit(_ node: MarkdownNode) {
        if ranges.count < marked.count, node == marked[ranges.count] { ranges.append(start..<text.count) }
        switch node.kind {
        case .paragraph, .heading, .item, .blockQuote, .customBlock, .codeBlock:
            if let last = text.last, last != UInt8(ascii: " ") { text.append(UInt8(ascii: " ")) }
        default: break
        }
    }
}
