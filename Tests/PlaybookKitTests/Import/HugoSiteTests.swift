import Foundation
import PlaybookCore
import PlaybookKit
import PlaybookTestSupport
import Testing

@Suite struct HugoSiteTests {
    @Test func translationsGetPlaybooksNamesAndTheLanguagesTheirTags() throws {
        let source = try TemporarySite(
            [
                "config.yaml": """
                title: 手册
                defaultContentLanguage: zh
                languages:
                  en: {weight: 2, languageCode: en-US}
                  zh: {weight: 1, languageCode: zh-CN}
                """,
                "content/a.zh.md": "---\ntitle: 甲\nweight: 1\n---\n",
                "content/a.en.md": "---\ntitle: A\nweight: 1\n---\n",
                "content/b.md": "---\ntitle: 乙\nweight: 2\nlastmod: 2026-05-04T10:00:00+08:00\nurl: /b/\n---\n",
            ], copyingTheme: false)
        defer { source.cleanUp() }
        let run = ImportRun(.hugo, source: source.root)
        defer { run.cleanUp() }
        #expect(run.report.succeeded, "\(run.report.lines)")
        #expect(run.text("playbook.yaml").contains("\ntitle: 手册\n") && run.text("playbook.yaml").contains("\nlanguages: [zh-CN, en]\n"))
        #expect(run.exists("content/a.md") && run.exists("content/a.en.md") && !run.exists("content/a.zh.md"))
        #expect(run.text("content/a.md").hasPrefix("---\ntitle: 甲\nweight: 10\n"))
        #expect(run.text("content/b.md").hasPrefix("---\nreviewed: 2026-05-04\ntitle: 乙\nweight: 20\n"))
        #expect(run.warnings == ["src/content/b.md:5:1: warning: 'url' is not carried over: Playbook's URLs follow file paths"])
        let build = run.build()
        #expect(build.succeeded, "\(build.diagnostics.lines)")
        #expect(run.built("en/a/index.html").contains("A"))
    }

    @Test func aMenuWeightOrdersAPageWithoutOne() {
        #expect(
            HugoSite.menuWeight(.table([("sidebar", .table([("weight", .number(4))])), ("main", .table([("weight", .number(2))]))])) == 2)
        #expect(HugoSite.menuWeight(.text("main")) == nil)
    }

    @Test func badTOMLIsAnErrorAtItsPlace() throws {
        let source = try TemporarySite(["hugo.toml": "title = \"x\"\nbroken = \n", "content/a.md": "# A\n"], copyingTheme: false)
        defer { source.cleanUp() }
        let run = ImportRun(.hugo, source: source.root)
        defer { run.cleanUp() }
        #expect(run.report.exitCode == 1)
        #expect(run.report.lines.first?.hasPrefix("src/hugo.toml:2:") == true, "\(run.report.lines)")
        #expect(!run.exists(""))
    }
}
