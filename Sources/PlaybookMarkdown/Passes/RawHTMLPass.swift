import Foundation
import PlaybookCore

/// Raw HTML (blocks and inline tags) as the site's `markdown.raw_html` says:
/// `safe` (the default) keeps GitHub's allow-list of elements and attributes
/// (`HTMLSanitizer`), each element closed in the Markdown container it was
/// opened in; `false` drops all of it; `true` keeps it as written. In `safe`
/// and `true` the URLs it links to are resolved and checked like Markdown
/// links (returned for the resolve stage), and the ids it gives elements are
/// anchors links may name (`context.htmlIDs`). What is dropped is one warning
/// a page, at its first place; HTML comments go quietly.
package struct RawHTMLPass {
    package func run(_ context: MarkdownPassContext) -> [LinkReference] {
        var collector = RawHTMLCollector()
        context.document.root.walk(&collector)
        guard !collector.found.isEmpty else { return [] }
        switch context.options.rawHTML {
        case .drop:
            dropAll(collector.found, context)
            return []
        case .safe: return sanitize(collector.found, context)
        case .keep: return context.hasPlaceInSite ? rewriteURLs(collector.found, context) : []
        }
    }

    /// One raw HTML node, read.
    private struct Read {
        let node: MarkdownNode
        let literal: String
        let tokens: [HTMLTokenizer.Token]
        let lines: LiteralLines
    }

    /// Each node tokenized, and the ids its HTML gives elements noted in the context before any URL is resolved.
    private func read(_ nodes: [MarkdownNode], _ context: MarkdownPassContext, allIDs: Bool) -> [Read] {
        let read = nodes.map { node in
            let literal = node.literal ?? ""
            return Read(node: node, literal: literal, tokens: HTMLTokenizer.tokens(literal), lines: LiteralLines(literal))
        }
        for item in read { context.htmlIDs.formUnion(HTMLSanitizer.ids(in: item.tokens, all: allIDs)) }
        return read
    }

    /// `url` resolved as a Markdown link's is, what the resolve stage checks added to `references`; nil: refused.
    private static func resolve(
        _ url: String, image: Bool, at location: SourceLocation, _ context: MarkdownPassContext, anchors: Set<String>,
        into references: inout [LinkReference]
    ) -> String? {
        switch LinkPass.resolve(url, image: image, at: location, context, anchors: anchors) {
        case .asWritten: return url
        case .dropped: return nil
        case .rewritten(let rewritten, let reference):
            references.append(reference)
            return rewritten
        }
    }

    private func sanitize(_ nodes: [MarkdownNode], _ context: MarkdownPassContext) -> [LinkReference] {
        let parsed = read(nodes, context, allIDs: false)
        let anchors = context.usedIDs.union(context.footnoteIDs).union(context.htmlIDs)
        var references: [LinkReference] = []
        var scopes: [MarkdownNode: HTMLSanitizer.Scope] = [:]
        var containers: [MarkdownNode] = []  // in the order first met, to close what is left open
        var dropped: [(what: String, location: SourceLocation)] = []
        // The nearest container above a node that has a scope, remembered for every node passed on the way,
        // so a list nested thousands deep is walked up once, not once for each tag in it.
        var above: [MarkdownNode: MarkdownNode?] = [:]
        func scopedAbove(_ node: MarkdownNode) -> MarkdownNode? {
            var passed = [node]
            var current = node.parent
            var found: MarkdownNode?
            while let candidate = current {
                if scopes[candidate] != nil {
                    found = candidate
                    break
                }
                if let known = above[candidate] {
                    found = known
                    break
                }
                passed.append(candidate)
                current = candidate.parent
            }
            for node in passed { above[node] = found }
            return found
        }
        for item in parsed {
            let node = item.node
            guard let container = node.parent else { continue }
            if scopes[container] == nil {
                scopes[container] = HTMLSanitizer.Scope(isInline: node.kind == .htmlInline)
                containers.append(container)
            }
            // This container's scope first, then those of the containers around it that have elements open.
            var chain = [container]
            var outer = scopedAbove(container)
            while let candidate = outer {
                if scopes[candidate]?.open.isEmpty == false { chain.append(candidate) }
                outer = scopedAbove(candidate)
            }
            // Taken out of the dictionary while they change, so a deep stack of open elements is not copied for each tag.
            var chainScopes = chain.map { scopes.removeValue(forKey: $0) ?? HTMLSanitizer.Scope(isInline: false) }
            let (html, lost) = HTMLSanitizer.sanitize(item.tokens, scopes: &chainScopes) { url, image, offset in
                Self.resolve(
                    url, image: image, at: Self.location(of: item, at: offset, context), context, anchors: anchors, into: &references)
            }
            for (container, scope) in zip(chain, chainScopes) { scopes[container] = scope }
            dropped += lost.map { ($0.what, Self.location(of: item, at: $0.offset, context)) }
            if chainScopes[0].skipping != nil {
                if node.kind == .htmlInline {
                    Self.dropTextAfter(node)  // an inline `<script>`'s text, up to `</script>`
                } else {
                    scopes[container]?.skipping = nil  // a block's unclosed `<svg>` ends with it: the Markdown after it shows
                }
            }
            // Written as the theme's own markup is, so nothing raw is left for libcmark to pass through.
            if html.contains(where: { !$0.isWhitespace }) || (node.kind == .htmlInline && !html.isEmpty),
                let replacement = node.kind == .htmlBlock
                    ? context.document.makeCustomBlock(onEnter: html, onExit: "")
                    : context.document.makeCustomInline(onEnter: html, onExit: "")
            {
                node.replace(with: replacement)
            } else {
                node.remove()
            }
        }
        for container in containers {
            guard let scope = scopes[container], !scope.open.isEmpty else { continue }
            let closing =
                scope.isInline
                ? context.document.makeCustomInline(onEnter: scope.closing, onExit: "")
                : context.document.makeCustomBlock(onEnter: scope.closing, onExit: "")
            if let closing { container.append(closing) }
        }
        for container in containers where container.kind == .paragraph && container.firstChild == nil { container.remove() }
        if let first = dropped.first {
            var names: [String] = []  // each once, in the order met: thousands of names of their own stay linear
            var seen: Set<String> = []
            for item in dropped where seen.insert(item.what).inserted { names.append(item.what) }
            let named = names.prefix(4).joined(separator: ", ")
            let more = names.count > 4 ? " and \(names.count - 4) more" : ""
            context.report(
                .warning(
                    first.location,
                    "raw HTML kept only where safe: dropped \(named)\(more) on this page "
                        + "(set `markdown: {raw_html: true}` in playbook.yaml to keep it as written)"))
        }
        return references
    }

    /// `raw_html: true`: the HTML stays as written but for the URLs in it (`HTMLSanitizer.rewritingURLs`).
    private func rewriteURLs(_ nodes: [MarkdownNode], _ context: MarkdownPassContext) -> [LinkReference] {
        let parsed = read(nodes, context, allIDs: true)
        let anchors = context.usedIDs.union(context.footnoteIDs).union(context.htmlIDs)
        var references: [LinkReference] = []
        for item in parsed {
            let rewritten = HTMLSanitizer.rewritingURLs(item.literal, tokens: item.tokens) { url, image, offset in
                Self.resolve(
                    url, image: image, at: Self.location(of: item, at: offset, context), context, anchors: anchors, into: &references)
            }
            if rewritten != item.literal { item.node.literal = rewritten }
        }
        return references
    }

    /// The file position of the byte at `offset` in a raw HTML node's literal. A block's lines, and an
    /// inline tag's later ones, are found in the file's line (after what containers put before them:
    /// `> `, list indentation; a block's literal keeps its own indentation, its node's column does not).
    private static func location(of item: Read, at offset: Int, _ context: MarkdownPassContext) -> SourceLocation {
        let node = item.node
        let lines = item.lines
        var location = context.location(of: node)
        let (line, lineStart) = lines.line(containing: offset)
        guard line > 0 || node.kind == .htmlBlock else {
            location.column += offset  // inline HTML starts at its node's column
            return location
        }
        location.line += line
        let start = lines.column(ofLine: line) {
            let lineText = lines.text(ofLine: line)
            let sourceText = context.document.line(node.startLine + line)
            let source = sourceText.utf8
            if node.kind == .htmlBlock, source.count >= lineText.utf8.count, source.suffix(lineText.utf8.count).elementsEqual(lineText.utf8)
            {
                return source.count - lineText.utf8.count + 1
            }
            guard let found = sourceText.range(of: lineText) else { return 1 }
            return sourceText.utf8.distance(from: sourceText.startIndex, to: found.lowerBound) + 1
        }
        location.column = start + offset - lineStart
        return location
    }

    /// Removes the Markdown text after `node` up to the next raw HTML: the content of a dropped inline
    /// element such as `<script>`. Nodes holding raw HTML of their own are left (the pass still has them).
    private static func dropTextAfter(_ node: MarkdownNode) {
        while let next = node.next, next.descendants(ofKind: .htmlInline).isEmpty {
            next.remove()
        }
    }

    private func dropAll(_ nodes: [MarkdownNode], _ context: MarkdownPassContext) {
        var dropped = 0
        var first: SourceLocation?
        for node in nodes {
            let literal = node.literal ?? ""
            let isComment = literal.drop(while: { $0 == " " }).hasPrefix("<!--") || literal.hasPrefix("-->")
            if !isComment {
                dropped += 1
                if first == nil { first = context.location(of: node) }
            }
            let parent = node.parent
            node.remove()
            if let parent, parent.kind == .paragraph, parent.firstChild == nil { parent.remove() }
        }
        if let first {
            let more = dropped > 1 ? " (and \(dropped - 1) more on this page)" : ""
            context.report(
                .warning(first, "raw HTML dropped\(more): set `markdown: {raw_html: safe}` or `true` in playbook.yaml to keep it"))
        }
    }

    package init() {
    }
}

/// Every raw HTML node, block or inline, in the order of the page.
private struct RawHTMLCollector: MarkdownWalker {
    var found: [MarkdownNode] = []

    mutating func enter(_ node: MarkdownNode) -> Bool {
        if node.kind == .htmlBlock || node.kind == .htmlInline { found.append(node) }
        return true
    }
}

/// Where each line of a raw HTML node's literal starts, and the file column it starts at, each found
/// once: the place of every tag and attribute in a long block is then a search, not a count.
private final class LiteralLines {
    let bytes: [UInt8]
    let starts: [Int]
    private var columns: [Int: Int] = [:]

    init(_ literal: String) {
        bytes = Array(literal.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        self.starts = starts
    }

    /// The 0-based line holding byte `offset`, and where that line starts.
    func line(containing offset: Int) -> (line: Int, start: Int) {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low, starts[low])
    }

    /// The file column of the line's first byte: `find`'s answer, remembered.
    func column(ofLine line: Int, find: () -> Int) -> Int {
        if let known = columns[line] { return known }
        let column = find()
        columns[line] = column
        return column
    }

    func text(ofLine line: Int) -> String {
        let end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
        return String(decoding: bytes[starts[line]..<max(starts[line], end)], as: UTF8.self)
    }
}
