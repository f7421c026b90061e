import PlaybookCore
import Testing

@Suite struct PageTests {
    /// A page keeps its fields behind one shared reference: a copy changed afterwards leaves the original as
    /// it was, field by field and inside its front matter and body.
    @Test func aCopyChangedLeavesTheOriginal() {
        var front = FrontMatter()
        front.summary = "访前计划"
        let original = Page(
            sourcePath: "content/a/b.md", contentPath: "a/b.md", url: "a/b/", kind: .page, frontMatter: front, title: "Plan",
            titleIsInBody: false, body: .empty)
        var copy = original
        copy.title = "Changed"
        copy.frontMatter.weight = 3
        copy.body.html = "<p>x</p>"
        copy.textLanguage = "en"
        copy.generated = .team
        #expect(original.title == "Plan" && original.frontMatter.weight == nil && original.body.html.isEmpty)
        #expect(original.textLanguage == nil && original.generated == nil && original.frontMatter.summary == "访前计划")
        #expect(copy.title == "Changed" && copy.frontMatter.weight == 3 && copy.body.html == "<p>x</p>" && copy.generated == .team)
        var pages = [original, original]
        pages[1].url = "c/"
        #expect(pages[0].url == "a/b/" && pages[1].url == "c/" && original.url == "a/b/")
    }
}
