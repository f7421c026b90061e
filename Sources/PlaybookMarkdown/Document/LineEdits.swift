/// Changes to a body's lines for reading it again as its author meant (a
/// MkDocs callout's indented body moved left, a marker line swapped for an
/// anchor, an anchor line added before a footnote), made so that every
/// position in the new body still names the file's own line and column: each
/// line remembers the original line it stands for and the columns taken off it.
package struct LineEdits {
    private struct Line {
        var bytes: [UInt8]
        /// The original body line, or the one an added line was put before.
        var original: Int
        var shift: Int
    }

    private var lines: [Line]
    private let lineOffset: Int
    /// Lines added so far before each line of the document it was made from (for `line(_:)`).
    private var added: [Int] = []

    package init(_ document: MarkdownDocument) {
        let texts = document.source.split(separator: "\n", omittingEmptySubsequences: false)
        lines = texts.enumerated().map { index, text in
            let number = index + 1
            let original = document.lineMap.isEmpty || number > document.lineMap.count ? number : document.lineMap[index]
            return Line(bytes: Array(text.utf8), original: original, shift: document.columnShifts[number] ?? 0)
        }
        if !document.lineMap.isEmpty {
            // Past the map (a body read again that ended with added lines): count on from its last line.
            for index in document.lineMap.count..<lines.count {
                lines[index].original = (document.lineMap.last ?? 0) + index + 1 - document.lineMap.count
            }
        }
        added = Array(repeating: 0, count: lines.count + 1)
        lineOffset = document.lineOffset
    }

    /// Where the document's line `line` is now, after the lines added before it.
    package func line(_ line: Int) -> Int {
        guard line >= 1 else { return line }
        return line + added[...min(line, added.count - 1)].reduce(0, +)
    }

    /// Replaces the document's `line` from 1-based `column` on with `text` (what stands before the column stays).
    package mutating func replace(line number: Int, from column: Int, with text: String) {
        let index = line(number) - 1
        guard index >= 0, index < lines.count else { return }
        lines[index].bytes = Array(lines[index].bytes.prefix(max(0, column - 1))) + Array(text.utf8)
    }

    /// Replaces `length` bytes of the document's `line` at `column` with `text`; what follows moves, and messages follow it.
    package mutating func replace(line number: Int, at column: Int, length: Int, with text: String) {
        let index = line(number) - 1
        guard index >= 0, index < lines.count, column >= 1, column - 1 + length <= lines[index].bytes.count else { return }
        lines[index].bytes.replaceSubrange((column - 1)..<(column - 1 + length), with: Array(text.utf8))
        lines[index].shift += length - text.utf8.count
    }

    /// Takes up to four columns of white space off the document's `line` from `column` on (a tab is all four).
    package mutating func unindent(line number: Int, from column: Int) {
        let index = line(number) - 1
        guard index >= 0, index < lines.count, column >= 1, column - 1 <= lines[index].bytes.count else { return }
        var end = column - 1
        var width = 0
        while end < lines[index].bytes.count, width < 4 {
            switch lines[index].bytes[end] {
            case UInt8(ascii: " "): width += 1
            case UInt8(ascii: "\t"): width = 4
            default: width = 5
            }
            guard width <= 4 else { break }
            end += 1
        }
        lines[index].bytes.removeSubrange((column - 1)..<end)
        lines[index].shift += end - (column - 1)
    }

    /// Adds a line `text` before the document's `line`, standing for that line in messages.
    package mutating func insert(_ text: String, before number: Int) {
        let index = line(number) - 1
        guard index >= 0, index <= lines.count else { return }
        let original = index < lines.count ? lines[index].original : (lines.last?.original ?? 0) + 1
        lines.insert(Line(bytes: Array(text.utf8), original: original, shift: 0), at: index)
        if number < added.count { added[number] += 1 }
    }

    /// The edited body, parsed; nil only if libcmark could not allocate it.
    package func reread() -> MarkdownDocument? {
        let text = String(decoding: Array(lines.map(\.bytes).joined(separator: [UInt8(ascii: "\n")])), as: UTF8.self)
        guard let document = MarkdownDocument(parsing: text, lineOffset: lineOffset) else { return nil }
        for (index, line) in lines.enumerated() where line.shift != 0 { document.columnShifts[index + 1] = line.shift }
        if lines.enumerated().contains(where: { $0.element.original != $0.offset + 1 }) { document.lineMap = lines.map(\.original) }
        return document
    }

    /// Columns of white space at the start of `line` after its first `offset` bytes (a tab reaches the next multiple of four).
    package static func indentation(of line: Substring, from offset: Int) -> Int {
        var width = 0
        for byte in line.utf8.dropFirst(offset) {
            if byte == UInt8(ascii: " ") {
                width += 1
            } else if byte == UInt8(ascii: "\t") {
                width += 4 - width % 4
            } else {
                break
            }
        }
        return width
    }
}
