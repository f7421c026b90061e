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

    @Test func anEntryWithoutAPageAndTwoFolderPagesAreNoted() throws {
        let source = try TemporarySite(
            [
                "mkdocs.yml": "site_name: G\nnav:\n  - Later:\n  - Guide: [guide/readme.md, guide/a.md]\n",
                "docs/guide/readme.md": "# Guide\n", "docs/guide/a.md": "# A\n", "docs/two/index.md": "# I\n",
                "docs/two/README.md": "# R\n",
            ], copyingTheme: false)
        defer { source.cleanUp() }
        let run = ImportRun(.mkdocs, source: source.root)
        defer { run.cleanUp() }
        #expect(run.report.succeeded)
        // `readme.md` in any case is its folder's page.
        #expect(run.text("content/guide/readme.md").hasPrefix("---\ntitle: Guide\nweight: 10\n---\n"))
        #expect(
            run.warnings == [
                "src/docs/two/README.md:1:1: warning: not in the navigation (src/mkdocs.yml): copied, listed after the pages that are",
                "src/docs/two/README.md:1:1: warning: two/README.md and two/index.md would both be their folder's page: "
                    + "rename one before building",
                "src/docs/two/index.md:1:1: warning: not in the navigation (src/mkdocs.yml): copied, listed after the pages that are",
                "src/mkdocs.yml:3:5: warning: the entry 'Later' names no page and has none under it: not carried over",
            ])
    }
}
