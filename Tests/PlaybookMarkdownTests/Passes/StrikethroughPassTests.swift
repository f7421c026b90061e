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

@Suite struct StrikethroughPassTests {
    private func render(_ text: String) -> String {
        runPasses(text) { StrikethroughPass().run($0) }.html
    }

    @Test func doubleAndSingleTildes() {
        #expect(render("~~Hi~~ Hello, ~there~ world!") == "<p><del>Hi</del> Hello, <del>there</del> world!</p>\n")
    }

    @Test func threeTildesNeverStrike() {
        #expect(render("This will ~~~not~~~ strike.") == "<p>This will ~~~not~~~ strike.</p>\n")
    }

    @Test func aStrikeDoesNotCrossParagraphs() {
        #expect(render("This ~~has a\n\nnew paragraph~~.") == "<p>This ~~has a</p>\n<p>new paragraph~~.</p>\n")
    }

    @Test func aStrikeHoldsEmphasisAndLinks() {
        #expect(render("~~old *plan* [x](y)~~ new") == "<p><del>old <em>plan</em> <a href=\"y\">x</a></del> new</p>\n")
    }

    @Test func runsOfDifferentLengthDoNotMatch() {
        #expect(render("~~a~ b") == "<p>~~a~ b</p>\n")
    }

    @Test func flankingRules() {
        // A run followed by white space cannot open.
        #expect(render("a ~~ b~~") == "<p>a ~~ b~~</p>\n")
        #expect(render("price 5~10 and ~~x~~") == "<p>price 5~10 and <del>x</del></p>\n")
    }

    @Test func codeIsLeftAlone() {
        #expect(render("`~~a~~`") == "<p><code>~~a~~</code></p>\n")
    }
}
