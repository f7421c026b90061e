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

@Suite struct ReadingOrderTests {
    /// Weight first (none last), then the title whatever its case, then the source path.
    @Test func weightThenTitleThenPath() {
        func page(_ title: String, _ path: String, weight: Int? = nil) -> Page {
            var page = Page.made(at: "", kind: .page, title: title, contentPath: path)
            page.frontMatter.weight = weight
            return page
        }
        let pages = [
            page("beta", "a/4.md"), page("Alpha", "a/3.md"), page("alpha", "a/2.md"), page("Zulu", "a/1.md", weight: 2),
            page("Yankee", "a/0.md", weight: 1), page("承诺", "a/5.md"), page("BETA", "a/6.md", weight: 2),
        ]
        let order = ReadingOrder(pages)
        let sorted = pages.indices.sorted(by: order.precedes).map { pages[$0].contentPath }
        #expect(sorted == ["a/0.md", "a/6.md", "a/1.md", "a/2.md", "a/3.md", "a/4.md", "a/5.md"])
        #expect(!order.precedes(0, 0))
    }
}
