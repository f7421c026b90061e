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

@Suite struct PipelineTests {
    @Test func fixtureSiteBuilds() throws {
        let site = try TemporarySite(copying: "basic")
        defer { site.cleanUp() }
        try FileManager.default.copyItem(at: Fixtures.theme, to: site.root.appendingPathComponent("templates"))
        let report = site.build(strict: true)
        #expect(report.diagnostics.lines == [])
        #expect(report.succeeded)
        #expect(report.pageCount == 6)  // four pages, tags/ and tags/visits/
        let files = Set(snapshot(site.output).keys)
        #expect(
            files.isSuperset(of: [
                "index.html", "guide/index.html", "guide/plan/index.html", "guide/debrief/index.html",
                "guide/files/notes.txt", "404.html", "assets/playbook.css", "assets/playbook.js",
            ]))
        #expect(!files.contains { $0.contains("_data") || $0.contains("_draft") })
        #expect(!files.contains("sitemap.xml"))
    }

    @Test func sampleSiteBuildsStrictWithEveryPage() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = Pipeline.build(BuildOptions(site: Fixtures.projectRoot, output: output, strict: true))
        #expect(report.diagnostics.lines == [])
        #expect(report.pageCount >= 25)
        let files = snapshot(output)
        // Every Markdown page has its HTML page.
        let content = Fixtures.projectRoot.appendingPathComponent("content")
        var markdown = 0
        for path in snapshot(content).keys
        where path.hasSuffix(".md") && !path.split(separator: "/").last!.hasPrefix("_") || path.hasSuffix("_index.md") {
            markdown += 1
            // A translation (`a/b.en.md`) is its page's version under the language's folder.
            let url =
                LanguageFile.split(path, languages: ["zh-CN", "en"]).map {
                    "\($0.language)/" + SitePath.pageURL(forContentPath: $0.basePath)
                }
                ?? SitePath.pageURL(forContentPath: path)
            #expect(files[SitePath.outputFile(forPageURL: url)] != nil, "no page for \(path)")
        }
        #expect(markdown >= 25)
        var checkboxes = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            checkboxes += html.components(separatedBy: "type=\"checkbox\"").count - 1
            // No URL starts at the server root (or is protocol-relative).
            for attribute in ["href=\"/", "src=\"/", "href='/", "src='/"] {
                #expect(!html.contains(attribute), "\(path) has a root-relative URL")
            }
        }
        #expect(checkboxes >= 10)
        // The sample team: two managers, 6–10 reps in all, 40 or more accounts, each with its page.
        let reps = files.keys.filter { $0.hasPrefix("team/") && $0 != "team/index.html" }
        let accounts = files.keys.filter { $0.hasPrefix("accounts/") && $0 != "accounts/index.html" }
        #expect((6...10).contains(reps.count))
        #expect(accounts.count >= 40)
        let team = String(decoding: files["team/index.html"] ?? Data(), as: UTF8.self)
        #expect(team.contains("<data value=\""))
        #expect(team.components(separatedBy: "<td>Sales manager, ").count - 1 == 2)
        // Satisfaction is shown on its scale, and the formula's revenue as a forecast.
        let rep = String(decoding: files["en/team/li-na/index.html"] ?? Data(), as: UTF8.self)
        #expect(rep.contains("</data> / 10</span>"))
        #expect(rep.contains("Financial revenue (forecast)"))
        // A rep scored more than once has the trend: a line of dots, and each criterion beside the team's average.
        let scored = String(decoding: files["en/team/tom-becker/index.html"] ?? Data(), as: UTF8.self)
        #expect(scored.contains("<svg class=\"chart chart-trend\""))
        #expect(scored.contains("<th scope=\"col\" class=\"num\">Team average</th>"))
        // Scored once: the table, no line, and no other chart drawn in its place.
        let once = String(decoding: files["en/team/sam-okafor/index.html"] ?? Data(), as: UTF8.self)
        #expect(once.contains("class=\"scorecard-trend\"") && !once.contains("chart-trend"))
        #expect(once.components(separatedBy: "id=\"rep-chart-title\"").count == 2)
    }

    /// A form's markup is the theme's: a site's own `partials/form` lays it out; a theme
    /// without one (written before forms were partials) gets the built-in theme's.
    @Test func formsAreLaidOutByTheThemesPartial() throws {
        let page = "---\ntitle: Plan\n---\n\n```form visit-plan\n```\n"
        let site = try TemporarySite(["content/plan.md": page, "content/_index.md": "# Home\n"])
        defer { site.cleanUp() }
        try site.write(
            "templates/layouts/partials/form.mustache", "<form class=\"mine\">{{title}}: {{#sections}}[{{title}}]{{/sections}}</form>\n")
        #expect(site.build(strict: true).succeeded)
        let mine = try #require(site.read("plan/index.html"))
        #expect(mine.contains("<form class=\"mine\">Visit plan: [") && !mine.contains("pb-form"))
        try site.remove("templates/layouts/partials/form.mustache")
        try site.remove("templates/layouts/partials/form-field.mustache")
        let report = site.build(strict: true)
        #expect(report.succeeded, "\(report.diagnostics.lines)")
        #expect(site.read("plan/index.html")?.contains("<form class=\"pb-form\" data-form=\"visit-plan\"") == true)
    }

    /// `--timings`: each stage on the clock and in processor time, in pipeline order.
    @Test func timingsNameEveryStageWithItsProcessorTime() throws {
        let site = try TemporarySite(["content/_index.md": "# Home\n", "content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.cleanUp() }
        let report = site.build(strict: true)
        #expect(report.stageSeconds.map(\.stage) == ["load", "parse", "resolve", "validate", "render", "write"])
        #expect(report.stageCPUSeconds.count == 6 && report.stageCPUSeconds.allSatisfy { $0 >= 0 })
        let line = report.timingLine
        #expect(line.hasPrefix("stages: load ") && line.contains(" s (cpu ") && line.hasSuffix(" s)"))
    }

    /// The form scripts are a third of the page's weight: only a page with a form or scorecard loads them.
    @Test func onlyAPageWithAFormLoadsTheFormScripts() throws {
        let site = try TemporarySite([
            "content/plan.md": "---\ntitle: Plan\n---\n\n```scorecard call-coaching\n```\n",
            "content/read.md": "---\ntitle: Read\n---\n\nJust text.\n", "content/_index.md": "# Home\n",
        ])
        defer { site.cleanUp() }
        #expect(site.build(strict: true).succeeded)
        let scripts = ["forms", "form-fields", "form-checks", "form-markdown", "scorecards"].map { "assets/js/\($0)." }
        let plan = try #require(site.read("plan/index.html"))
        let read = try #require(site.read("read/index.html"))
        #expect(scripts.allSatisfy { plan.contains($0) })
        #expect(!scripts.contains { read.contains($0) })
        #expect(read.contains("assets/js/checklists.") && read.contains("assets/playbook."))
    }

    /// Callouts and checklists are wrapped in the theme's partials: a site's own change shows on every page.
    @Test func calloutsAndChecklistsAreLaidOutByTheTheme() throws {
        let page = "---\ntitle: Plan\n---\n\n> [!TIP] Ask early\n> Body.\n\n- [ ] One\n- [x] Two\n"
        let site = try TemporarySite(["content/plan.md": page, "content/_index.md": "# Home\n"])
        defer { site.cleanUp() }
        try site.write("templates/layouts/partials/callout.mustache", "<aside class=\"{{kind}}\"><b>{{title}}</b>{{{body}}}</aside>\n")
        try site.write("templates/layouts/partials/task.mustache", "<span data-id=\"{{id}}\">{{#checked}}✓{{/checked}}{{{label}}}</span>\n")
        try site.write(
            "templates/layouts/partials/checklist.mustache", "<section data-done=\"{{done}}/{{total}}\">\n{{{list}}}\n</section>\n")
        #expect(site.build(strict: true).succeeded)
        let html = try #require(site.read("plan/index.html"))
        #expect(html.contains("<aside class=\"tip\"><b>Ask early</b>\n<p>Body.</p>\n</aside>"))
        #expect(html.contains("<section data-done=\"1/2\">\n<ul>"))
        #expect(html.contains("<span data-id=\"task-") && html.contains("\">✓Two</span>"))
        try site.remove("templates/layouts/partials/callout.mustache")
        #expect(site.build(strict: true).succeeded)
        #expect(site.read("plan/index.html")?.contains("<div class=\"callout callout-tip\" role=\"note\">") == true)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-a-\(UUID().uuidString)")
        let second = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-b-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        #expect(Pipeline.build(BuildOptions(site: Fixtures.projectRoot, output: first)).succeeded)
        var commandLine = BuildOptions(site: Fixtures.projectRoot, output: second)
        commandLine.endsProcess = true  // the model left for the exit: the same files
        #expect(Pipeline.build(commandLine).succeeded)
        let a = snapshot(first)
        let b = snapshot(second)
        #expect(a.count > 30)
        #expect(a == b)
    }

    @Test func everyBrokenInputIsReportedAtItsLineInOneRun() throws {
        var bad = Data("---\ntitle: Bad bytes\n---\nok\n".utf8)
        bad += Data([0xFF, 0xFE])
        let site = try TemporarySite([
            "content/_index.md": "---\ntitle: Home\n---\nHello.\n",
            "content/a/never-closed.md": "---\ntitle: Open\n\n# Body\n",
            "content/a/bad-yaml.md": "---\ntitle: [unclosed\n---\nBody\n",
            "content/a/wrong-type.md": "---\ntitle: Typed\nweight: heavy\n---\nBody\n",
            "content/a/custom.md": "---\ntitle: Custom\nlayout: missing-layout\n---\nBody\n",
            "content/b.md": "---\ntitle: B\n---\n",
            "content/b/_index.md": "---\ntitle: B section\n---\n",
            "templates/layouts/partials/broken.mustache": "<p>\n{{#open}}\n",
        ])
        defer { site.cleanUp() }
        try site.write("content/a/bad-utf8.md", bad)
        let report = site.build()
        #expect(report.exitCode == 1)
        #expect(!report.wroteOutput)
        let lines = report.diagnostics.lines
        #expect(lines.contains("content/a/bad-utf8.md:5:1: error: the file is not valid UTF-8 (save it as UTF-8)"))
        #expect(lines.contains { $0.hasPrefix("content/a/bad-yaml.md:3:1: error: invalid YAML") })
        #expect(lines.contains("content/a/custom.md:3:1: error: no layout 'missing-layout': add templates/layouts/missing-layout.mustache"))
        #expect(
            lines.contains(
                "content/a/never-closed.md:1:1: error: front matter opened with '---' is never closed: add a line '---' after it"))
        #expect(lines.contains("content/a/wrong-type.md:3:9: error: 'weight' must be a whole number, not 'heavy'"))
        #expect(
            lines.contains(
                "content/b/_index.md:1:1: error: two files claim the output 'b/index.html': content/b.md and content/b/_index.md; rename or move one"
            ))
        #expect(lines.contains { $0.hasPrefix("templates/layouts/partials/broken.mustache:") && $0.contains("error: layout syntax error") })
        #expect(report.diagnostics.errorCount == 7)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func missingDefaultLayoutIsOneErrorForAllItsPages() throws {
        let site = try TemporarySite(["content/a.md": "# A\n", "content/b.md": "# B\n"])
        defer { site.cleanUp() }
        try site.remove("templates/layouts/page.mustache")
        let report = site.build()
        #expect(
            report.diagnostics.lines == [
                "content/a.md:1:1: error: no layout 'page': add templates/layouts/page.mustache (and 1 more pages)"
            ])
    }

    @Test func brokenLinksAreWarningsAndErrorsUnderStrict() throws {
        let site = try TemporarySite([
            "content/_index.md": "# Home\n\n[gone](missing.md) [anchor](a.md#nowhere) [file](x.pdf) [draft](d.md) [ok](a.md#real)\n",
            "content/a.md": "# A\n\n## Real\n",
            "content/d.md": "---\ndraft: true\n---\n# Draft\n",
        ])
        defer { site.cleanUp() }
        let expected = [
            "content/_index.md:3:1: warning: broken link: no page content/missing.md",
            "content/_index.md:3:20: warning: no heading with id '#nowhere' in a.md",
            "content/_index.md:3:43: warning: broken link: no file content/x.pdf",
            "content/_index.md:3:57: warning: link to a draft: d.md is not published",
        ]
        let report = site.build()
        #expect(report.diagnostics.lines == expected)
        #expect(report.succeeded && report.wroteOutput)
        #expect(site.read("d/index.html") == nil)

        try FileManager.default.removeItem(at: site.output)
        let strict = site.build(strict: true)
        #expect(strict.diagnostics.lines == expected.map { $0.replacingOccurrences(of: "warning:", with: "error:") })
        #expect(strict.exitCode == 1 && !strict.wroteOutput)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// Links written as the site's addresses (Hugo's `/handbook/sales/`, `../b/index.html`) reach the page made there,
    /// as the rewriter links them: never reported when they work, reported when no page is there.
    @Test func linksToPageAddressesAreCheckedAsTheyAreRewritten() throws {
        let site = try TemporarySite([
            "content/_index.md": "# Home\n",
            "content/sales/_index.md": "# Sales\n",
            "content/sales/orders.md": "# Orders\n\n## Returns\n",
            "content/guide/page.md":
                "# Page\n\n[a](/sales/orders/) [b](../sales/orders/index.html) [c](/sales/orders/#returns) [d](/sales/) [e](/)\n\n"
                + "[f](/sales/orders/#nope) [g](/sales/gone/) [h](../index.html)\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(
            report.diagnostics.lines == [
                "content/guide/page.md:5:1: warning: no heading with id '#nope' in sales/orders.md",
                "content/guide/page.md:5:26: warning: broken link: no file content/sales/gone",
            ])
        let html = try #require(site.read("guide/page/index.html"))
        // Folder links end in index.html, so that they work opened from disk too.
        #expect(html.contains("<a href=\"../../sales/orders/index.html\">a</a>"))
        #expect(html.contains("<a href=\"../../sales/orders/index.html\">b</a>"))
        #expect(html.contains("<a href=\"../../sales/orders/index.html#returns\">c</a>"))
    }

    /// Links in raw HTML are rewritten and checked as Markdown's are, each at its value: its ids are anchors other pages may name.
    @Test func linksInRawHTMLAreCheckedAsMarkdownLinksAre() throws {
        let site = try TemporarySite([
            "content/_index.md": "# Home\n",
            "content/sales/orders.md": "# Orders\n\n<a id=\"returns\"></a>\n\nReturns go here.\n",
            "content/guide/page.md":
                "# Page\n\n<p><a href=\"../sales/orders.md#returns\">a</a> <a href=\"/sales/orders/#nope\">b</a>\n"
                + "<img src=\"gone.png\" alt=\"\"> <a href=\"missing.md\">c</a></p>\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(
            report.diagnostics.lines == [
                "content/guide/page.md:3:56: warning: no heading with id '#nope' in sales/orders.md",
                "content/guide/page.md:4:11: warning: broken link: no file content/guide/gone.png",
                "content/guide/page.md:4:38: warning: broken link: no page content/guide/missing.md",
            ])
        let html = try #require(site.read("guide/page/index.html"))
        #expect(
            html.contains("<a href=\"../../sales/orders/index.html#returns\">a</a> <a href=\"../../sales/orders/index.html#nope\">b</a>"))
    }

    @Test func aFailedBuildLeavesThePreviousOutputAsItWas() throws {
        let site = try TemporarySite(copying: "basic")
        defer { site.cleanUp() }
        try FileManager.default.copyItem(at: Fixtures.theme, to: site.root.appendingPathComponent("templates"))
        #expect(site.build().succeeded)
        let before = snapshot(site.output)
        #expect(!before.isEmpty)
        try site.write("content/guide/plan.md", "---\ntitle: [broken\n---\n")
        try site.write("content/guide/new.md", "# New page\n")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(snapshot(site.output) == before)
        // and no staging folder is left behind
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(!siblings.contains { $0.contains("staging") || $0.contains(".old-") })
    }

    @Test func aSuccessfulRebuildReplacesTheOutputWhole() throws {
        let site = try TemporarySite(["content/a.md": "# A\n", "content/b.md": "# B\n"])
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        #expect(site.read("b/index.html") != nil)
        try site.remove("content/b.md")
        #expect(site.build().succeeded)
        #expect(site.read("b/index.html") == nil)  // stale pages do not linger
        #expect(site.read("a/index.html") != nil)
    }

    @Test func sitemapOnlyWithABaseURL() throws {
        let site = try TemporarySite(["content/a.md": "---\nreviewed: 2026-01-02\n---\n# A\n"])
        defer { site.cleanUp() }
        let report = Pipeline.build(BuildOptions(site: site.root, baseURL: "https://example.com/pb"))
        #expect(report.succeeded)
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.com/pb/a/</loc><lastmod>2026-01-02</lastmod>"))
        #expect(sitemap.contains("<loc>https://example.com/pb/</loc>"))
        #expect(site.read("404.html")?.contains("<base href=\"https://example.com/pb/\">") == true)
    }

    @Test func refusesToWriteOverTheSite() throws {
        let site = try TemporarySite(["content/a.md": "# A\n"])
        defer { site.cleanUp() }
        for output in [site.root, site.root.deletingLastPathComponent(), site.root.appendingPathComponent("content")] {
            let report = Pipeline.build(BuildOptions(site: site.root, output: output))
            #expect(report.exitCode == 1)
            #expect(report.diagnostics.first?.message.hasPrefix("refusing to write the site into") == true)
        }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/a.md").path))
    }

    @Test func checkWritesNothing() throws {
        let site = try TemporarySite(["content/a.md": "# A\n"])
        defer { site.cleanUp() }
        let report = site.build(write: false)
        #expect(report.succeeded && !report.wroteOutput && report.pageCount == 2)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func symlinkLeadingOutOfTheSiteIsSkipped() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-outside-\(UUID().uuidString).md")
        try "# Secret\n".write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        let site = try TemporarySite(["content/a.md": "# A\n"])
        defer { site.cleanUp() }
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("content/secret.md"), withDestinationURL: outside)
        let report = site.build()
        #expect(report.diagnostics.lines == ["content/secret.md:1:1: warning: skipped: a symbolic link that leads outside the site folder"])
        #expect(site.read("secret/index.html") == nil)
    }
}

@Suite struct FreshnessTests {
    @Test func aPagePastItsReviewDateIsFlagged() throws {
        let site = try TemporarySite([
            "playbook.yaml": "review_after_days: 90\nas_of: 2026-11-27\n",
            "content/old.md": "---\ntitle: Old\nowner: Sales ops\nreviewed: 2026-01-15\n---\n# Old\n",
            "content/fresh.md": "---\ntitle: Fresh\nreviewed: 2026-10-01\n---\n# Fresh\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(
            report.diagnostics.lines == [
                "content/old.md:4:1: warning: last reviewed 2026-01-15, 316 days ago (review_after_days is 90): review the page, then update 'reviewed'"
            ])
        #expect(
            site.read("old/index.html")?.contains(
                "<span class=\"badge badge-stale\" title=\"Last reviewed 316 days ago\">Review due</span>") == true)
        #expect(site.read("fresh/index.html")?.contains("badge-stale") == false)
        #expect(site.build(strict: true).exitCode == 1)
    }
}
