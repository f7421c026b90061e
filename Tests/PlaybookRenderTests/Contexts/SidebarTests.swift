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

@Suite struct SidebarTests {
    private func site(_ files: [String: String]) -> Site { Site.of(files) }

    private func index(_ site: Site, _ url: String) -> Int { site.pages.firstIndex { $0.url == url }! }

    private func nav(_ site: Site, _ url: String) -> [LayoutFields] {
        let sidebar = Sidebar(site: site)
        return sidebar.context(for: sidebar.key(for: index(site, url))).get("nav", as: [LayoutFields].self)!
    }

    /// A site of one long section (`big`, 100 pages) and one short (`small`).
    private func longSite() -> Site {
        var files: [String: String] = [:]
        for n in 1...100 { files["big/p\(n).md"] = "---\ntitle: P\(n)\nweight: \(n)\n---\n" }
        files["small/x.md"] = "# X\n"
        return site(files)
    }

    @Test func theReadersSectionIsOpenOnItsPagesWithURLsFromTheRoot() {
        let site = site([
            "_index.md": "---\ntitle: Home\n---\n",
            "g/_index.md": "---\ntitle: Guide\n---\n",
            "g/a.md": "---\ntitle: A\nweight: 1\n---\n",
            "g/b.md": "---\ntitle: B\nweight: 2\n---\n",
            "h/c.md": "---\ntitle: C\n---\n",
        ])
        let nav = self.nav(site, "g/b/")
        #expect(nav.map { $0.get("title", as: String.self)! } == ["Guide", "H"])
        #expect(nav[0].get("open", as: Bool.self) == true)
        #expect(nav[1]["open"] == nil && nav[1]["pages"] == nil)
        let pages = nav[0].get("pages", as: [LayoutFields].self)!
        #expect(pages.map { $0.get("url", as: String.self)! } == ["../../g/a/index.html", "../../g/b/index.html"])
        #expect(nav[0].get("url", as: String.self) == "../../g/index.html")
        // Nothing in it names the page being read: that is marked in the browser.
        #expect(pages.allSatisfy { $0["current"] == nil })
        // The home page: no section open, URLs from the root itself.
        let home = self.nav(site, "")
        #expect(home.allSatisfy { $0["open"] == nil })
        #expect(home[0].get("url", as: String.self) == "g/index.html")
    }

    @Test func theTagsStandApartAsOneLinkEvenOnATagsPage() throws {
        let site = site([
            "g/_index.md": "---\ntitle: Guide\n---\n",
            "g/a.md": "---\ntitle: A\ntags: [x, y]\n---\n",
        ])
        let sidebar = Sidebar(site: site)
        for url in ["g/a/", "tags/", "tags/x/"] {
            let context = sidebar.context(for: sidebar.key(for: index(site, url)))
            #expect(context.get("nav", as: [LayoutFields].self)!.map { $0.get("title", as: String.self)! } == ["Guide"])
            let records = try #require(context.get("records", as: [LayoutFields].self))
            #expect(records.map { $0.get("title", as: String.self)! } == ["Tags"])
            #expect(records[0]["pages"] == nil, "\(url)")
            #expect(context.get("has_records", as: Bool.self) == true)
        }
    }

    @Test func aLongSectionShowsTheBlockOfThePageAndALinkToTheWhole() {
        let site = longSite()
        let pages = nav(site, "big/p50/").first { $0.get("title", as: String.self) == "Big" }!.get("pages", as: [LayoutFields].self)!
        #expect(pages.count == Sidebar.navLimit + 1)
        #expect(pages.first?.get("title", as: String.self) == "P31")  // the block of positions 30–59
        #expect(pages.dropLast().last?.get("title", as: String.self) == "P60")
        #expect(pages.last?.get("title", as: String.self) == "All 100 pages")
        #expect(pages.last?.get("url", as: String.self) == "../../big/index.html")
        // The last block is full and still holds the last page.
        let last = nav(site, "big/p100/").first { $0.get("title", as: String.self) == "Big" }!.get("pages", as: [LayoutFields].self)!
        #expect(last.first?.get("title", as: String.self) == "P71")
        #expect(last.dropLast().last?.get("title", as: String.self) == "P100")
    }

    @Test func everyPageIsInItsOwnSidebar() {
        let site = longSite()
        for index in site.pages.indices where site.pages[index].kind == .page {
            let page = site.pages[index]
            let sidebar = Sidebar(site: site)
            let nav = sidebar.context(for: sidebar.key(for: index)).get("nav", as: [LayoutFields].self)!
            let urls = nav.flatMap {
                [$0.get("url", as: String.self)!]
                    + (($0.get("pages", as: [LayoutFields].self)) ?? []).map { $0.get("url", as: String.self)! }
            }
            #expect(urls.contains("../../" + page.url + "index.html"), "\(page.url)")
        }
    }

    @Test func pagesOfOneBlockShareOneKeyAndTheRendererMakesEachSidebarOnce() {
        let site = longSite()
        let sidebar = Sidebar(site: site)
        #expect(sidebar.key(for: index(site, "big/p31/")) == sidebar.key(for: index(site, "big/p60/")))
        #expect(sidebar.key(for: index(site, "big/p60/")) != sidebar.key(for: index(site, "big/p61/")))
        #expect(sidebar.key(for: index(site, "big/")) != sidebar.key(for: index(site, "big/p1/")))  // not as deep

        let (layouts, problems) = LayoutLibrary.compile([
            SourceFile(path: "templates/layouts/page.mustache", data: Data("<body>{{{sidebar}}}<h1>{{page.title}}</h1>".utf8)),
            SourceFile(path: "templates/layouts/section.mustache", data: Data("<body>{{{sidebar}}}".utf8)),
            SourceFile(path: "templates/layouts/home.mustache", data: Data("<body>{{{sidebar}}}".utf8)),
            SourceFile(
                path: "templates/layouts/partials/sidebar.mustache",
                data: Data(
                    "<nav>{{#nav}}<a href=\"{{url}}\">{{title}}</a>{{#pages}}<a href=\"{{url}}\">{{title}}</a>{{/pages}}{{/nav}}</nav>".utf8
                )),
        ])
        #expect(problems.isEmpty)
        let renderer = SiteRenderer(site: site, layouts: layouts)
        let files = renderer.render()
        // Home; the two landing pages; big's pages in four blocks (0, 30, 60 and the last, 70); small/x.
        #expect(renderer.sidebars.count == 8)
        #expect(renderer.layoutsByRoot.count == 3)  // site partials rendered for "", "../" and "../../"
        let p45 = files.first { $0.path == "big/p45/index.html" }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
        #expect(p45.contains("<nav><a href=\"../../big/index.html\">Big</a><a href=\"../../big/p31/index.html\">P31</a>"))
        #expect(p45.hasSuffix("<h1>P45</h1>"))
    }
}
