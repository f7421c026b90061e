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

@Suite struct SitePathTests {
    @Test func pageURLs() {
        #expect(SitePath.address(ofPageURL: "a/b/") == "a/b" && SitePath.address(ofPageURL: "") == "")
        #expect(SitePath.address(ofPageURL: "销售/计划/") == "销售/计划")
        #expect(SitePath.pageURL(forContentPath: "_index.md") == "")
        #expect(SitePath.pageURL(forContentPath: "a/_index.md") == "a/")
        #expect(SitePath.pageURL(forContentPath: "a/b.md") == "a/b/")
        #expect(SitePath.pageURL(forContentPath: "top.md") == "top/")
        #expect(SitePath.pageURL(forContentPath: "a//b/c.md") == "a/b/c/" && SitePath.pageURL(forContentPath: "a/x.mdx") == "a/x.mdx/")
        // Empty segments are skipped wherever they are; a file named only `.md` keeps an empty name.
        #expect(SitePath.pageURL(forContentPath: "/a.md") == "a/" && SitePath.pageURL(forContentPath: "a/b/") == "a/b/")
        #expect(SitePath.pageURL(forContentPath: "") == "" && SitePath.pageURL(forContentPath: "//") == "")
        #expect(SitePath.pageURL(forContentPath: "a/.md") == "a//")
        #expect(SitePath.pageURL(forContentPath: "销售/计划.md") == "销售/计划/")
        #expect(SitePath.pageURL(forContentPath: "客户/拜访.md") == "客户/拜访/" && SitePath.pageURL(forContentPath: "a/.md") == "a//")
        #expect(SitePath.outputFile(forPageURL: "a/b/") == "a/b/index.html")
    }

    @Test func relativeURLsNeverStartAtTheRoot() {
        #expect(SitePath.relative(from: "a/b/", to: "a/c/") == "../c/index.html")
        #expect(SitePath.relative(from: "a/b/", to: "a/b/") == "index.html")
        #expect(SitePath.relative(from: "a/b/", to: "") == "../../index.html")
        #expect(SitePath.relative(from: "", to: "x/y/") == "x/y/index.html")
        #expect(SitePath.relative(from: "a/", to: "a/b/") == "b/index.html")
        #expect(SitePath.relative(from: "a/b/", to: "a/img.png") == "../img.png")
        #expect(SitePath.relative(from: "", to: "assets/x.css") == "assets/x.css")
        #expect(SitePath.rootPrefix(from: "a/b/") == "../../")
        #expect(
            SitePath.rootPrefix(from: "") == "" && SitePath.rootPrefix(from: "承诺/目标/") == "../../"
                && SitePath.rootPrefix(from: "a//b") == "../../")
    }

    @Test func resolvingRelativePaths() {
        #expect(SitePath.resolve("../x/./y.md", against: "a/b") == "a/x/y.md")
        #expect(SitePath.resolve("/top.md", against: "a/b") == "top.md")
        #expect(SitePath.resolve("../../../out.md", against: "a/b") == nil)
        #expect(SitePath.resolve("..//x/.../.x/..y/z.md", against: "a//b/") == "a/x/.../.x/..y/z.md")  // only `.` and `..` move
        #expect(SitePath.resolve("../../é/客户.md", against: "a/b") == "é/客户.md")
        #expect(SitePath.resolve("", against: "a/b") == "a/b" && SitePath.resolve(".", against: "") == "")
        #expect(SitePath.resolve("x/..", against: "") == "" && SitePath.resolve("..", against: "") == nil)
        #expect(SitePath.resolve("../..", against: "a/b") == "" && SitePath.resolve("c/../../d", against: "a/b") == "a/d")
        #expect(SitePath.resolve("/", against: "a/b") == "" && SitePath.resolve("/a/../../b", against: "c") == nil)
        #expect(SitePath.folder(of: "a/b/c.md") == "a/b")
        #expect(SitePath.folder(of: "c.md") == "")
    }
}
