/// A page's text cut in two: the YAML between the opening and closing `---`
/// lines, and the Markdown body after them.
struct SplitPage {
    var frontMatter: String?
    /// The file line where the YAML starts (the line after the opening `---`).
    var frontMatterFirstLine: Int
    var body: String
    /// Lines of the file before the body.
    var bodyLineOffset: Int

    /// Splits `text`; a file that opens front matter and never closes it is an error at line 1.
    static func split(_ text: String, path: String) -> Result<SplitPage, Diagnostic> {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        guard isFence(firstLine(of: text)) else {
            return .success(SplitPage(frontMatter: nil, frontMatterFirstLine: 1, body: String(text), bodyLineOffset: 0))
        }
        var lineNumber = 1
        var cursor = text.index(after: text.firstIndex(of: "\n") ?? text.endIndex, in: text)
        let yamlStart = cursor
        while cursor < text.endIndex {
            lineNumber += 1
            let lineEnd = text[cursor...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[cursor..<lineEnd]
            if isFence(line) || isEnd(line) {
                let yaml = String(text[yamlStart..<cursor])
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return .success(SplitPage(frontMatter: yaml, frontMatterFirstLine: 2, body: String(text[bodyStart...]),
                                          bodyLineOffset: lineNumber))
            }
            cursor = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return .failure(.error(SourceLocation(path: path, line: 1, column: 1),
                               "front matter opened with '---' is never closed: add a line '---' after it"))
    }

    private static func firstLine(of text: Substring) -> Substring {
        text[..<(text.firstIndex(of: "\n") ?? text.endIndex)]
    }

    private static func isFence(_ line: Substring) -> Bool { trimmed(line) == "---" }
    private static func isEnd(_ line: Substring) -> Bool { trimmed(line) == "..." }

    private static func trimmed(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return line
    }
}

extension Substring {
    fileprivate func index(after index: Index, in text: Substring) -> Index {
        index < text.endIndex ? text.index(after: index) : index
    }
}
