import Testing
@testable import PlaybookKit

@Suite struct MarkdownDocumentTests {
    @Test func linesAreFoundByNumberWithoutTheirEndings() throws {
        let document = try #require(MarkdownDocument(parsing: "# 标题\r\n| a | b |\n\n- [ ] 承诺目标\nlast"))
        #expect(document.line(1) == "# 标题")
        #expect(document.line(2) == "| a | b |")
        #expect(document.line(3) == "")
        #expect(document.line(4) == "- [ ] 承诺目标")
        #expect(document.line(5) == "last")
        #expect(document.line(0) == "" && document.line(6) == "")
        let trailing = try #require(MarkdownDocument(parsing: "one\n"))
        #expect(trailing.line(1) == "one" && trailing.line(2) == "" && trailing.line(3) == "")
    }

    @Test func referenceDefinitionsAreGatheredFromTheLines() throws {
        let document = try #require(MarkdownDocument(parsing: "Text [a][x].\n\n   [x]: https://example.com \"T\"\n    [y]: code, not a definition\n"))
        #expect(document.referenceDefinitions == "   [x]: https://example.com \"T\"\n")
    }
}
