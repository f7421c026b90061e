import Foundation
import PlaybookCore

/// A blockquote that opens with `[!NOTE]`, `[!TIP]` or `[!WARNING]` (and
/// GitHub's `[!IMPORTANT]`, `[!CAUTION]`) becomes a callout box. Text after the
/// marker on its line replaces the default title, which is the theme's
/// `partials/callout` to name by kind (from the catalogue, so this stage
/// needs none).
package struct CalloutPass {
    package static let kinds: Set<String> = ["NOTE", "TIP", "WARNING", "IMPORTANT", "CAUTION"]

    package func run(_ context: MarkdownPassContext) {
        let document = context.document
        for quote in document.descendants(ofKind: .blockQuote) {
            guard let paragraph = quote.firstChild, paragraph.kind == .paragraph,
                let text = paragraph.firstChild, text.kind == .text, let literal = text.literal,
                literal.hasPrefix("[!"), let close = literal.firstIndex(of: "]")
            else { continue }
            let line = document.line(paragraph.startLine)
            let offset = paragraph.startColumn - 1
            guard offset >= 0, line.utf8.dropFirst(offset).starts(with: "[!".utf8) else { continue }
            let name = literal[literal.index(literal.startIndex, offsetBy: 2)..<close].uppercased()
            guard Self.kinds.contains(name) else {
                if !name.isEmpty, name.allSatisfy({ $0.isLetter }) {
                    context.report(
                        .warning(
                            context.location(of: paragraph),
                            "unknown callout [!\(name)]: use one of \(Self.kinds.sorted().map { "[!\($0)]" }.joined(separator: ", "))")
                    )
                }
                continue
            }
            // The title is the rest of the marker's line: text, emphasis, code… up to the line break.
            var title = String(literal[literal.index(after: close)...])
            text.remove()
            while let node = paragraph.firstChild, node.kind != .softBreak, node.kind != .lineBreak {
                title += node.plainText
                node.remove()
            }
            paragraph.firstChild?.remove()  // the line break after the marker line
            if paragraph.firstChild == nil { paragraph.remove() }
            title = title.trimmingSpaces()
            let kind = name.lowercased()
            let wrap = context.markup.callout(kind, titled: !title.isEmpty)
            guard
                let box = document.makeCustomBlock(onEnter: wrap.open.filled(["title": title.htmlEscaped]), onExit: wrap.close.filled([:]))
            else {
                continue
            }
            quote.replace(with: box)
        }
    }

    package init() {
    }
}
