import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookMustache
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

@Suite struct TableOfContentsTests {
    private func html(_ toc: TableOfContents) -> String {
        Theme.render("partials/toc", ["page": ["has_toc": true, "toc": toc.values] as LayoutFields]) ?? ""
    }

    private func heading(_ level: Int, _ text: String, _ id: String) -> Heading {
        Heading(level: level, text: text, id: id, line: 1)
    }

    /// The theme's `partials/toc` over the data: level 3 nested under level 2.
    @Test func theThemeNestsLevelThreeUnderLevelTwo() {
        let toc = TableOfContents([
            heading(1, "Title", "title"), heading(2, "Plan", "plan"), heading(3, "Goal", "goal"),
            heading(3, "Risks", "risks"), heading(4, "Deep", "deep"), heading(2, "Next", "next"),
        ])
        #expect(toc.isWorthShowing)
        #expect(
            html(toc) == """
                <nav class="toc" aria-label="On this page">
                <h2 class="toc-title">On this page</h2>
                <ol>
                <li><a href="#plan">Plan</a>
                <ol>
                <li><a href="#goal">Goal</a></li>
                <li><a href="#risks">Risks</a></li>
                </ol></li>
                <li><a href="#next">Next</a></li>
                </ol>
                </nav>

                """)
        #expect(toc.values.map { $0.get("id", as: String.self)! } == ["plan", "next"])
        #expect(toc.values[0].get("has_children", as: Bool.self) == true && toc.values[1]["children"] == nil)
    }

    @Test func textAndIdsAreEscaped() {
        let toc = TableOfContents([heading(2, "<b>Q&A</b>", "q\"a"), heading(2, "承诺目标", "承诺目标")])
        #expect(html(toc).contains("<li><a href=\"#q&quot;a\">&lt;b&gt;Q&amp;A&lt;/b&gt;</a></li>"))
        #expect(html(toc).contains("<a href=\"#承诺目标\">承诺目标</a>"))
    }

    @Test func shownWithTwoEntriesOrOneWithChildren() {
        #expect(!TableOfContents([heading(2, "Only", "only")]).isWorthShowing)
        #expect(TableOfContents([heading(2, "Only", "only"), heading(3, "Under", "under")]).isWorthShowing)
        #expect(!TableOfContents([heading(3, "Orphan", "orphan")]).isWorthShowing)
        #expect(!TableOfContents([]).isWorthShowing)
    }
}
