import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

@Suite struct TablePassTests {
    /// A problem with a link in a table is at the link's own line and column, as anywhere else.
    @Test func linksInCellsAreLocatedAtTheirOwnColumn() {
        let (_, context) = runPasses(
            "| Step | Where |\n| --- | --- |\n| One | [a](#gone) and [b](#lost) |\n| Two | see [c](#nope) |\n", lineOffset: 2
        ) {
            TablePass().run($0)
            _ = LinkPass().run($0, anchors: [])
        }
        #expect(
            context.diagnostics.map { "\($0.location.line):\($0.location.column)" } == ["5:9", "5:24", "6:13"],
            "\(context.diagnostics.lines)")
    }

    @Test func headerDelimiterAndRowsBecomeATable() {
        let (html, _) = runPasses("| a | b |\n| :- | -: |\n| 1 | *2* |\n") { TablePass().run($0) }
        #expect(
            html == """
                <table>
                <thead>
                <tr>
                <th style="text-align: left">a</th>
                <th style="text-align: right">b</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td style="text-align: left">1</td>
                <td style="text-align: right"><em>2</em></td>
                </tr>
                </tbody>
                </table>

                """)
    }

    @Test func cellCountMismatchIsNotATable() {
        let (html, _) = runPasses("| a | b |\n| --- |\n| c |\n") { TablePass().run($0) }
        #expect(html == "<p>| a | b |\n| --- |\n| c |</p>\n")
    }

    @Test func missingCellsAreEmptyAndExtraCellsIgnored() {
        let (html, _) = runPasses("a | b\n--|--\n1\n1 | 2 | 3\n") { TablePass().run($0) }
        #expect(html.contains("<tr>\n<td>1</td>\n<td></td>\n</tr>"))
        #expect(html.contains("<tr>\n<td>1</td>\n<td>2</td>\n</tr>"))
        #expect(!html.contains("3"))
    }

    @Test func escapedPipeStaysInTheCellEvenInCode() {
        let (html, _) = runPasses("| f\\|oo |\n| ------ |\n| `\\|` x |\n") { TablePass().run($0) }
        #expect(html.contains("<th>f|oo</th>"))
        #expect(html.contains("<td><code>|</code> x</td>"))
    }

    @Test func paragraphLinesBeforeTheHeaderStayAParagraph() {
        let (html, _) = runPasses("Intro *text*\n| a |\n| - |\n| b |\n") { TablePass().run($0) }
        #expect(html.hasPrefix("<p>Intro <em>text</em></p>\n<table>"))
    }

    @Test func tableInsideABlockquote() {
        let (html, _) = runPasses("> | a | b |\n> | - | - |\n> | 1 | 2 |\n") { TablePass().run($0) }
        #expect(html.contains("<blockquote>\n<table>"))
        #expect(html.contains("<td>2</td>"))
    }

    @Test func cellTextThatLooksLikeABlockStaysInline() {
        let (html, _) = runPasses("| h |\n| - |\n| # not a heading |\n| > nor a quote |\n") { TablePass().run($0) }
        #expect(html.contains("<td># not a heading</td>"))
        #expect(html.contains("<td>&gt; nor a quote</td>"))
    }

    @Test func referenceLinksResolveInCells() {
        let (html, _) = runPasses("| h |\n| - |\n| [x][ref] |\n\n[ref]: https://example.com\n") { TablePass().run($0) }
        #expect(html.contains("<td><a href=\"https://example.com\">x</a></td>"))
    }

    @Test func delimiterRowRules() {
        #expect(TablePass.delimiterRow("| :-: | --- | -: |") == [.center, .none, .right])
        #expect(TablePass.delimiterRow("--- | ---") == [.none, .none])
        #expect(TablePass.delimiterRow("---") == nil)  // a setext underline or thematic break, not a table
        #expect(TablePass.delimiterRow("| -x- |") == nil)
        #expect(TablePass.delimiterRow("| : |") == nil)
    }

    @Test func linksInCellsReportTheRowsLineAndTheirColumn() {
        let (_, context) = runPasses("text\n\n| h |\n| - |\n| [x](#nope) |\n", lineOffset: 4) {
            TablePass().run($0)
            _ = LinkPass().run($0, anchors: [])
        }
        #expect(context.diagnostics.lines == ["content/guide/page.md:9:3: warning: no heading with id '#nope' on this page"])
    }
}
