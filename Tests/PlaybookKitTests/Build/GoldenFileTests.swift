import Foundation
import PlaybookCore
import PlaybookKit
import PlaybookTestSupport
import Testing

/// Where the output is the product, it is compared whole: one golden file per
/// layout kind and per site-wide file, made from the `showcase` fixture (one
/// page of every kind) with the default theme. After an intended change, run
/// the suite with PLAYBOOK_UPDATE_GOLDEN=1 and read the diff of `Tests/Fixtures/golden/`.
@Suite struct GoldenFileTests {
    /// Output path → what it shows.
    static let files = [
        "index.html",  // home
        "guide/index.html",  // section
        "guide/plan/index.html",  // page: process card, checklist, callout, table, form, table of contents, tags, meta
        "guide/debrief/index.html",  // page with a scorecard
        "visit-plans/index.html",  // a section of filled sheets
        "visit-plans/2026-11-18-harbor-logistics/index.html",  // sheet: a filled form
        "scorecards/2026-11-12-li-na-call/index.html",  // sheet: a filled scorecard
        "tags/index.html", "tags/visits/index.html",
        "team/index.html", "team/li-na/index.html",
        "accounts/index.html", "accounts/harbor-logistics/index.html",
        "404.html", "assets/search-index.js", "assets/messages.en.js", "sitemap.xml",
        "sw.js", "manifest.webmanifest",  // offline reading: the service worker, the web app manifest
    ]

    /// What the team server's build (`serve --team`) adds: the sign-in page, Save and the signed-in user on pages.
    static let teamFiles = ["login/index.html", "guide/plan/index.html"]

    /// The showcase, built once for every file compared.
    static let built = build(teamServer: false)
    static let builtForTeam = build(teamServer: true)

    static func build(teamServer: Bool) -> Result<[String: Data], BuildFailure> {
        do {
            let site = try TemporarySite(copying: "showcase")
            defer { site.cleanUp() }
            try FileManager.default.copyItem(at: Fixtures.theme, to: site.root.appendingPathComponent("templates"))
            var options = BuildOptions(site: site.root, strict: true)
            options.teamServer = teamServer
            let report = Pipeline.build(options)
            guard report.succeeded else { return .failure(BuildFailure(lines: report.diagnostics.lines)) }
            return .success(snapshot(site.output))
        } catch {
            return .failure(BuildFailure(lines: ["\(error)"]))
        }
    }

    struct BuildFailure: Error {
        var lines: [String]
    }

    @Test(arguments: files)
    func matchesItsGoldenFile(_ path: String) throws {
        try compare(path, in: Self.built.get(), folder: "showcase")
    }

    @Test(arguments: teamFiles)
    func matchesItsGoldenFileOnTheTeamServer(_ path: String) throws {
        try compare(path, in: Self.builtForTeam.get(), folder: "showcase-team")
    }

    /// Only the team server's build has a sign-in page.
    @Test func aPublishedSiteHasNoSignInPage() throws {
        #expect(try Self.built.get()["login/index.html"] == nil)
        #expect(try !String(decoding: Self.built.get()["guide/plan/index.html"] ?? Data(), as: UTF8.self).contains("data-team-server"))
    }

    func compare(_ path: String, in output: [String: Data], folder: String) throws {
        let made = try #require(output[path], "the showcase has no \(path)")
        let golden = Fixtures.folder.appendingPathComponent("golden/\(folder)/" + path.replacingOccurrences(of: "/", with: "--"))
        if ProcessInfo.processInfo.environment["PLAYBOOK_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try made.write(to: golden)
        }
        let expected = try Data(contentsOf: golden)
        #expect(made == expected, "\(path) differs from \(golden.lastPathComponent): run with PLAYBOOK_UPDATE_GOLDEN=1 and read the diff")
    }

    /// Every layout of the default theme is shown by some golden file, so none changes unseen.
    @Test func everyLayoutHasAGoldenFile() throws {
        let layouts = try FileManager.default.contentsOfDirectory(atPath: Fixtures.theme.appendingPathComponent("layouts").path)
            .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
        let output = try Self.built.get().merging(Self.builtForTeam.get().filter { Self.teamFiles.contains($0.key) }) { first, _ in first }
        for layout in layouts {
            let shown = (Self.files + Self.teamFiles).contains { path in
                guard let html = output[path].map({ String(decoding: $0, as: UTF8.self) }) else { return false }
                return html.contains("data-layout=\"\(layout)\"") || Self.layoutOf(path) == layout
            }
            #expect(shown, "no golden file shows layout '\(layout)'")
        }
    }

    /// The layout the default theme uses for an output path of the showcase.
    static func layoutOf(_ path: String) -> String {
        switch path {
        case "index.html": "home"
        case "404.html": "404"
        case "login/index.html": "login"
        case "sw.js": "service-worker"
        case "manifest.webmanifest": "manifest"
        case "guide/index.html", "visit-plans/index.html": "section"
        case "tags/index.html": "tags"
        case "team/index.html": "team"
        case "accounts/index.html": "accounts"
        default:
            path.hasPrefix("tags/")
                ? "tag"
                : path.hasPrefix("team/")
                    ? "rep"
                    : path.hasPrefix("accounts/")
                        ? "account"
                        : path.hasPrefix("visit-plans/") || path.hasPrefix("scorecards/") ? "sheet" : "page"
        }
    }
}
