import Foundation
import PlaybookCore
import PlaybookMarkdown

/// The navigation docsify's `_sidebar.md` and GitBook's `SUMMARY.md` are
/// written in: nested lists whose items are links (`- [Title](path.md)`) or
/// plain text heading the entries under them, and headings (`## Part`) that
/// start a part. Read from the cmark tree, so code, emphasis and escapes in a
/// title read as they render.
package enum LinkListNavigation {
    /// The entries of `text`, a file at `relative` in the source; headings at `partLevel` or deeper start a section.
    /// `base` is the navigation file's folder inside the content folder, which its links are relative to.
    package static func read(
        _ text: String, relative: String, files: SourceFiles, base: String = "", partLevel: Int = 2
    )
        -> (entries: [NavEntry], notes: [Diagnostic])
    {
        guard let document = MarkdownDocument(parsing: text) else { return ([], []) }
        var entries: [NavEntry] = []
        var notes: [Diagnostic] = []
        var part: NavEntry?
        func place(_ node: MarkdownNode) -> SourceLocation {
            files.place(relative, line: node.startLine, column: node.startColumn)
        }
        func add(_ list: [NavEntry]) {
            if part != nil { part!.children += list } else { entries += list }
        }
        for block in document.root.children {
            switch block.kind {
            case .heading where block.headingLevel >= partLevel:
                if let finished = part { entries.append(finished) }
                part = NavEntry(title: block.plainText.trimmingCharacters(in: .whitespaces), target: nil, location: place(block))
            case .heading:
                continue  // `# Summary`, `# Table of contents`
            case .list:
                add(items(block, base: base, place: place, notes: &notes))
            case .thematicBreak:
                if let finished = part { entries.append(finished) }
                part = nil
            default:
                notes.append(.warning(place(block), "only lists of links and headings are read here: this block is not carried over"))
            }
        }
        if let finished = part { entries.append(finished) }
        return (entries, notes)
    }

    private static func items(
        _ list: MarkdownNode, base: String, place: (MarkdownNode) -> SourceLocation, notes: inout [Diagnostic]
    ) -> [NavEntry] {
        var entries: [NavEntry] = []
        for item in list.children where item.kind == .item {
            var entry = NavEntry(title: nil, target: nil, location: place(item))
            for block in item.children {
                if block.kind == .list {
                    entry.children += items(block, base: base, place: place, notes: &notes)
                } else if entry.title == nil, block.kind == .paragraph || block.kind == .heading {
                    if let link = block.descendants(ofKind: .link).first, let url = link.url {
                        entry.title = link.plainText.trimmingCharacters(in: .whitespaces)
                        entry.isExternal = NavEntry.isExternal(url)
                        entry.target = entry.isExternal || url.hasPrefix("/") || base.isEmpty ? url : base + "/" + url
                    } else {
                        entry.title = block.plainText.trimmingCharacters(in: .whitespaces)
                    }
                }
            }
            entries.append(entry)
        }
        return entries
    }
}
