import Foundation
import PlaybookCore

/// GitHub's pipe tables: a paragraph whose lines hold a header row and a
/// delimiter row (`| --- | :-: |`) becomes a table, as the GFM spec says.
///
/// libcmark has no tables, so it parsed them as paragraphs; this pass reads
/// the paragraph's own source lines, and parses each cell's inline content.
package struct TablePass {
    /// Written as CSS, not the spec's `align` attribute, which HTML5 made obsolete.
    package enum Alignment: Equatable {
        case none, left, center, right

        package var attribute: String {
            switch self {
            case .none: ""
            case .left: " style=\"text-align: left\""
            case .center: " style=\"text-align: center\""
            case .right: " style=\"text-align: right\""
            }
        }
    }

    package func run(_ context: MarkdownPassContext) {
        let document = context.document
        for paragraph in document.descendants(ofKind: .paragraph) {
            // A table has two lines at least, and its delimiter row a `|`: most paragraphs are passed over here.
            let start = paragraph.startLine
            let end = paragraph.endLine
            guard start > 0, end > start, (start...end).contains(where: { document.line($0).utf8.contains(UInt8(ascii: "|")) }) else {
                continue
            }
            let lines = sourceLines(of: paragraph, in: document)  // one a line: two at least, as checked above
            guard
                let delimiterIndex = (1..<lines.count).first(where: { index in
                    guard let alignments = Self.delimiterRow(lines[index].text) else { return false }
                    return Self.cells(of: lines[index - 1].text).count == alignments.count
                })
            else { continue }
            buildTable(replacing: paragraph, lines: lines, delimiterIndex: delimiterIndex, context: context)
        }
    }

    package struct Line {
        package var text: Substring
        package var line: Int
        package var column: Int
    }

    /// The paragraph's lines as written, without the `>` and indentation of the blocks around it.
    private func sourceLines(of paragraph: MarkdownNode, in document: MarkdownDocument) -> [Line] {
        let start = paragraph.startLine
        let end = paragraph.endLine
        guard start > 0, end >= start else { return [] }
        var quoteDepth = 0
        var ancestor = paragraph.parent
        while let node = ancestor {
            if node.kind == .blockQuote { quoteDepth += 1 }
            ancestor = node.parent
        }
        var result: [Line] = []
        for number in start...end {
            let raw = document.line(number)
            var text: Substring
            if number == start {
                let offset = min(raw.utf8.count, max(0, paragraph.startColumn - 1))
                text = Substring(raw.utf8.dropFirst(offset))
            } else {
                text = raw
                for _ in 0..<quoteDepth {
                    let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
                    guard trimmed.first == ">" else { break }
                    text = trimmed.dropFirst()
                    if text.first == " " { text = text.dropFirst() }
                }
            }
            let leading = text.prefix(while: { $0 == " " || $0 == "\t" })
            let column = raw.utf8.count - text.utf8.count + leading.utf8.count + 1
            text = text.dropFirst(leading.count)
            result.append(Line(text: text, line: number, column: column))
        }
        return result
    }

    private func buildTable(replacing paragraph: MarkdownNode, lines: [Line], delimiterIndex: Int, context: MarkdownPassContext) {
        let document = context.document
        let alignments = Self.delimiterRow(lines[delimiterIndex].text) ?? []
        let headerIndex = delimiterIndex - 1
        var rows: [(cells: [Substring], line: Line)] = [(Self.cells(of: lines[headerIndex].text), lines[headerIndex])]
        for line in lines[(delimiterIndex + 1)...] {
            rows.append((Self.cells(of: line.text), line))
        }

        // Parse every cell in one go; the page's link definitions come along.
        let references = document.referenceDefinitions
        var texts: [String] = []
        let hasLead = headerIndex > 0
        if hasLead {
            texts.append(lines[0..<headerIndex].map { String($0.text) }.joined(separator: "\n"))
        }
        for row in rows {
            for index in 0..<alignments.count where index < row.cells.count {
                texts.append(Self.unescapePipes(row.cells[index]))
            }
        }
        var parsed = document.parseInlineLines(texts, references: references)[...]

        if hasLead, let holder = parsed.popFirst(), let lead = document.makeNode(.paragraph) {
            for child in holder.children {
                child.unlink()
                lead.append(child)
            }
            holder.free()
            paragraph.insertBefore(lead)
        }

        guard let table = document.makeCustomBlock(onEnter: "<table>", onExit: "</table>") else { return }
        for (rowIndex, row) in rows.enumerated() {
            let isHeader = rowIndex == 0
            if rowIndex <= 1,
                let group = document.makeCustomBlock(onEnter: isHeader ? "<thead>" : "<tbody>", onExit: isHeader ? "</thead>" : "</tbody>")
            {
                table.append(group)
            }
            guard let tr = document.makeCustomBlock(onEnter: "<tr>", onExit: "</tr>") else { continue }
            let tag = isHeader ? "th" : "td"
            for (index, alignment) in alignments.enumerated() {
                guard let cell = document.makeCustomBlock(onEnter: "", onExit: "") else { continue }
                if index < row.cells.count, let holder = parsed.popFirst() {
                    holder.setCustom(onEnter: "<\(tag)\(alignment.attribute)>", onExit: "</\(tag)>")
                    // Where the cell starts in the file: a link inside it is reported at its own column.
                    let offset = row.line.text.utf8.distance(from: row.line.text.startIndex, to: row.cells[index].startIndex)
                    document.positionOverrides[holder] = (row.line.line, row.line.column + offset)
                    cell.append(holder)
                } else if let empty = document.makeCustomInline(onEnter: "<\(tag)\(alignment.attribute)>", onExit: "</\(tag)>") {
                    cell.append(empty)
                }
                tr.append(cell)
            }
            table.lastChild?.append(tr)
        }
        paragraph.insertBefore(table)
        paragraph.remove()
    }

    /// The alignments of a delimiter row (`| :-- | --: |`), or nil if the line is not one.
    package static func delimiterRow(_ line: Substring) -> [Alignment]? {
        guard line.contains("|") else { return nil }
        var alignments: [Alignment] = []
        for cell in cells(of: line) {
            let text = cell
            guard !text.isEmpty else { return nil }
            let left = text.hasPrefix(":")
            let right = text.hasSuffix(":")
            let dashes = text.dropFirst(left ? 1 : 0).dropLast(right && text.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// A row's cells, trimmed, split on `|` but not on `\|`; outer pipes are optional.
    package static func cells(of line: Substring) -> [Substring] {
        var text = line.trimmingSpaces()
        if text.first == "|" { text = text.dropFirst() }
        if text.last == "|", !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if character == "|" {
                cells.append(text[start..<index].trimmingSpaces())
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        cells.append(text[start...].trimmingSpaces())
        return cells
    }

    /// `\|` is how a cell holds a pipe, even inside code: it becomes `|` before inline parsing.
    package static func unescapePipes(_ cell: Substring) -> String {
        cell.contains("\\|") ? cell.replacingOccurrences(of: "\\|", with: "|") : String(cell)
    }

    package init() {
    }
}

extension Substring {
    package func trimmingSpaces() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
