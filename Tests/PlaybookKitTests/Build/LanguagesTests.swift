import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookKit
import PlaybookRender
import PlaybookTestSupport
import Testing

/// A site in two languages: Chinese at the root, English under `en/`.
@Suite struct LanguagesTests {
    static let files: [String: String] = [
        "playbook.yaml": """
        title: {zh-CN: 销售手册, en: Sales playbook}
        languages: [zh-CN, en]
        base_url: https://example.com/pb/
        """,
        "content/_index.md": "---\ntitle: 首页\n---\n\n欢迎。\n",
        "content/_index.en.md": "---\ntitle: Home\n---\n\nWelcome.\n",
        "content/visits/_index.md": "---\ntitle: 拜访\n---\n\n怎样做好拜访。\n",
        "content/visits/plan.md": "---\ntitle: 计划\nweight: 1\ntags: [拜访]\n---\n\n## 目标\n\n- [ ] 确认承诺目标\n\n```form visit\n```\n",
        "content/visits/plan.en.md":
            "---\ntitle: Plan\ntags: [visits]\n---\n\n## Goal\n\n- [ ] Agree the commitment\n\nSee [the other page](other.md).\n",
        "content/visits/other.md": "---\ntitle: 其他\nweight: 0\n---\n\n见[计划](plan.md#目标)。\n",
        "content/visit-plans/2026-01-05-exec.md": "---\nform: visit\ndate: 2026-01-05\nreason: exec\n---\n",
        "templates/forms/visit.yaml": """
        title: {zh-CN: 拜访计划, en: Visit plan}
        sections:
          - title: {zh-CN: 这次拜访, en: The visit}
            fields:
              - {id: date, label: {zh-CN: 日期, en: Date}, type: date, required: true}
              - id: reason
                label: {zh-CN: 为什么要做计划, en: Why a plan}
                type: choice
                options:
                  - {value: exec, label: {zh-CN: 高层拜访, en: Executive visit}}
                  - first visit
        """,
    ]

    @Test func everyPageStandsInEveryLanguageWithItsSwitchAndAlternates() throws {
        let site = try TemporarySite(Self.files)
        defer { site.cleanUp() }
        let report = site.build(strict: true)
        #expect(report.diagnostics.lines == [])
        #expect(report.untranslated == ["en": ["visits/_index.md", "visits/other.md"]])
        #expect(report.lines(format: .text, command: "build").contains { $0.hasPrefix("en: 2 of 4 pages not translated yet") })

        let zh = try #require(site.read("visits/plan/index.html"))
        let en = try #require(site.read("en/visits/plan/index.html"))
        #expect(zh.contains("<html lang=\"zh-CN\">") && en.contains("<html lang=\"en\">"))
        #expect(zh.contains("<title>计划 · 销售手册</title>") && en.contains("<title>Plan · Sales playbook</title>"))
        #expect(zh.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.com/pb/en/visits/plan/\">"))
        #expect(en.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.com/pb/visits/plan/\">"))
        #expect(zh.contains("<a href=\"../../en/visits/plan/index.html\" hreflang=\"en\" lang=\"en\">English</a></li>"))
        #expect(en.contains("<a href=\"../../../visits/plan/index.html\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a></li>"))
        // Interface strings from each language's catalogue; the form's labels and options in each language, values shared.
        #expect(zh.contains("跳到正文") && !zh.contains("Skip to the content"))
        #expect(en.contains("Skip to the content") && !en.contains("跳到正文"))
        #expect(zh.contains("<option value=\"exec\">高层拜访</option>") && zh.contains("<option>first visit</option>"))
        #expect(site.read("visits/index.html")?.contains("<option value=\"exec\">") == false)
        // The English page links within the English edition; its order comes from the Chinese page (weight 1 after 0).
        #expect(en.contains("href=\"../other/index.html\""))
        let enSection = try #require(site.read("en/visits/index.html"))
        let other = try #require(enSection.range(of: "other/index.html"))
        let plan = try #require(enSection.range(of: "plan/index.html"))
        #expect(other.lowerBound < plan.lowerBound)
        // A search index per language, named by the pages of that language.
        #expect(site.read("assets/search-index.js")?.contains("\"计划\"") == true)
        #expect(site.read("assets/search-index.en.js")?.contains("\"Plan\"") == true)
        #expect(en.contains("data-index=\"assets/search-index.en.js\"") && !zh.contains("data-index="))
        // Each index is made on its own thread while the site is checked: each edition's, the same as made after.
        var clock = StageClock()
        let assembly = Pipeline.assemble(SiteLoader(root: site.root).load(), options: BuildOptions(site: site.root), clock: &clock)
        let editions = [(assembly.site, "assets/search-index.js")] + assembly.editions.map { ($0.site, "assets/search-index.en.js") }
        for (edition, path) in editions { #expect(site.read(path) == SearchIndex.script(for: edition), "\(path)") }
    }

    @Test func anUntranslatedPageIsShownInTheDefaultLanguageWithANote() throws {
        let site = try TemporarySite(Self.files)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let fallback = try #require(site.read("en/visits/other/index.html"))
        #expect(fallback.contains("<html lang=\"en\">"))
        #expect(fallback.contains("<p class=\"note-untranslated\" role=\"note\">This page is not translated into English yet"))
        #expect(fallback.contains("<article class=\"page\" lang=\"zh-CN\">") && fallback.contains("见"))
        // From the Chinese page, the switch says the English one is not translated yet; it still exists.
        let original = try #require(site.read("visits/other/index.html"))
        #expect(original.contains("English</a> <span class=\"language-note\">尚未翻译</span>"))
        #expect(!original.contains("note-untranslated"))
        // No hreflang to a page that is not translated; the sitemap lists only written pages.
        #expect(!original.contains("hreflang=\"en\" href=\"https://example.com/pb/en/visits/other/\""))
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(
            sitemap.contains(
                "<url><loc>https://example.com/pb/en/visits/plan/</loc><xhtml:link rel=\"alternate\" hreflang=\"zh-CN\" "
                    + "href=\"https://example.com/pb/visits/plan/\"/><xhtml:link rel=\"alternate\" hreflang=\"en\" "
                    + "href=\"https://example.com/pb/en/visits/plan/\"/></url>"))
        #expect(!sitemap.contains("pb/en/visits/other/"))
        // A filled sheet is a record: one file, shown in both languages with the labels of each.
        #expect(site.read("visit-plans/2026-01-05-exec/index.html")?.contains("高层拜访") == true)
        let sheet = try #require(site.read("en/visit-plans/2026-01-05-exec/index.html"))
        #expect(sheet.contains("Executive visit") && !sheet.contains("note-untranslated"))
    }

    /// Every relative link of every page, in both editions, leads to a file that exists (a tag, rep or account link
    /// of the English edition stays in it).
    @Test func everyLinkOfEitherEditionLeadsToAFileThatExists() throws {
        var files = Self.files
        files["content/_data/team.yaml"] = "reps:\n  - {id: li-na, name: Li Na, role: Account executive}\n"
        files["content/_data/accounts.csv"] =
            "id,name,owner,segment,annual_revenue,relationship_level,stage\nharbor,Harbor Logistics,li-na,Logistics,1000,2,customer\n"
        files["content/visit-plans/2026-01-05-exec.md"] = "---\nform: visit\ndate: 2026-01-05\nreason: exec\n---\n"
        let site = try TemporarySite(files)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let pages = try FileManager.default.subpathsOfDirectory(atPath: site.output.path).filter { $0.hasSuffix(".html") }
        var checked = 0
        for page in pages where page != "404.html" {  // the 404 page resolves its links against the base URL
            let html = try #require(site.read(page))
            let folder = site.output.appendingPathComponent((page as NSString).deletingLastPathComponent)
            for match in html.matches(of: /(?:href|src)="([^"#:]+)(?:#[^"]*)?"/) {
                let target = folder.appendingPathComponent(String(match.1)).standardizedFileURL.path
                #expect(FileManager.default.fileExists(atPath: target), "\(page) → \(match.1)")
                checked += 1
            }
        }
        #expect(checked > 200)
        // The English edition's tags, reps and accounts are its own.
        let tags = try #require(site.read("en/tags/index.html"))
        #expect(tags.contains("href=\"visits/index.html\""))
        #expect(site.read("en/accounts/harbor/index.html")?.contains("href=\"../../team/li-na/index.html\"") == true)
    }

    /// Every language switch and every relative link of the output leads to a file that exists.
    @Test func everySwitchLeadsToAPageThatExists() throws {
        let site = try TemporarySite(Self.files)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let pages = try FileManager.default.subpathsOfDirectory(atPath: site.output.path).filter { $0.hasSuffix(".html") }
        var checked = 0
        for page in pages {
            let html = try #require(site.read(page))
            guard let nav = html.range(of: "<nav class=\"language-switch\""), let end = html[nav.upperBound...].range(of: "</nav>") else {
                continue
            }
            for match in html[nav.lowerBound..<end.upperBound].matches(of: /href="([^"]+)"/) {
                let folder = (page as NSString).deletingLastPathComponent
                let target = URL(fileURLWithPath: site.output.appendingPathComponent(folder).path).appendingPathComponent(String(match.1))
                #expect(FileManager.default.fileExists(atPath: target.standardizedFileURL.path), "\(page) → \(match.1)")
                checked += 1
            }
        }
        #expect(checked >= 16)
    }

    @Test func languageFileMistakesAreErrorsAndNothingIsWritten() throws {
        var files = Self.files
        files["content/visits/plan.fr.md"] = "---\ntitle: Plan\n---\n"
        files["content/visits/gone.en.md"] = "---\ntitle: Gone\n---\n"
        let site = try TemporarySite(files)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded && !report.wroteOutput)
        #expect(
            report.diagnostics.lines == [
                "content/visits/gone.en.md:1:1: error: a translation of content/visits/gone.md, which does not exist: "
                    + "write the page in zh-CN first (a translation takes its place from it)",
                "content/visits/plan.fr.md:1:1: error: this file is for the language 'fr', which playbook.yaml does not list "
                    + "(languages: zh-CN, en): add it there, or rename the file",
            ])
    }

    @Test func aOneLanguageSampleForEachLanguageBuildsStrict() throws {
        for language in SiteStarter.languages {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-init-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let created = SiteStarter.create(at: folder, language: language, example: true)
            #expect(created.diagnostics.isEmpty)
            #expect(!created.files.contains { $0.hasSuffix(".en.md") })
            let settings = try String(contentsOf: folder.appendingPathComponent("playbook.yaml"), encoding: .utf8)
            #expect(settings.contains("languages: [\(language)]"))
            #expect(settings.contains("\n# as_of: ") && !settings.contains("\nas_of:"))  // a new site judges overdue visits today
            let report = Pipeline.build(BuildOptions(site: folder, strict: true))
            #expect(report.succeeded, "\(report.diagnostics.lines)")
            #expect(report.untranslated.isEmpty && report.pageCount > 50)
            let home = try String(contentsOf: folder.appendingPathComponent("public/index.html"), encoding: .utf8)
            #expect(home.contains("<html lang=\"\(language)\">"))
            #expect(home.contains(language == "en" ? "Sales playbook" : "销售手册"))
        }
    }

    /// With `repository:` every page written in a file links to its editing page on the Git host, in its language,
    /// and tells the scripts where a filled form can be proposed.
    @Test func aRepositoryGivesEveryPageItsEditLink() throws {
        var files = Self.files
        files["playbook.yaml"]! += "\nrepository: {url: https://github.com/acme/playbook, branch: main}\n"
        let site = try TemporarySite(files)
        defer { site.cleanUp() }
        #expect(site.build(strict: true).succeeded)
        let zh = try #require(site.read("visits/plan/index.html"))
        #expect(zh.contains("<a href=\"https://github.com/acme/playbook/edit/main/content/visits/plan.md\" rel=\"nofollow\">编辑本页</a>"))
        let en = try #require(site.read("en/visits/plan/index.html"))
        #expect(
            en.contains(
                "<a href=\"https://github.com/acme/playbook/edit/main/content/visits/plan.en.md\" rel=\"nofollow\">Edit this page</a>"))
        #expect(en.contains("data-new-file=\"https://github.com/acme/playbook/new/main\" data-new-file-name=\"filename\""))
        #expect(en.contains("data-upload-visit-plans=\"https://github.com/acme/playbook/upload/main/content/visit-plans/\""))
        // Pages the site makes have no file to edit.
        #expect(site.read("tags/index.html")?.contains("edit-link") == false)
        // Without the setting, nothing of it.
        let plain = try TemporarySite(Self.files)
        defer { plain.cleanUp() }
        #expect(plain.build().succeeded)
        #expect(plain.read("visits/plan/index.html")?.contains("edit-link") == false)
        #expect(plain.read("visits/plan/index.html")?.contains("data-new-file") == false)
    }
}
