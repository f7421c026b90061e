import Foundation
import PlaybookCore

/// Drops raw HTML (blocks and inline tags) unless the site allows it, so
/// content can't run scripts or break the layout. HTML comments go quietly;
/// anything else dropped is a warning at its first place on the page.
package struct RawHTMLPass {
    package func run(_ context: MarkdownPassContext) {
        guard !context.options.allowRawHTML else { return }
        var nodes = context.document.root.descendants(ofKind: .htmlBlock)
        nodes += context.document.root.descendants(ofKind: .htmlInline)
        nodes.sort { ($0.startLine, $0.startColumn) < ($1.startLine, $1.startColumn) }
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
            context.report(.warning(first, "raw HTML dropped\(more): set `markdown: {raw_html: true}` in playbook.yaml to keep it"))
        }
    }

    package init() {
    }
}
