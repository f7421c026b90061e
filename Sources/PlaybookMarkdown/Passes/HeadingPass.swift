import Foundation
import PlaybookCore

/// Gives every heading an id a link can point at (`#the-commitment-objective`,
/// `#承诺目标`), numbering repeats, and returns the outline for the table of contents.
package struct HeadingPass {
    package func run(_ context: MarkdownPassContext) -> [Heading] {
        let document = context.document
        var headings: [Heading] = []
        for heading in document.root.descendants(ofKind: .heading) {
            let text = heading.plainText.trimmingSpaces()
            let id = context.uniqueID(Slug.make(text))
            let level = heading.headingLevel
            headings.append(Heading(level: level, text: text, id: id, line: document.fileLine(heading.startLine)))
            // libcmark writes <hN> without attributes: a custom inline carries the id.
            guard let block = document.makeCustomBlock(onEnter: "", onExit: ""),
                let tag = document.makeCustomInline(onEnter: "<h\(level) id=\"\(id.htmlEscaped)\">", onExit: "</h\(level)>")
            else { continue }
            for child in heading.children {
                child.unlink()
                tag.append(child)
            }
            block.append(tag)
            heading.insertBefore(block)
            heading.remove()
        }
        return headings
    }

    package init() {
    }
}
