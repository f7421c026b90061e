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

@Suite struct HeadingPassTests {
    @Test func idsAndOutline() {
        var headings: [Heading] = []
        let (html, _) = runPasses("# Plan the *visit*\n\n## Who's coming?\n\n## Who's coming?\n\n### 承诺目标\n", lineOffset: 2) {
            headings = HeadingPass().run($0)
        }
        #expect(headings.map(\.id) == ["plan-the-visit", "whos-coming", "whos-coming-1", "承诺目标"])
        #expect(headings.map(\.text) == ["Plan the visit", "Who's coming?", "Who's coming?", "承诺目标"])
        #expect(headings.map(\.level) == [1, 2, 2, 3])
        #expect(headings.map(\.line) == [3, 5, 7, 9])
        #expect(
            html == """
                <h1 id="plan-the-visit">Plan the <em>visit</em></h1>
                <h2 id="whos-coming">Who's coming?</h2>
                <h2 id="whos-coming-1">Who's coming?</h2>
                <h3 id="承诺目标">承诺目标</h3>

                """)
    }

    /// A page without a title in its front matter takes the level-1 heading opening its body, which leaves the body.
    @Test func anOpeningLevelOneHeadingIsLiftedOutAsTheTitle() {
        var headings: [Heading] = []
        let (html, context) = runPasses("# Order *processing*\n\nIntro.\n\n## Steps\n\n# Later\n", lineOffset: 0) {
            $0.liftsTitle = true
            headings = HeadingPass().run($0)
        }
        #expect(context.title?.text == "Order processing")
        #expect(context.title?.id == "order-processing")
        #expect(headings.map(\.id) == ["steps", "later"])
        #expect(html == "<p>Intro.</p>\n<h2 id=\"steps\">Steps</h2>\n<h1 id=\"later\">Later</h1>\n")
        // Only when it opens the body, and only when asked.
        let (kept, notFirst) = runPasses("Intro.\n\n# Title\n") {
            $0.liftsTitle = true
            _ = HeadingPass().run($0)
        }
        #expect(notFirst.title == nil)
        #expect(kept.contains("<h1 id=\"title\">"))
        let (unasked, context3) = runPasses("# Title\n") { _ = HeadingPass().run($0) }
        #expect(context3.title == nil)
        #expect(unasked.contains("<h1 id=\"title\">"))
    }

    @Test func slugRules() {
        #expect(Slug.make("The Growth Formula (业绩增长公式)") == "the-growth-formula-业绩增长公式")
        #expect(Slug.make("Step 1: call") == "step-1-call")
        #expect(Slug.make("???") == "section")
        #expect(Slug.make("snake_case and-dash") == "snake_case-and-dash")
        // ASCII takes a byte-by-byte path: the same slug as with one non-ASCII letter added and taken off again.
        for text in ["MEDDPICC: Metrics & Economic Buyer", "  Tabs\tand  spaces ", "Q4-2026 (final)", "A_B-C d.e/f"] {
            #expect(Slug.make(text) + "é" == Slug.make(text + "é"), "\(text)")
        }
        // So does ASCII with Chinese (characters without case): "É" sends the same text through the Unicode tables.
        for text in ["The Growth Formula (业绩增长公式)", "客户拜访 第33篇", "KPI：销售漏斗、回款 & Q4", "ＡＢＣ 客户"] {
            #expect(Slug.make(text) + "é" == Slug.make(text + "É"), "\(text)")
        }
    }

    @Test func setextHeadingsToo() {
        let (html, _) = runPasses("Title\n=====\n") { _ = HeadingPass().run($0) }
        #expect(html == "<h1 id=\"title\">Title</h1>\n")
    }
}

/// Heading ids and classes written as other tools write them: `## Heading {#id .class}`.
@Suite struct HeadingAttributeTests {
    @Test func anAttributeListSetsTheIdAndClassesAndIsNotShown() {
        var headings: [Heading] = []
        let (html, context) = runPasses(
            "## Pricing and terms {#pricing .wide}\n\n## Who *decides* {#who}\n\n### 承诺目标 { #commitment }\n\n[see](#pricing)\n",
            lineOffset: 0
        ) {
            headings = HeadingPass().run($0)
            _ = LinkPass().run($0, anchors: $0.usedIDs)
        }
        #expect(headings.map(\.id) == ["pricing", "who", "commitment"])
        #expect(headings.map(\.text) == ["Pricing and terms", "Who decides", "承诺目标"])
        #expect(html.contains("<h2 id=\"pricing\" class=\"wide\">Pricing and terms</h2>"))
        #expect(html.contains("<h2 id=\"who\">Who <em>decides</em></h2>"))
        #expect(html.contains("<h3 id=\"commitment\">承诺目标</h3>"))
        #expect(context.diagnostics.isEmpty, "\(context.diagnostics.lines)")
    }

    @Test func otherAttributesAreDroppedWithAWarningAndBracesInProseStay() {
        var headings: [Heading] = []
        let (html, context) = runPasses(
            "## Results { width=\"800px\" #results }\n\n## A set {a, b}\n\n## Twice {#x}\n\n## Again {#x}\n", lineOffset: 0
        ) {
            headings = HeadingPass().run($0)
        }
        #expect(headings.map(\.id) == ["results", "a-set-a-b", "x", "x-1"])
        #expect(html.contains("<h2 id=\"results\">Results</h2>"))
        #expect(html.contains("A set {a, b}</h2>"))
        #expect(
            context.diagnostics.map(\.message) == [
                "heading attribute 'width' dropped: a heading keeps only {#id .class}",
                "the id '#x' is used twice on this page; this heading gets '#x-1'",
            ])
    }

    @Test func attributeListsAreReadExactly() {
        #expect(AttributeList.trailing("Title {#a .b .c}")?.attributes == AttributeList(id: "a", classes: ["b", "c"]))
        #expect(AttributeList.trailing("Title {#a}  ")?.text == "Title")
        #expect(AttributeList.trailing("{#only}")?.text == "")
        for text in ["Title {}", "Title {# a}", "Title {#a", "Title {x}", "Title {#a} more", "Title {key=}", "Title {k=\"open}"] {
            #expect(AttributeList.trailing(text) == nil, "\(text)")
        }
    }
}
