import Foundation
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

/// `playbook serve`'s rebuilds: whatever path an update takes, the output
/// folder ends up byte for byte what a full build of the same files writes.
@Suite struct LiveSiteTests {
    static let page = "content/visit-planning/commitment-objective.md"

    /// A copy of the project's sample playbook, with its live site built once.
    func started() throws -> (TemporarySite, LiveSite) {
        let site = try TemporarySite.sample(language: "en")  // one language: edits are applied in place
        let live = LiveSite(options: BuildOptions(site: site.root))
        let first = live.update(changed: nil)
        #expect(first.succeeded, "\(first.diagnostics.lines)")
        return (site, live)
    }

    /// What `playbook build` writes for the site's files as they are now.
    func fullBuild(_ site: TemporarySite) -> [String: Data] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-full-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = Pipeline.build(BuildOptions(site: site.root, output: output))
        #expect(report.succeeded, "\(report.diagnostics.lines)")
        return snapshot(output)
    }

    func append(_ text: String, to path: String, in site: TemporarySite) throws {
        let old = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(path, old + text)
    }

    func expectSameAsFullBuild(_ site: TemporarySite, _ live: LiveSite) {
        live.waitForSearchIndex()
        let served = snapshot(site.output)
        let full = fullBuild(site)
        #expect(Set(served.keys) == Set(full.keys))
        for (path, data) in full where served[path] != data {
            Issue.record("\(path) differs from a full build")
        }
    }

    @Test func aBodyEditRendersThatPageAloneAndMatchesAFullBuild() throws {
        let (site, live) = try started()
        defer { site.cleanUp() }
        expectSameAsFullBuild(site, live)
        try append("\nA sentence added while serving.\n", to: Self.page, in: site)
        let update = live.update(changed: [Self.page])
        #expect(update.succeeded && update.incremental)
        #expect(update.changedFiles == ["visit-planning/commitment-objective/index.html"])
        #expect(site.read("visit-planning/commitment-objective/index.html")?.contains("A sentence added while serving.") == true)
        expectSameAsFullBuild(site, live)  // the search index included, once refreshed
        live.waitForSearchIndex()
        #expect(site.read("assets/search-index.js")?.contains("serving") == true)
    }

    @Test func aNewTitleRendersThePagesThatShowItAndMatchesAFullBuild() throws {
        let (site, live) = try started()
        defer { site.cleanUp() }
        let path = site.root.appendingPathComponent(Self.page)
        let text = try String(contentsOf: path, encoding: .utf8)
        let retitled = text.replacingOccurrences(of: "title: ", with: "title: Renamed — ", options: [], range: text.range(of: "title: "))
        try site.write(Self.page, retitled)
        let update = live.update(changed: [Self.page])
        #expect(update.succeeded && update.incremental)
        #expect(update.changedFiles.count > 2)  // the page, its section, its neighbours, every page of its section's sidebar…
        #expect(update.changedFiles.count < 40)  // …not the whole site (120 pages)
        #expect(site.read("visit-planning/index.html")?.contains("Renamed — ") == true)
        expectSameAsFullBuild(site, live)
    }

    /// A site with every place a page can stand: the home page's own pages, top-level
    /// and nested sections, tags. Each page in turn gets a new title, summary and
    /// weight while serving; the output must be what a full build makes.
    @Test(arguments: [
        "content/_index.md", "content/about.md", "content/a/_index.md", "content/a/one.md", "content/a/two.md",
        "content/a/three.md", "content/a/b/_index.md", "content/a/b/deep.md", "content/a/b/deeper.md", "content/c/_index.md",
        "content/c/only.md",
    ])
    func whatAPageShowsOfItselfReachesEveryPageThatShowsIt(_ edited: String) throws {
        var files: [String: String] = [:]
        for (index, path) in [
            "content/_index.md", "content/about.md", "content/a/_index.md", "content/a/one.md", "content/a/two.md",
            "content/a/three.md", "content/a/b/_index.md", "content/a/b/deep.md", "content/a/b/deeper.md", "content/c/_index.md",
            "content/c/only.md",
        ].enumerated() {
            files[path] =
                "---\ntitle: Page \(index)\nweight: \(index)\nsummary: Summary \(index)\ntags: [t\(index % 2)]\n"
                + "purpose: Purpose \(index)\nreviewed: 2026-01-0\(index % 9 + 1)\n---\n\nBody \(index).\n"
        }
        files["playbook.yaml"] = "title: Shapes\nbase_url: https://example.com/\n"
        let site = try TemporarySite(files)
        defer { site.cleanUp() }
        let live = LiveSite(options: BuildOptions(site: site.root))
        #expect(live.update(changed: nil).succeeded)
        let old = try #require(files[edited])
        let new = old.replacingOccurrences(of: "title: Page", with: "title: Renamed page")
            .replacingOccurrences(of: "summary: Summary", with: "summary: New summary")
            .replacingOccurrences(of: "purpose: Purpose", with: "purpose: New purpose")
            .replacingOccurrences(of: "reviewed: 2026-01-0", with: "reviewed: 2026-02-0")
            .replacingOccurrences(of: "weight: ", with: "weight: 10")
        try site.write(edited, new)
        let update = live.update(changed: [edited])
        #expect(update.succeeded && update.incremental, "\(update.diagnostics.lines)")
        expectSameAsFullBuild(site, live)
    }

    @Test func addedAndRemovedPagesLayoutsAndTeamData() throws {
        let (site, live) = try started()
        defer { site.cleanUp() }
        try site.write("content/visit-planning/new-page.md", "---\ntitle: A new page\n---\n\nNew.\n")
        #expect(live.update(changed: ["content/visit-planning/new-page.md"]).succeeded)
        #expect(site.read("visit-planning/new-page/index.html") != nil)
        expectSameAsFullBuild(site, live)

        try site.remove("content/visit-planning/new-page.md")
        let removal = live.update(changed: ["content/visit-planning/new-page.md"])
        #expect(removal.changedFiles.contains("visit-planning/new-page/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("visit-planning/new-page").path))
        expectSameAsFullBuild(site, live)

        try append("<!-- edited -->\n", to: "templates/layouts/page.mustache", in: site)
        #expect(live.update(changed: ["templates/layouts/page.mustache"]).succeeded)
        #expect(site.read("visit-planning/commitment-objective/index.html")?.contains("<!-- edited -->") == true)
        expectSameAsFullBuild(site, live)

        let team = try String(contentsOf: site.root.appendingPathComponent("content/_data/team.yaml"), encoding: .utf8)
        try site.write("content/_data/team.yaml", team.replacingOccurrences(of: "Anna Kowalski", with: "Anna Kowalska"))
        #expect(live.update(changed: ["content/_data/team.yaml"]).succeeded)
        #expect(site.read("team/index.html")?.contains("Anna Kowalska") == true)
        expectSameAsFullBuild(site, live)
    }

    @Test func aBrokenEditKeepsTheLastGoodSiteUntilItIsMended() throws {
        let (site, live) = try started()
        defer { site.cleanUp() }
        let before = snapshot(site.output)
        let original = try String(contentsOf: site.root.appendingPathComponent(Self.page), encoding: .utf8)
        try site.write(Self.page, "---\ntitle: [broken\n---\nBody.\n")
        let broken = live.update(changed: [Self.page])
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.lines.contains { $0.hasPrefix(Self.page + ":") && $0.contains("error:") })
        #expect(snapshot(site.output) == before)

        // A good edit elsewhere waits while the site has errors…
        let other = "content/visit-planning/after-the-visit.md"
        try append("\nWaiting for the fix.\n", to: other, in: site)
        #expect(!live.update(changed: [other]).succeeded)
        #expect(snapshot(site.output) == before)

        // …and lands with the fix.
        try site.write(Self.page, original + "\nMended.\n")
        let mended = live.update(changed: [Self.page])
        #expect(mended.succeeded, "\(mended.diagnostics.lines)")
        #expect(site.read("visit-planning/after-the-visit/index.html")?.contains("Waiting for the fix.") == true)
        #expect(site.read("visit-planning/commitment-objective/index.html")?.contains("Mended.") == true)
        expectSameAsFullBuild(site, live)
    }

    @Test func aBrokenLayoutBlocksEveryUpdateUntilFixed() throws {
        let (site, live) = try started()
        defer { site.cleanUp() }
        let layout = try String(contentsOf: site.root.appendingPathComponent("templates/layouts/page.mustache"), encoding: .utf8)
        try site.write("templates/layouts/page.mustache", layout + "{{#unclosed}}\n")
        #expect(!live.update(changed: ["templates/layouts/page.mustache"]).succeeded)
        try append("\nStill broken elsewhere.\n", to: Self.page, in: site)
        let update = live.update(changed: [Self.page])
        #expect(!update.succeeded && !update.incremental)
        try site.write("templates/layouts/page.mustache", layout)
        #expect(live.update(changed: ["templates/layouts/page.mustache"]).succeeded)
        expectSameAsFullBuild(site, live)
    }

    @Test func aFileThatCameAndWentChangesNothing() throws {
        let (site, live) = try started()
        defer { site.cleanUp() }
        let update = live.update(changed: ["content/visit-planning/.commitment-objective.md.swp", "content/visit-planning/sed1234"])
        #expect(update.succeeded && update.changedFiles.isEmpty && update.incremental)
    }
}
