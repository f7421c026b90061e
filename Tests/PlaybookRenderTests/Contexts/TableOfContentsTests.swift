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

@Suite struct TableOfContentsTests {
    private func heading(_ level: Int, _ text: String, _ id: String) -> Heading {
        Heading(level: level, text: text, id: id, line: 1)
    }

    /// The list laid out in Swift must read as the theme's Mustache loop wrote it (the build's output did not change).
    @Test func htmlNestsLevelThreeUnderLevelTwo() {
        let toc = TableOfContents([
            heading(1, "Title", "title"), heading(2, "Plan", "plan"), heading(3, "Goal", "goal"),
            heading(3, "Risks", "risks"), heading(4, "Deep", "deep"), heading(2, "Next", "next"),
        ])
        #expect(toc.isWorthShowing)
        #expect(
            toc.html == """
                <ol>
                <li><a href="#plan">Plan</a>
                <ol>
                <li><a href="#goal">Goal</a></li>
                <li><a href="#risks">Risks</a></li>
                </ol></li>
                <li><a href="#next">Next</a></li>
                </ol>
                """)
        #expect(toc.values.map { $0.get("id", as: String.self)! } == ["plan", "next"])
        #expect(toc.values[0].get("has_children", as: Bool.self) == true && toc.values[1]["children"] == nil)
    }

    @Test func textAndIdsAreEscaped() {
        let toc = TableOfContents([heading(2, "<b>Q&A</b>", "q\"a"), heading(2, "承诺目标", "承诺目标")])
        #expect(toc.html.contains("<li><a href=\"#q&quot;a\">&lt;b&gt;Q&amp;A&lt;/b&gt;</a></li>"))
        #expect(toc.html.contains("<a href=\"#承诺目标\">承诺目标</a>"))
    }

    @Test func shownWithTwoEntriesOrOneWithChildren() {
        #expect(!TableOfContents([heading(2, "Only", "only")]).isWorthShowing)
        #expect(TableOfContents([heading(2, "Only", "only"), heading(3, "Under", "under")]).isWorthShowing)
        #expect(!TableOfContents([heading(3, "Orphan", "orphan")]).isWorthShowing)
        #expect(!TableOfContents([]).isWorthShowing)
    }
}
