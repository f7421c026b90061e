import Foundation
import PlaybookCore

/// Raw HTML (blocks and inline tags) as the site's `markdown.raw_html` says:
/// `safe` (the default) keeps GitHub's allow-list of elements and attributes
/// (`HTMLSanitizer`), `false` drops all of it, `true` keeps it as written. In
/// `safe` and `true` the URLs it links to are resolved and checked like
/// Markdown links (returned for the resolve stage). What is dropped is one
/// warning a page, at its first place; HTML comments go quietly.
package struct RawHTMLPass {
    package func run(_ context: MarkdownPassContext) -> [LinkReference] {
        var nodes = context.document.root.descendants(ofKind: .htmlBlock)
        nodes += context.document.root.descendants(ofKind: .htmlInline)
        guard !nodes.isEmpty else { return [] }
        nodes.sort { ($0.startLine, $0.startColumn) < ($1.startLine, $1.startColumn) }
        switch context.options.rawHTML {
        case .drop:
            dropAll(nodes, context)
            return []
        case .safe: return clean(nodes, HTMLSanitizer(mode: .safe), context)
        case .keep: return context.hasPlaceInSite ? clean(nodes, HTMLSanitizer(mode: .keep), context) : []
        }
    }

    private func clean(_ nodes: [MarkdownNode], _ sanitizer: HTMLSanitizer, _ context: MarkdownPassContext) -> [LinkReference] {
        var references: [LinkReference] = []
        var dropped: [String] = []
        var first: SourceLocation?
        let anchors = context.usedIDs.union(context.footnoteIDs)
        for node in nodes {
            guard let literal = node.literal else { continue }
            let start = context.location(of: node)
            let before = dropped.count
            let cleaned = sanitizer.clean(literal, dropped: &dropped) { url, offset, image in
                let location = Self.location(of: offset, in: literal, from: start)
                switch LinkPass.resolve(url, image: image, at: location, context, anchors: anchors) {
                case .asWritten: return url
                case .dropped: return nil
                case .rewritten(let rewritten, let reference):
                    if let reference { references.append(reference) }
                    return rewritten
                }
            }
            if dropped.count > before, first == nil { first = start }
            if cleaned.allSatisfy(\.isWhitespace) {
                let parent = node.parent
                node.remove()
                if let parent, parent.kind == .paragraph, parent.firstChild == nil { parent.remove() }
            } else if cleaned != literal {
                node.literal = cleaned
            }
        }
        if let first {
            let named = dropped.prefix(4).joined(separator: ", ")
            let more = dropped.count > 4 ? " and \(dropped.count - 4) more" : ""
            context.report(
                .warning(
                    first,
                    "raw HTML kept only where safe: dropped \(named)\(more) on this page "
                        + "(set `markdown: {raw_html: true}` in playbook.yaml to keep it as written)"))
        }
        return references
    }

    /// The file position `offset` bytes into a node's HTML that starts at `start`.
    private static func location(of offset: Int, in html: String, from start: SourceLocation) -> SourceLocation {
        let before = html.utf8.prefix(offset)
        let lines = before.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        var location = start
        if lines == 0 {
            location.column += offset
        } else {
            location.line += lines
            location.column =
                before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { before.distance(from: before.startIndex, to: $0) } ?? 0)
        }
        return location
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
