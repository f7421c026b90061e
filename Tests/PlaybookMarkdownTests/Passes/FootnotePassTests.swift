import Foundation
import PlaybookCore
import PlaybookMarkdown
import PlaybookTestSupport
import Testing

/// Footnotes as GitHub renders them: the same input through Playbook and through
/// cmark-gfm (Debian's `cmark-gfm`, which `scripts/test` installs) gives the same HTML.
@Suite struct FootnotePassTests {
    static let cases = [
        "Here is a note[^1] and another[^big] and again[^1].\n\n[^1]: The first.\n[^big]: A longer one\n    with a second line.\n\n"
            + "    And a paragraph.\n\nMore text.\n",
        "A[^n] with *emph*.\n\n[^n]: Note with [a link](https://example.com) and `code`[^m].\n\n[^m]: Nested.\n",
        "Tight[^1].\n[^1]: a definition interrupts the paragraph\n",
        "One[^x].\n\n[^x]:\n    Indented only body.\n\n    Second.\n",
        "Dup[^d].\n\n[^d]: first\n\n[^d]: second\n",
        "Lazy[^l].\n\n[^l]: first line\nlazy line\n\nAfter.\n",
        "Case[^A] and Chinese[^注].\n\n[^a]: lower case definition\n[^注]: 中文脚注\n",
        "```\n[^1]: in code\n```\nText[^1] and [^missing] and [^unused-def].\n\n    [^1]: indented code\n\n[^1]: The real one.\n",
        "- item[^i]\n- item\n\n> quoted[^q]\n\n[^i]: On an item.\n[^q]: On a quote, with a list:\n\n    - a\n    - b\n",
    ]

    private func ours(_ markdown: String) -> RenderedMarkdown {
        MarkdownRenderer(markup: Fixtures.themeMarkup).render(markdown, sourcePath: "content/p.md", contentPath: nil, lineOffset: 1)
    }

    private func cmarkGFM(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark-gfm")
        process.arguments = ["--extension", "footnotes"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: cases) func rendersAsCmarkGFMDoes(_ markdown: String) throws {
        let expected = try cmarkGFM(markdown)
        #expect(expected.contains("footnote"), "cmark-gfm made no footnotes: is it installed?")
        #expect(ours(markdown).html == expected)
    }

    @Test func missingUnusedAndTwiceDefinedNotesAreWarningsAtTheirPlace() {
        let rendered = ours("Text[^1] and [^gone].\n\n[^1]: One.\n\n[^1]: Again.\n\n[^spare]: Never used.\n")
        #expect(
            rendered.diagnostics.sorted().map(\.description) == [
                "content/p.md:2:14: warning: no footnote [^gone] on this page: write its text on a line '[^gone]: …'",
                "content/p.md:6:1: warning: footnote [^1] is defined twice on this page: the first is used",
                "content/p.md:8:1: warning: footnote [^spare] is never referenced: it is not shown",
            ])
        #expect(rendered.footnoteIDs == ["fn-1", "fnref-1"])
    }

    /// Positions after a definition's line stay the file's own, though an anchor line was added before it.
    @Test func positionsAfterADefinitionAreTheFilesOwn() {
        let rendered = MarkdownRenderer(markup: Fixtures.themeMarkup).render(
            "A[^1].\n\n[^1]: See [gone](#nowhere).\n\n[bad](#also-nowhere)\n", sourcePath: "content/p.md", contentPath: "p.md",
            lineOffset: 1)
        #expect(
            rendered.diagnostics.map(\.description) == [
                "content/p.md:4:11: warning: no heading with id '#nowhere' on this page",
                "content/p.md:6:1: warning: no heading with id '#also-nowhere' on this page",
            ])
    }

    @Test func aPageWithoutDefinitionsIsReadOnce() {
        var pass = FootnotePass()
        #expect(pass.reread(MarkdownDocument(parsing: "Text[^1] and 2^10.\n")!) == nil)
    }
}
