import Foundation
import PlaybookCore
import PlaybookKit
import PlaybookTestSupport
import Testing

@Suite struct MkDocsNavigationTests {
    @Test func withoutNavThePagesFollowMkDocsOwnOrder() throws {
        let source = try TemporarySite(
            [
                "mkdocs.yml": "site_name: Guide\ndocs_dir: pages/\ntheme: readthedocs\n",
                "pages/b.md": "# B\n", "pages/a.md": "# A\n", "pages/index.md": "# Home\n", "pages/sub/z.md": "# Z\n",
            ], copyingTheme: false)
        defer { source.cleanUp() }
        let run = ImportRun(.mkdocs, source: source.root)
        defer { run.cleanUp() }
        #expect(run.report.succeeded, "\(run.report.lines)")
        #expect(run.text("content/a.md").hasPrefix("---\nweight: 10\n---\n"))
        #expect(run.text("content/b.md").hasPrefix("---\nweight: 20\n---\n"))
        #expect(run.text("content/sub/_index.md") == "---\ntitle: Sub\nweight: 30\n---\n\n")
        #expect(run.text("content/index.md") == "# Home\n")
        #expect(run.warnings == ["src/mkdocs.yml:3:1: warning: the theme 'readthedocs' is not carried over: Playbook's own theme is used"])
        #expect(run.text("playbook.yaml").contains("\nlanguages: [en]\n"))
        #expect(run.build().succeeded)
    }

    @Test func environmentTagsAreReadAsPlainValues() throws {
        let source = try TemporarySite(
            ["mkdocs.yml": "site_name: !ENV [SITE_NAME, 'Guide']\nnav:\n  - Start: a.md\n", "docs/a.md": "# A\n"],
            copyingTheme: false)
        defer { source.cleanUp() }
        let run = ImportRun(.mkdocs, source: source.root)
        defer { run.cleanUp() }
        #expect(run.report.succeeded)
        #expect(run.warnings == ["src/mkdocs.yml:1:12: warning: the tag '!ENV' is MkDocs's (Python): its value is ignored"])
        #expect(run.text("content/a.md").hasPrefix("---\ntitle: Start\nweight: 10\n---\n"))
    }
}
