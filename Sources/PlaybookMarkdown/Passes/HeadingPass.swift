import Foundation
import PlaybookCore

/// Gives every heading an id a link can point at (`#the-commitment-objective`,
/// `#承诺目标`), numbering repeats, and returns the outline for the table of contents.
/// A heading ending in an attribute list (`## Pricing {#price .wide}`, as Hugo,
/// kramdown, MkDocs and Pandoc write it) takes that id and those classes, and
/// the list is not shown; any other attribute is dropped with a warning.
/// A page that names no title takes it from a level-1 heading opening its
/// body, which then leaves the body (the layout shows the title).
package struct HeadingPass {
    package func run(_ context: MarkdownPassContext) -> [Heading] {
        let document = context.document
        var headings: [Heading] = []
        for heading in document.descendants(ofKind: .heading) {
            let attributes = takeAttributes(heading, context)
            let text = heading.plainText.trimmingSpaces()
            var id = context.uniqueID(attributes?.id ?? Slug.make(text))
            if let wanted = attributes?.id, id != wanted {
                context.report(
                    .warning(context.location(of: heading), "the id '#\(wanted)' is used twice on this page; this heading gets '#\(id)'"))
            }
            if id.isEmpty { id = context.uniqueID("section") }
            let level = heading.headingLevel
            if context.liftsTitle, level == 1, heading == document.root.firstChild {
                // The layout shows it as the page's title, above the table of contents.
                context.title = Heading(level: level, text: text, id: id, line: document.fileLine(heading.startLine))
                heading.remove()
                continue
            }
            headings.append(Heading(level: level, text: text, id: id, line: document.fileLine(heading.startLine)))
            let classes = attributes.map { $0.classes.isEmpty ? "" : " class=\"\($0.classes.joined(separator: " ").htmlEscaped)\"" } ?? ""
            // libcmark writes <hN> without attributes: a custom inline carries the id.
            guard let block = document.makeCustomBlock(onEnter: "", onExit: ""),
                let tag = document.makeCustomInline(onEnter: "<h\(level) id=\"\(id.htmlEscaped)\"\(classes)>", onExit: "</h\(level)>")
            else { continue }
            for child in heading.children {
                child.unlink()
                tag.append(child)
            }
            block.append(tag)
            context.headingNodes.append(tag)
            heading.insertBefore(block)
            heading.remove()
        }
        return headings
    }

    /// The attribute list ending the heading's last text, taken out of it.
    private func takeAttributes(_ heading: MarkdownNode, _ context: MarkdownPassContext) -> AttributeList? {
        // Most headings have no `}` at all: asked of libcmark's bytes before a String is made of the text.
        guard let last = heading.lastChild, last.kind == .text, last.literalContains(UInt8(ascii: "}")), let literal = last.literal,
            let (text, attributes) = AttributeList.trailing(literal)
        else { return nil }
        if text.isEmpty { last.remove() } else { last.literal = text }
        if !attributes.others.isEmpty {
            let names = attributes.others.map { "'\($0)'" }.joined(separator: ", ")
            context.report(
                .warning(context.location(of: heading), "heading attribute \(names) dropped: a heading keeps only {#id .class}"))
        }
        return attributes
    }

    package init() {
    }
}
