import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookKit
import PlaybookTestSupport
import Testing

@Suite struct CatalogueTests {
    private static let page =
        "---\ntitle: 拜访计划\n---\n\n## 准备\n\n- [ ] 确认承诺目标\n- [ ] 列出参会人\n\n> [!TIP]\n> 先确认承诺目标。\n\n## 复盘\n\n正文。\n"

    private func keys(_ language: String) throws -> Set<String> {
        let path = SiteLayout.catalogues + language + ".yaml"
        let data = try Data(contentsOf: Fixtures.projectRoot.appendingPathComponent(path))
        let (entries, problems) = CatalogueParser.parse(SourceFile(path: path, data: data))
        #expect(problems.isEmpty)
        return Set(entries.map(\.key))
    }

    /// The text of every file below `folder` whose name ends in `suffix`.
    private func texts(_ folder: URL, _ suffix: String) throws -> [String] {
        try FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { $0.lastPathComponent.hasSuffix(suffix) }.map { try String(contentsOf: $0, encoding: .utf8) }
    }

    /// Both shipped catalogues have every key, and every key a layout, the
    /// Swift code or a script names is in them; none is unused.
    @Test func shippedCataloguesAreComplete() throws {
        let english = try keys("en")
        #expect(try keys("zh-CN") == english)
        var used: Set<String> = []
        for text in try texts(Fixtures.theme.appendingPathComponent("layouts"), ".mustache") {
            for match in text.matches(of: /\{\{\{?i18n\.([a-z_.0-9]+)\}?\}\}/) { used.insert(String(match.1)) }
        }
        #expect(used.count > 40)
        // Swift names a key as a string literal: `messages["pages.team"]`, `"stage.lead"`, `messages.text("charts.period", …)`.
        var swiftKeys: Set<String> = []
        for text in try texts(Fixtures.projectRoot.appendingPathComponent("Sources"), ".swift") {
            for match in text.matches(of: /messages(?:\[|\.text\(|\.has\()\s*"([^"]+)"/) { swiftKeys.insert(String(match.1)) }
            for match in text.matches(of: /"([a-z_]+(?:\.[a-z_0-9]+)+)"/) where english.contains(String(match.1)) {
                used.insert(String(match.1))
            }
        }
        #expect(swiftKeys.count > 10)
        #expect(swiftKeys.subtracting(english) == [], "keys Swift reads that no catalogue has")
        used.formUnion(swiftKeys)
        // The scripts read `P.t("search_none", …)`: the key `js.search_none`, written into assets/messages.<language>.js.
        for text in try texts(Fixtures.theme.appendingPathComponent("assets"), ".js") {
            for match in text.matches(of: /P\.t\("([a-z_0-9]+)"/) { used.insert("js." + String(match.1)) }
        }
        #expect(used.subtracting(english) == [])
        #expect(english.subtracting(used) == [], "strings nothing uses")
    }

    /// A Chinese site's pages speak Chinese: the interface strings come from `zh-CN.yaml`.
    @Test func aChineseSiteShowsTheChineseCatalogue() throws {
        let site = try TemporarySite(["playbook.yaml": "title: 销售手册\nlanguage: zh-CN\n", "content/visit.md": Self.page])
        defer { site.cleanUp() }
        let report = site.build(strict: true)
        #expect(report.diagnostics.lines == [])
        let html = try #require(site.read("visit/index.html"))
        for chinese in [
            "本页内容", "搜索销售手册", "跳到正文", "<p class=\"callout-title\">提示</p>", "assets/messages.zh-CN.",
            "已完成 <span class=\"checklist-done\">0</span> / <span class=\"checklist-total\">2</span>", "重置",
        ] {
            #expect(html.contains(chinese), "\(chinese)")
        }
        for english in ["On this page", "Search the playbook", "Skip to the content", " done", ">Reset<", ">Tip<"] {
            #expect(!html.contains(english), "\(english)")
        }
        #expect(site.read("404.html")?.contains("页面不存在") == true)
    }

    /// A site's own catalogue changes the strings it names and keeps the rest;
    /// a key it lacks falls back to English with a warning at the catalogue.
    @Test func aSiteCatalogueOverridesAndFallsBack() throws {
        let site = try TemporarySite([
            "playbook.yaml": "language: zh-CN\n", "content/visit.md": Self.page,
            "templates/i18n/zh-CN.yaml": "toc:\n  title: 目录\n  extra: 额外\n",
            "templates/layouts/partials/site-foot.mustache": "</div><footer>{{i18n.toc.extra}} </footer></body></html>\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded)
        let html = try #require(site.read("visit/index.html"))
        #expect(html.contains(">目录<") && html.contains("搜索销售手册") && html.contains("<footer>额外 "))
        // The site's own key that English lacks: an error at the layout's line and column.
        let site2 = try TemporarySite([
            "content/visit.md": Self.page,
            "templates/layouts/partials/site-foot.mustache": "</div>\n<footer>{{i18n.footer.note}}</footer></body></html>\n",
        ])
        defer { site2.cleanUp() }
        let failed = site2.build()
        #expect(!failed.succeeded)
        #expect(
            failed.diagnostics.lines.contains(
                "templates/layouts/partials/site-foot.mustache:2:9: error: no catalogue string 'footer.note' (looked in templates/i18n/)"))
    }

    @Test func aLanguageWithoutCatalogueWarnsOnceAndUsesEnglish() throws {
        let site = try TemporarySite(["playbook.yaml": "language: fr\n", "content/visit.md": Self.page])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(
            report.diagnostics.lines == ["templates/i18n/fr.yaml:1:1: warning: no catalogue for 'fr': the interface is shown in 'en'"])
        #expect(site.read("visit/index.html")?.contains("On this page") == true)
        #expect(!site.build(strict: true).succeeded)
    }

    /// A key missing from a site's catalogue for another language: English, and a warning per key.
    @Test func aMissingKeyIsAWarningAtTheCatalogue() throws {
        let site = try TemporarySite([
            "playbook.yaml": "language: de\n", "content/visit.md": Self.page,
            "templates/i18n/de.yaml": "toc:\n  title: Auf dieser Seite\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded)
        let warnings = report.diagnostics.lines
        #expect(
            warnings.contains(
                "templates/i18n/de.yaml:1:1: warning: no string 'search.placeholder' in this catalogue: the one of 'en' is used"))
        #expect(!warnings.contains { $0.contains("'toc.title'") })
        let html = try #require(site.read("visit/index.html"))
        #expect(html.contains("Auf dieser Seite") && html.contains("Search the playbook"))
    }
}
