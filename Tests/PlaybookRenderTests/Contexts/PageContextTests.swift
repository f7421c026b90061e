import Foundation
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

@Suite struct PageContextTests {
    private func site(_ files: [String: String]) -> Site { Site.of(files) }

    private func context(_ site: Site, _ url: String) -> LayoutFields {
        PageContext(site: site, index: site.pages.firstIndex { $0.url == url }!).make()
    }

    @Test func sectionsInWeightOrderWithMadeLandingPages() {
        let site = site([
            "b/one.md": "---\ntitle: One\nweight: 2\n---\n",
            "b/two.md": "---\ntitle: Two\nweight: 1\n---\n",
            "b/three.md": "---\ntitle: Three\n---\n",
            "a/_index.md": "---\ntitle: Alpha\nweight: 5\n---\n",
            "a/x.md": "# X\n",
        ])
        #expect(site.pages.map(\.url) == ["", "a/", "a/x/", "b/", "b/one/", "b/three/", "b/two/"])
        let b = site.sections.first { $0.folder == "b" }!
        #expect(b.pages.map { site.pages[$0].title } == ["Two", "One", "Three"])  // weight, then the unweighted
        #expect(site.pages[b.landing].title == "B")  // made from the folder name
        #expect(site.pages[b.landing].sourcePath == nil)
        // b (no weight) comes after a (weight 5)? No: landing pages without a weight sort last.
        #expect(site.sections[0].subsections.map { site.sections[$0].folder } == ["a", "b"])
    }

    @Test func theHomePageListsTheProcessesThenTheRecordsApart() {
        let site = site([
            "b/one.md": "---\ntitle: One\ntags: [x]\nweight: 1\n---\n",
            "a/_index.md": "---\ntitle: Alpha\nweight: 5\n---\n",
            "a/x.md": "# X\n",
            "scorecards/_index.md": "---\ntitle: Scorecards\nweight: 1\n---\n",
        ])
        let section = context(site, "").get("section", as: LayoutFields.self)!
        let processes = section.get("processes", as: [LayoutFields].self)!
        #expect(processes.map { $0.get("title", as: String.self)! } == ["Alpha", "B"])
        #expect(processes.map { $0.get("number", as: Int.self)! } == [1, 2])
        let records = section.get("records", as: [LayoutFields].self)!
        #expect(records.map { $0.get("title", as: String.self)! } == ["Scorecards", "Tags"])
        #expect(section.get("has_records", as: Bool.self) == true)
        // Every sub-section is still there for a theme that lists them all.
        #expect(section.get("subsections", as: [LayoutFields].self)!.count == 4)
    }

    @Test func aPointWithoutAnchorSaysWhichAnchorsItLiesBetween() {
        let anchors = [1: "Poor.", 3: "Fair.", 5: "Great."]
        let en = Fixtures.messages("en")
        #expect(FormContext.anchor(3, anchors, en) == "Fair.")
        #expect(FormContext.anchor(2, anchors, en) == "between “Poor.” and “Fair.”")
        #expect(FormContext.anchor(4, anchors, Fixtures.messages("zh-CN")) == "介于「Fair.」与「Great.」之间")
        #expect(FormContext.anchor(1, [3: "Fair."], en) == "short of “Fair.”")
        #expect(FormContext.anchor(5, [3: "Fair."], en) == "beyond “Fair.”")
        #expect(FormContext.anchor(2, [:], en) == nil)
    }

    @Test func breadcrumbsAndPrevNext() {
        let site = site([
            "_index.md": "---\ntitle: Home\n---\n",
            "g/_index.md": "---\ntitle: Guide\n---\n",
            "g/a.md": "---\ntitle: A\nweight: 1\n---\n",
            "g/b.md": "---\ntitle: B\nweight: 2\n---\n",
            "g/c.md": "---\ntitle: C\nweight: 3\n---\n",
        ])
        let b = context(site, "g/b/")
        let crumbs = b.get("breadcrumbs", as: [LayoutFields].self)!
        #expect(crumbs.map { $0.get("title", as: String.self)! } == ["Home", "Guide"])
        #expect(crumbs.map { $0.get("url", as: String.self)! } == ["../../index.html", "../index.html"])
        #expect((b.get("prev", as: LayoutFields.self)!).get("url", as: String.self)! == "../a/index.html")
        #expect((b.get("next", as: LayoutFields.self)!).get("title", as: String.self)! == "C")
        #expect(b["nav"] == nil)  // the sidebar is made apart: see SidebarTests
        let landing = context(site, "g/")
        #expect((landing.get("next", as: LayoutFields.self)!).get("title", as: String.self)! == "A")
        #expect(context(site, "")["breadcrumbs"] == nil)
    }

    @Test func processCardAndTableOfContents() {
        let site = site([
            "s/_index.md": "---\npurpose: Why\nwhen: [a, b]\nstages: [one, {name: two, detail: d}]\n---\n## H2\n### H3\n## Next\n"
        ])
        let page = context(site, "s/").get("page", as: LayoutFields.self)!
        let card = page.get("process", as: LayoutFields.self)!
        #expect(card.get("purpose", as: String.self) == "Why")
        #expect((card.get("stages", as: [LayoutFields].self)!).map { $0.get("number", as: Int.self)! } == [1, 2])
        let toc = page.get("toc", as: [LayoutFields].self)!
        #expect(toc.map { $0.get("id", as: String.self)! } == ["h2", "next"])
        #expect((toc[0].get("children", as: [LayoutFields].self)!).map { $0.get("text", as: String.self)! } == ["H3"])
        #expect(page.get("has_toc", as: Bool.self) == true)
    }

    @Test func titlesAreEscapedInTheDefaultTheme() throws {
        let site = try TemporarySite([
            "content/x.md": "---\ntitle: \"<script>alert(1)</script>\"\nsummary: \"a\\\" onload=\\\"x\"\n---\nBody\n"
        ])
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let html = try #require(site.read("x/index.html"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("\" onload=\""))
    }
}

@Suite struct TagPagesTests {
    @Test func aPagePerTagAndTagsLinked() throws {
        let site = try TemporarySite([
            "content/a.md": "---\ntitle: A\nweight: 2\ntags: [visits, 承诺目标, Key Accounts]\n---\n",
            "content/b.md": "---\ntitle: B\nweight: 1\ntags: [visits, key-accounts]\n---\n",
        ])
        defer { site.cleanUp() }
        #expect(site.build(strict: true).diagnostics.lines == [])
        let visits = try #require(site.read("tags/visits/index.html"))
        #expect(visits.range(of: ">B<")!.lowerBound < visits.range(of: ">A<")!.lowerBound)  // reading order
        #expect(site.read("tags/承诺目标/index.html") != nil)
        // Two tags with one slug: the second in tag order is numbered.
        #expect(site.read("tags/key-accounts/index.html")?.contains("<h1 class=\"page-title\">Key Accounts</h1>") == true)
        #expect(site.read("tags/key-accounts-1/index.html")?.contains("<h1 class=\"page-title\">key-accounts</h1>") == true)
        let index = try #require(site.read("tags/index.html"))
        #expect(index.contains("<a href=\"visits/index.html\">visits</a> <span class=\"muted\">2</span>"))
        #expect(
            site.read("a/index.html")?.contains("<a href=\"../tags/%E6%89%BF%E8%AF%BA%E7%9B%AE%E6%A0%87/index.html\">承诺目标</a>") == true
                || site.read("a/index.html")?.contains("<a href=\"../tags/承诺目标/index.html\">承诺目标</a>") == true)
    }

    @Test func aContentFolderNamedTagsClashes() throws {
        let site = try TemporarySite(["content/a.md": "---\ntags: [x]\n---\n", "content/tags/_index.md": "# Mine\n"])
        defer { site.cleanUp() }
        #expect(
            site.build().diagnostics.lines.contains {
                $0.hasPrefix("content/tags/_index.md:1:1: error: two files claim the output 'tags/index.html'")
            })
    }
}
