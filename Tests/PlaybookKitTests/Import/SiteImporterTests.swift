import Foundation
import PlaybookCore
import PlaybookKit
import PlaybookTestSupport
import Testing

@Suite struct SiteImporterTests {
    @Test func anMkDocsSiteKeepsItsNavigationsTitlesAndOrderAndBuilds() throws {
        let before = ImportRun.snapshot(Fixtures.folder.appendingPathComponent("import/mkdocs"))
        let run = ImportRun(.mkdocs)
        defer { run.cleanUp() }
        #expect(run.report.succeeded, "\(run.report.lines)")
        #expect(ImportRun.snapshot(run.source) == before, "the source is only read")

        // Titles and weights from nav:, 10, 20, 30 … per level; the section title on the folder's own page.
        #expect(run.text("content/process/index.md").hasPrefix("---\ntitle: 销售流程管理\nweight: 10\n---\n\n# 流程总览\n"))
        #expect(run.text("content/process/negotiation.md").hasPrefix("---\ntitle: 商务谈判\nweight: 20\n---\n"))
        #expect(run.text("content/faq.md").hasPrefix("---\ntitle: 常见问题\nweight: 30\n---\n"))
        #expect(run.text("content/index.md").hasPrefix("---\ntitle: 首页\n---\n"))
        // Existing front matter is kept, the title replaced where it stood.
        #expect(run.text("content/process/visit.md").hasPrefix("---\nweight: 10\ntitle: 拜访准备\ntags: [拜访]\n---\n"))
        // A nav section without a page of its own gets one.
        #expect(run.text("content/accounts/_index.md") == "---\ntitle: 客户经营\nweight: 20\n---\n\n")
        // The pictures beside the pages, and the page not in nav, are copied.
        #expect(run.exists("content/process/img/map.png") && run.exists("content/drafts/notes.md"))
        #expect(run.text("content/drafts/notes.md") == "# 草稿笔记\n\n还没有放进导航。\n")
        // The starter's theme and site files, its pages left out, its settings named after the source.
        #expect(run.exists("templates/layouts/page.mustache") && run.exists(".github/workflows/playbook.yml"))
        #expect(!run.exists("content/visit-planning/_index.md"))
        let settings = run.text("playbook.yaml")
        #expect(settings.contains("\ntitle: 销售手册\n") && settings.contains("\nlanguages: [zh-CN]\n"))
        #expect(settings.contains("\ndescription: 我们团队的销售方法\n"))

        #expect(
            run.warnings == [
                "src/docs/drafts/notes.md:1:1: warning: not in the navigation (src/mkdocs.yml): copied, listed after the pages that are",
                "src/mkdocs.yml:4:1: warning: the theme 'material' is not carried over: Playbook's own theme is used",
                "src/mkdocs.yml:7:1: warning: 'markdown_extensions' is not carried over: the build reads CommonMark with its own additions "
                    + "(see the README's \"Markdown\")",
                "src/mkdocs.yml:10:20: warning: the tag '!!python/name:material.extensions.emoji.twemoji' is MkDocs's (Python): "
                    + "its value is ignored",
                "src/mkdocs.yml:21:5: warning: the link '公司网站' to https://example.com/ is not carried over: "
                    + "Playbook's sidebar lists the site's own pages only",
            ])
        #expect(run.report.lines.last?.hasPrefix("imported 8 pages and 1 other file from mkdocs into site") == true)

        let build = run.build()
        #expect(build.succeeded, "\(build.diagnostics.lines)")
        let home = run.built("index.html")
        #expect(home.has("销售流程管理", before: "客户经营"))
        let process = run.built("process/index.html")
        #expect(process.contains("<h1") && process.has("拜访准备", before: "商务谈判"))
    }

    @Test func aHugoSiteKeepsItsWeightsTitlesAndDatesInTOMLAndYAML() throws {
        let before = ImportRun.snapshot(Fixtures.folder.appendingPathComponent("import/hugo"))
        let run = ImportRun(.hugo)
        defer { run.cleanUp() }
        #expect(run.report.succeeded, "\(run.report.lines)")
        #expect(ImportRun.snapshot(run.source) == before)

        // TOML front matter edited as TOML: the weight replaced where it stood, lastmod → reviewed.
        #expect(
            run.text("content/prospecting/cold-calls.md").hasPrefix(
                "+++\nreviewed = \"2026-03-01\"\ntitle = \"Cold calls\"\nweight = 20\nlastmod = 2026-03-01\n"))
        #expect(run.text("content/prospecting/_index.md").hasPrefix("+++\ntitle = \"Prospecting\"\nweight = 20\n+++\n"))
        // Hugo's order: weight, then unweighted pages; a menu weight orders a page without one; linkTitle as the title when none.
        #expect(
            run.text("content/prospecting/referrals.md").hasPrefix(
                "---\ntitle: Referrals from customers\nlinkTitle: Referrals\nweight: 10\n"))
        #expect(run.text("content/prospecting/events.md").hasPrefix("---\nweight: 30\ntitle: Events\n"))
        #expect(run.text("content/closing/_index.md").hasPrefix("---\ntitle: Closing\nweight: 10\nlinkTitle: Closing\n"))
        // A draft stays a draft; a Hugo layout becomes a comment; static/ is copied into content/.
        #expect(
            run.text("content/closing/proposals.md").hasPrefix(
                "+++\nweight = 20\ntitle = \"Proposals\"\ndraft = true\n# layout = \"wide\"\n+++\n"))
        #expect(run.exists("content/images/logo.png") && !run.exists("content/layouts") && !run.exists("layouts"))
        let settings = run.text("playbook.yaml")
        #expect(settings.contains("\ntitle: \"Field Sales Handbook\"\n") && settings.contains("\nlanguages: [en]\n"))

        let warnings = run.warnings.joined(separator: "\n")
        for expected in [
            "src/hugo.toml:2:1: warning: 'baseURL' is not carried over",
            "src/hugo.toml:10:1: warning: 'menu' is not carried over",
            "src/hugo.toml:5:1: warning: 'theme' is not carried over",
            "src/layouts:1:1: warning: layouts/ is not carried over",
            "src/content/prospecting/cold-calls.md:5:1: warning: 'aliases' is not carried over: Playbook makes no redirect pages",
            "src/content/closing/pricing.md:3:1: warning: 'slug' is not carried over",
            "src/content/closing/proposals.md:4:1: warning: 'layout' names a Hugo template: kept as a comment",
            "src/content/prospecting/referrals.md:3:1: warning: linkTitle 'Referrals' is kept as a page parameter only",
            "src/content/closing/_index.md:3:1: warning: 'menu' is not carried over",
        ] {
            #expect(warnings.contains(expected), "\(expected)")
        }
        #expect(run.warnings.count == 9)

        let build = run.build()
        #expect(build.succeeded, "\(build.diagnostics.lines)")
        #expect(run.built("index.html").has("Closing", before: "Prospecting"))
        let prospecting = run.built("prospecting/index.html")
        #expect(prospecting.has("Referrals from customers", before: "Cold calls") && prospecting.has("Cold calls", before: "Events"))
        #expect(!run.exists("public/closing/proposals/index.html"), "a draft is not published")
    }

    @Test func aDocsifySiteKeepsItsSidebar() throws {
        let before = ImportRun.snapshot(Fixtures.folder.appendingPathComponent("import/docsify"))
        let run = ImportRun(.docsify)
        defer { run.cleanUp() }
        #expect(run.report.succeeded, "\(run.report.lines)")
        #expect(ImportRun.snapshot(run.source) == before)
        #expect(run.text("content/guide/_index.md") == "---\ntitle: Calling\nweight: 10\n---\n\n")
        #expect(run.text("content/guide/opening.md").hasPrefix("---\ntitle: \"Opening lines\"\nweight: 10\n---\n\n# Opening\n"))
        #expect(run.text("content/guide/objections.md").hasPrefix("---\ntitle: \"Handling objections\"\nweight: 20\n---\n"))
        #expect(run.text("content/follow-up.md").hasPrefix("---\ntitle: Follow-up\nweight: 20\n---\n"))
        #expect(run.text("content/README.md").hasPrefix("---\ntitle: Home\n---\n\n# Inside sales\n"))
        #expect(!run.exists("content/_sidebar.md") && !run.exists("content/index.html"))
        let settings = run.text("playbook.yaml")
        #expect(settings.contains("\ntitle: \"Inside Sales Guide\"\n") && settings.contains("\nlanguages: [en]\n"))
        #expect(
            run.warnings == [
                "src/_sidebar.md:6:1: warning: the link 'Vendor docs' to https://docsify.js.org/ is not carried over: "
                    + "Playbook's sidebar lists the site's own pages only"
            ])
        let build = run.build()
        #expect(build.succeeded, "\(build.diagnostics.lines)")
        #expect(run.built("guide/index.html").has("Opening lines", before: "Handling objections"))
    }

    @Test func aGitBookKeepsItsPartsAndNestedPages() throws {
        let before = ImportRun.snapshot(Fixtures.folder.appendingPathComponent("import/gitbook"))
        let run = ImportRun(.gitbook)
        defer { run.cleanUp() }
        #expect(run.report.succeeded, "\(run.report.lines)")
        #expect(ImportRun.snapshot(run.source) == before)
        // `.gitbook.yaml`'s root: docs/ is the content; a part is a section, its folder's page written.
        #expect(run.text("content/basics/_index.md") == "---\ntitle: Basics\nweight: 10\n---\n\n")
        #expect(run.text("content/basics/demo.md").hasPrefix("---\ntitle: Demo\nweight: 20\n---\n"))
        #expect(run.text("content/advanced/README.md").hasPrefix("---\ntitle: Advanced\nweight: 20\n---\n"))
        #expect(run.text("content/advanced/champions.md").hasPrefix("---\ntitle: Champions\nweight: 10\n---\n"))
        #expect(run.text("content/README.md").hasPrefix("---\ntitle: Introduction\n---\n"))
        #expect(!run.exists("content/SUMMARY.md"))
        #expect(
            run.warnings == [
                "src/docs/SUMMARY.md:12:1: warning: the title 'Multi-threading a deal' is not carried over: 'advanced/README.md' is its "
                    + "folder's page, titled 'Advanced' by the section at src/docs/SUMMARY.md:10:1",
                "src/docs/SUMMARY.md:14:1: warning: 'missing.md' is not a page of the site: the entry is not carried over",
            ])
        let build = run.build()
        #expect(build.succeeded, "\(build.diagnostics.lines)")
        #expect(run.built("index.html").has("Basics", before: "Advanced"))
    }

    @Test(arguments: ImportSource.allCases)
    func theSameSourceGivesTheSameSiteByteForByte(_ tool: ImportSource) throws {
        let first = ImportRun(tool)
        let second = ImportRun(tool)
        defer {
            first.cleanUp()
            second.cleanUp()
        }
        #expect(first.report.succeeded && second.report.succeeded)
        #expect(ImportRun.snapshot(first.destination) == ImportRun.snapshot(second.destination))
        #expect(first.report.lines == second.report.lines)
    }

    @Test func aFolderWithFilesIsRefusedAndLeftAsItWas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let report = SiteImporter.run(
            .mkdocs, source: Fixtures.folder.appendingPathComponent("import/mkdocs"), destination: folder, destinationShown: "out")
        #expect(report.exitCode == 1)
        #expect(
            report.lines.first
                == "out:1:1: error: is not empty: the new site goes into an empty or new folder, so nothing there is overwritten")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])

        // An empty folder is taken.
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let made = SiteImporter.run(.mkdocs, source: Fixtures.folder.appendingPathComponent("import/mkdocs"), destination: empty)
        #expect(made.succeeded)
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("content/faq.md").path))
    }

    @Test func aBrokenMkDocsFileIsAnErrorAtItsPlaceAndNothingIsWritten() throws {
        let source = try TemporarySite(
            ["mkdocs.yml": "site_name: x\nnav:\n  - A: [a.md\n", "docs/a.md": "# A\n"], copyingTheme: false)
        defer { source.cleanUp() }
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let report = SiteImporter.run(
            .mkdocs, source: source.root, destination: parent.appendingPathComponent("out"), sourceShown: "src")
        #expect(report.exitCode == 1)
        #expect(
            report.lines.first
                == "src/mkdocs.yml:4:1: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] == [], "nothing half-written")

        let wrongNav = try TemporarySite(["mkdocs.yml": "site_name: x\nnav: {a: b}\n", "docs/a.md": "# A\n"], copyingTheme: false)
        defer { wrongNav.cleanUp() }
        let wrong = SiteImporter.run(.mkdocs, source: wrongNav.root, destination: parent.appendingPathComponent("out"), sourceShown: "src")
        #expect(wrong.lines.first == "src/mkdocs.yml:2:6: error: 'nav' must be a list of pages and sections, not a mapping")

        let missing = SiteImporter.run(.hugo, source: source.root, destination: parent.appendingPathComponent("out"), sourceShown: "src")
        #expect(missing.lines.first?.hasPrefix("src/hugo.toml:1:1: error: no hugo.toml or config.toml") == true)
    }

    @Test func aFolderInsideTheSourceIsRefused() throws {
        let source = try TemporarySite(["mkdocs.yml": "site_name: x\n", "docs/a.md": "# A\n"], copyingTheme: false)
        defer { source.cleanUp() }
        let report = SiteImporter.run(
            .mkdocs, source: source.root, destination: source.root.appendingPathComponent("site"), destinationShown: "site")
        #expect(
            report.lines.first == "site:1:1: error: is inside the source folder, which import never changes: choose a folder outside it")
        #expect(!FileManager.default.fileExists(atPath: source.root.appendingPathComponent("site").path))
    }
}
