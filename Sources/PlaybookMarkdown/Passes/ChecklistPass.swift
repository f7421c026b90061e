import Foundation
import PlaybookCore

/// `- [ ] item` and `- [x] item` become checkboxes a rep can tick. Each item
/// gets an id made of the page and the item's text, so a tick saved in the
/// browser finds its box again after a rebuild; each list shows "N of M".
package struct ChecklistPass {
    package func run(_ context: MarkdownPassContext) -> [Checklist] {
        let document = context.document
        var checklists: [Checklist] = []
        for list in document.descendants(ofKind: .list) {
            var items: [Checklist.Item] = []
            for item in list.children where item.kind == .item {
                guard let paragraph = item.firstChild, paragraph.kind == .paragraph,
                    let checked = marker(of: paragraph, in: document)
                else { continue }
                let text = Self.text(after: paragraph)  // what the item reads once its marker is removed below
                let id = context.uniqueID(StableID.make("task-", context.contentPath + "\n" + text))
                let box = context.markup.checkbox(checked: checked)
                guard let label = document.makeCustomInline(onEnter: box.open.filled(["id": id]), onExit: box.close.filled(["id": id]))
                else {
                    continue
                }
                removeMarker(from: paragraph)
                for child in paragraph.children {
                    child.unlink()
                    label.append(child)
                }
                paragraph.append(label)
                items.append(.init(id: id, text: text, checked: checked, line: document.fileLine(item.startLine)))
            }
            guard let first = items.first else { continue }
            let id = context.uniqueID(StableID.make("checklist-", context.contentPath + "\nlist\n" + first.text))
            let checklist = Checklist(id: id, items: items, line: document.fileLine(list.startLine))
            let done = checklist.checkedCount
            let frame = context.markup.checklistFrame()
            let values: KeyValuePairs = ["id": id, "done": String(done), "total": String(items.count)]
            guard let wrapper = document.makeCustomBlock(onEnter: frame.open.filled(values), onExit: frame.close.filled(values)) else {
                continue
            }
            list.insertBefore(wrapper)
            list.unlink()
            wrapper.append(list)
            checklists.append(checklist)
        }
        return checklists
    }

    /// The item's text as it will read once its `[ ]` marker is gone: what its id is made of.
    private static func text(after paragraph: MarkdownNode) -> String {
        // By bytes: the marker is three ASCII characters followed by white space (see `marker`).
        let full = paragraph.plainText
        let rest = full.utf8.dropFirst(3).drop(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        return String(Substring(rest)).trimmingSpaces()
    }

    /// Whether the paragraph opens with `[ ]` (false) or `[x]` (true) and white space, as written in the source.
    private func marker(of paragraph: MarkdownNode, in document: MarkdownDocument) -> Bool? {
        // By bytes: every character of the marker is ASCII, so a multi-byte one fails as it would by characters.
        guard let text = paragraph.firstChild, text.kind == .text, let bytes = text.literalPrefix(4) else { return nil }
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "["), bytes[2] == UInt8(ascii: "]") else { return nil }
        guard bytes.count == 3 ? text.next?.kind == .softBreak : (bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "\t")) else {
            return nil
        }
        // `\[ ]` is text, not a box: the source must show the bracket itself.
        guard document.byte(line: paragraph.startLine, offset: paragraph.startColumn - 1) == 0x5B else { return nil }
        switch bytes[1] {
        case UInt8(ascii: " "): return false
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return true
        default: return nil
        }
    }

    private func removeMarker(from paragraph: MarkdownNode) {
        guard let text = paragraph.firstChild, let left = text.dropLiteralPrefix(3, thenSpaces: true) else { return }
        if left == 0 {
            text.remove()
            if let softBreak = paragraph.firstChild, softBreak.kind == .softBreak { softBreak.remove() }
        }
    }

    package init() {
    }
}
