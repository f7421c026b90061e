import PlaybookCore

/// `~~text~~` (and `~text~`) becomes `<del>`, by the GFM spec's delimiter rules:
/// a run of one or two tildes opens when left-flanking, closes when
/// right-flanking, and matches a run of the same length; three or more never do.
///
/// Works on the text nodes libcmark made, within each run of siblings, so a
/// strike may hold emphasis and links but never crosses a paragraph.
package struct StrikethroughPass {
    package func run(_ context: MarkdownPassContext) {
        let document = context.document
        var containers = Containers()
        document.root.walk(&containers)
        for parent in containers.found {
            strike(in: parent, document: document)
        }
    }

    /// Nodes whose children are inlines and hold a `~` somewhere.
    private struct Containers: MarkdownWalker {
        package var found: [MarkdownNode] = []
        package var seen: Set<MarkdownNode> = []

        package mutating func enter(_ node: MarkdownNode) -> Bool {
            if node.kind == .text, node.literalContains(0x7E), let parent = node.parent,
                !seen.contains(parent)
            {
                seen.insert(parent)
                found.append(parent)
            }
            return node.kind != .codeBlock && node.kind != .code
        }
    }

    private struct Run {
        package var child: Int
        package var offset: Int  // in UTF-8 bytes
        package var length: Int
        package var canOpen: Bool
        package var canClose: Bool
    }

    private enum Piece {
        case node(MarkdownNode)
        case text(Substring)
        case open
        case close
    }

    private func strike(in parent: MarkdownNode, document: MarkdownDocument) {
        let children = parent.children
        var runs: [Run] = []
        for (index, child) in children.enumerated() where child.kind == .text {
            guard let literal = child.literal else { continue }
            let bytes = Array(literal.utf8)
            var i = 0
            while i < bytes.count {
                guard bytes[i] == 0x7E else {
                    i += 1
                    continue
                }
                var j = i
                while j < bytes.count, bytes[j] == 0x7E { j += 1 }
                let before = i > 0 ? Self.scalar(endingAt: i, in: bytes) : Self.neighbour(children, index - 1, last: true)
                let after = j < bytes.count ? Self.scalar(startingAt: j, in: bytes) : Self.neighbour(children, index + 1, last: false)
                let left = !after.isWhitespace && (!after.isPunctuation || before.isWhitespace || before.isPunctuation)
                let right = !before.isWhitespace && (!before.isPunctuation || after.isWhitespace || after.isPunctuation)
                if j - i <= 2 {
                    runs.append(Run(child: index, offset: i, length: j - i, canOpen: left, canClose: right))
                }
                i = j
            }
        }
        guard runs.count >= 2 else { return }

        // Match closers with the nearest opener of the same length.
        var openers: [Int] = []
        var pairs: [(open: Int, close: Int)] = []
        for (index, run) in runs.enumerated() {
            if run.canClose, let match = openers.lastIndex(where: { runs[$0].length == run.length }) {
                pairs.append((openers[match], index))
                openers.removeSubrange(match...)
                continue
            }
            if run.canOpen { openers.append(index) }
        }
        guard !pairs.isEmpty else { return }
        var role: [Int: Bool] = [:]  // run index → opens?
        for pair in pairs {
            role[pair.open] = true
            role[pair.close] = false
        }

        // Lay the children out as pieces, splitting texts at the matched runs.
        var pieces: [Piece] = []
        for (index, child) in children.enumerated() {
            let matched = runs.enumerated().filter { $0.element.child == index && role[$0.offset] != nil }
            guard !matched.isEmpty, let literal = child.literal else {
                pieces.append(.node(child))
                continue
            }
            let bytes = literal.utf8
            var position = 0
            for (runIndex, run) in matched {
                if run.offset > position {
                    pieces.append(.text(Self.slice(literal, bytes, position, run.offset)))
                }
                pieces.append(role[runIndex] == true ? .open : .close)
                position = run.offset + run.length
            }
            if position < bytes.count {
                pieces.append(.text(Self.slice(literal, bytes, position, bytes.count)))
            }
            child.unlink()
            child.free()
        }

        // Rebuild the children, nesting what lies between each pair in a <del>.
        for child in parent.children { child.unlink() }
        var stack: [MarkdownNode] = [parent]
        for piece in pieces {
            switch piece {
            case .node(let node): stack[stack.count - 1].append(node)
            case .text(let text):
                if let node = document.makeText(String(text)) { stack[stack.count - 1].append(node) }
            case .open:
                guard let del = document.makeCustomInline(onEnter: "<del>", onExit: "</del>") else { continue }
                stack[stack.count - 1].append(del)
                stack.append(del)
            case .close:
                if stack.count > 1 { stack.removeLast() }
            }
        }
    }

    private static func slice(_ literal: String, _ bytes: String.UTF8View, _ from: Int, _ to: Int) -> Substring {
        let start = bytes.index(bytes.startIndex, offsetBy: from)
        let end = bytes.index(bytes.startIndex, offsetBy: to)
        return literal[start..<end]
    }

    private static func scalar(endingAt end: Int, in bytes: [UInt8]) -> Unicode.Scalar {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first ?? " "
    }

    private static func scalar(startingAt start: Int, in bytes: [UInt8]) -> Unicode.Scalar {
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first ?? " "
    }

    /// The character next to a text node's edge: from a neighbouring text, a
    /// line break counts as white space, any other inline as a letter, none as white space.
    private static func neighbour(_ children: [MarkdownNode], _ index: Int, last: Bool) -> Unicode.Scalar {
        guard index >= 0, index < children.count else { return " " }
        let node = children[index]
        switch node.kind {
        case .text:
            guard let literal = node.literal, !literal.isEmpty else { return " " }
            return (last ? literal.unicodeScalars.last : literal.unicodeScalars.first) ?? " "
        case .softBreak, .lineBreak: return " "
        default: return "a"
        }
    }

    package init() {
    }
}

extension Unicode.Scalar {
    /// White space as CommonMark's flanking rules mean it.
    package var isWhitespace: Bool { properties.isWhitespace || self == "\u{A0}" }
    /// ASCII or Unicode punctuation, as CommonMark's flanking rules mean it.
    package var isPunctuation: Bool {
        if isASCII {
            return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
                || (0x7B...0x7E).contains(value)
        }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }
}
