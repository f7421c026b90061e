import PlaybookCore

/// A page's text cut in two: the YAML between the opening and closing `---`
/// lines (or Hugo's TOML between `+++` lines), and the Markdown body after them.
package struct SplitPage {
    package var frontMatter: String?
    /// The front matter is TOML (`+++`), to be read as `TOMLFrontMatter` converts it.
    package var isTOML = false
    /// The file line where the YAML starts (the line after the opening `---`).
    package var frontMatterFirstLine: Int
    package var body: String
    /// Lines of the file before the body.
    package var bodyLineOffset: Int

    /// Splits `text`; a file that opens front matter and never closes it is an error at line 1.
    package static func split(_ text: String, path: String) -> Result<SplitPage, Diagnostic> {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let opening = trimmed(firstLine(of: text))
        let isTOML = opening == "+++"
        guard opening == "---" || isTOML else {
            return .success(SplitPage(frontMatter: nil, frontMatterFirstLine: 1, body: String(text), bodyLineOffset: 0))
        }
        var lineNumber = 1
        var cursor = text.index(after: text.utf8.firstIndex(of: newline) ?? text.endIndex, in: text)
        let yamlStart = cursor
        while cursor < text.endIndex {
            lineNumber += 1
            let lineEnd = text[cursor...].utf8.firstIndex(of: newline) ?? text.endIndex
            let line = text[cursor..<lineEnd]
            if isTOML ? trimmed(line) == "+++" : isFence(line) || isEnd(line) {
                let yaml = String(text[yamlStart..<cursor])
                let bodyStart = text.index(after: lineEnd, in: text)
                var split = SplitPage(
                    frontMatter: yaml, frontMatterFirstLine: 2, body: String(text[bodyStart...]), bodyLineOffset: lineNumber)
                split.isTOML = isTOML
                return .success(split)
            }
            cursor = text.index(after: lineEnd, in: text)
        }
        let fence = isTOML ? "+++" : "---"
        return .failure(
            .error(
                SourceLocation(path: path, line: 1, column: 1),
                "front matter opened with '\(fence)' is never closed: add a line '\(fence)' after it"))
    }

    private static func firstLine(of text: Substring) -> Substring {
        text[..<(text.utf8.firstIndex(of: newline) ?? text.endIndex)]
    }

    /// Lines are found by their `\n` byte: `text()` has made every line end one.
    private static let newline = UInt8(ascii: "\n")

    private static func isFence(_ line: Substring) -> Bool { trimmed(line) == "---" }
    private static func isEnd(_ line: Substring) -> Bool { trimmed(line) == "..." }

    private static func trimmed(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return line
    }

    package init(frontMatter: String? = nil, frontMatterFirstLine: Int, body: String, bodyLineOffset: Int) {
        self.frontMatter = frontMatter
        self.frontMatterFirstLine = frontMatterFirstLine
        self.body = body
        self.bodyLineOffset = bodyLineOffset
    }
}

extension Substring {
    /// The index after a `\n` (one byte), or `index` itself at the end.
    fileprivate func index(after index: Index, in text: Substring) -> Index {
        index < text.endIndex ? text.utf8.index(after: index) : index
    }
}
