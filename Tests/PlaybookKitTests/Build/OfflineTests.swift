import Foundation
import PlaybookCore
import PlaybookKit
import PlaybookOutput
import PlaybookRender
import PlaybookTestSupport
import Testing

/// Offline reading: the theme's stylesheets and scripts under fingerprinted
/// names, the service worker (`sw.js`) with its cache name and the files it
/// keeps, and each edition's web app manifest.
@Suite struct OfflineTests {
    static let files = [
        "playbook.yaml": "title: {zh-CN: 销售手册, en: Sales playbook}\nlanguages: [zh-CN, en]\n",
        "content/_index.md": "---\ntitle: 首页\n---\n\n欢迎。\n",
        "content/visits/_index.md": "---\ntitle: 拜访\n---\n\n拜访。\n",
        "content/visits/plan.md": "---\ntitle: 计划\n---\n\n先确认承诺目标。\n",
        "content/visits/plan.en.md": "---\ntitle: Plan\n---\n\nAgree the commitment first.\n",
        "content/visits/map.png": "not really a picture",
    ]

    /// What the worker keeps, read back from `sw.js`.
    func precache(_ worker: String) throws -> [String] {
        let list = try #require(worker.firstMatch(of: /var PRECACHE = (\[[^\]]*\]);/))
        return try #require(JSONSerialization.jsonObject(with: Data(list.1.utf8)) as? [String])
    }

    /// A manifest, read as JSON.
    func manifest(_ text: String?) throws -> [String: Any] {
        let text = try #require(text)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func cacheName(_ worker: String?) -> String? {
        worker?.firstMatch(of: /var BUILD = "(playbook-[0-9a-f]{16})";/).map { String($0.1) }
    }

    @Test func stylesheetsAndScriptsAreWrittenUnderTheirFingerprintAndTheirPlainName() throws {
        let site = try TemporarySite(Self.files)
        defer { site.cleanUp() }
        #expect(site.build(strict: true).diagnostics.lines == [])
        let page = try #require(site.read("visits/plan/index.html"))
        let css = try #require(page.firstMatch(of: /href="\.\.\/\.\.\/(assets\/playbook\.([0-9a-f]{8})\.css)"/))
        #expect(site.read(String(css.1)) == site.read("assets/playbook.css"))  // the plain name stays, for older themes
        let script = try #require(page.firstMatch(of: /src="\.\.\/\.\.\/(assets\/js\/core\.[0-9a-f]{8}\.js)"/))
        #expect(site.read(String(script.1)) == site.read("assets/js/core.js"))
        #expect(!page.contains("assets/playbook.css\"") && !page.contains("assets/js/core.js\""))
        let english = try #require(site.read("en/visits/plan/index.html"))
        #expect(english.contains("href=\"../../../" + css.1 + "\""))  // one file for every edition

        // A page edit leaves every name as it was; a changed stylesheet gets a new one, and the old name goes.
        try site.write("content/visits/plan.md", "---\ntitle: 计划\n---\n\n先确认承诺目标，再约时间。\n")
        #expect(site.build().succeeded)
        #expect(try #require(site.read("visits/plan/index.html")).contains(String(css.1)))
        let stylesheet = try String(contentsOf: site.root.appendingPathComponent("templates/assets/playbook.css"), encoding: .utf8)
        try site.write("templates/assets/playbook.css", stylesheet + "\n.new-rule { color: red; }\n")
        #expect(site.build().succeeded)
        let changed = try #require(site.read("visits/plan/index.html")?.firstMatch(of: /assets\/playbook\.([0-9a-f]{8})\.css/))
        #expect(changed.1 != css.2)
        #expect(site.read(String(changed.0))?.hasSuffix(".new-rule { color: red; }\n") == true)
        #expect(site.read(String(css.1)) == nil)
        #expect(site.read("assets/js/core.js") != nil && site.read(String(script.1)) != nil)  // unchanged: the same name
    }

    @Test func theWorkerKeepsEveryPageAndTheThemesFilesByTheirFingerprints() throws {
        let site = try TemporarySite(Self.files)
        defer { site.cleanUp() }
        #expect(site.build(strict: true).succeeded)
        let worker = try #require(site.read("sw.js"))
        let kept = try precache(worker)
        #expect(worker.contains("// Kept at install: the \(kept.count) files below"))
        let output = Set(snapshot(site.output).keys)
        #expect(Set(kept).isSubset(of: output))
        // Every page of both editions, the 404 page, both manifests, both search indexes, the picture.
        let pages = output.filter { $0 == "index.html" || $0.hasSuffix("/index.html") }
        #expect(pages.count >= 6 && Set(pages).isSubset(of: Set(kept)))
        for file in [
            "404.html", "manifest.webmanifest", "en/manifest.webmanifest", "assets/search-index.js", "assets/search-index.en.js",
            "assets/icon.svg", "visits/map.png", "en/visits/map.png",
        ] {
            #expect(kept.contains(file), "\(file)")
        }
        // The theme's files by their fingerprinted names only; nothing of the sitemap or the worker itself.
        #expect(kept.contains { $0.wholeMatch(of: /assets\/playbook\.[0-9a-f]{8}\.css/) != nil })
        #expect(kept.contains { $0.wholeMatch(of: /assets\/messages\.zh-CN\.[0-9a-f]{8}\.js/) != nil })
        for plain in ["assets/playbook.css", "assets/playbook.js", "assets/js/core.js", "assets/messages.en.js", "sw.js"] {
            #expect(!kept.contains(plain), "\(plain)")
        }
        // The theme's files first, then the home pages, the shallowest pages before deeper ones.
        let home = try #require(kept.firstIndex(of: "index.html"))
        #expect(kept[..<home].allSatisfy { !$0.hasSuffix("index.html") })
        #expect(kept[home + 1] == "en/index.html")
        #expect(try #require(kept.firstIndex(of: "visits/index.html")) < #require(kept.firstIndex(of: "visits/plan/index.html")))
        // Pages link it; the worker sits at the root, whatever the page's depth.
        #expect(site.read("visits/plan/index.html")?.contains("data-service-worker=\"../../sw.js\"") == true)
        #expect(site.read("en/visits/plan/index.html")?.contains("data-service-worker=\"../../../sw.js\"") == true)
    }

    @Test func theCacheNameChangesWithAnyFileAndOnlyThen() throws {
        let site = try TemporarySite(Self.files)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let first = try #require(site.read("sw.js"))
        let name = try #require(cacheName(first))
        #expect(site.build().succeeded)
        #expect(site.read("sw.js") == first)  // nothing changed: the same bytes
        try site.write("content/visits/plan.en.md", "---\ntitle: Plan\n---\n\nAgree the commitment first, then the date.\n")
        #expect(site.build().succeeded)
        let second = try #require(cacheName(site.read("sw.js")))
        #expect(second != name)
        try site.write("content/visits/map.png", "another picture")  // a copied file counts too
        #expect(site.build().succeeded)
        #expect(try #require(cacheName(site.read("sw.js"))) != second)
    }

    @Test func theCacheNameIsMadeFromEveryFileButTheWorker() {
        let files = ["index.html": FileDigest(Data("a".utf8)), "assets/x.css": FileDigest(Data("b".utf8))]
        let name = ServiceWorker.cacheName(files)
        #expect(name.wholeMatch(of: /playbook-[0-9a-f]{16}/) != nil)
        #expect(ServiceWorker.cacheName(files.merging(["sw.js": FileDigest(Data("c".utf8))]) { $1 }) == name)
        #expect(ServiceWorker.cacheName(files.merging(["index.html": FileDigest(Data("A".utf8))]) { $1 }) != name)
        #expect(ServiceWorker.cacheName(files.merging(["a.txt": FileDigest(Data())]) { $1 }) != name)
    }

    /// The list's URLs: what a URL would read otherwise (`%`, `#`, `?`) escaped, then written as JSON.
    @Test func theListsURLsAreEscaped() {
        #expect(ServiceWorker.literal("a/b/index.html") == "\"a/b/index.html\"")
        #expect(ServiceWorker.literal("tags/承诺目标/index.html") == "\"tags/承诺目标/index.html\"")
        #expect(ServiceWorker.literal("files/100% #1?.pdf") == "\"files/100%25 %231%3F.pdf\"")
        #expect(ServiceWorker.literal("a\"b<c\\d") == "\"a\\\"b\\u003cc\\\\d\"")
    }

    /// A large site is not fetched whole: the theme's files and the shallowest pages, up to the limit.
    @Test func theListStopsAtTheLimit() throws {
        let site = try TemporarySite(
            (1...30).reduce(into: ["content/deep/_index.md": "# Deep\n"]) { files, n in files["content/deep/p\(n).md"] = "# Page \(n)\n" })
        defer { site.cleanUp() }
        let options = BuildOptions(site: site.root)
        #expect(Pipeline.build(options).succeeded)
        let all = try precache(try #require(site.read("sw.js")))
        #expect(all.count < ServiceWorker.precacheLimit)
        let landing = try #require(all.firstIndex(of: "deep/index.html"))
        #expect(all[landing - 1] == "index.html" && all[(landing + 1)...].allSatisfy { $0.hasPrefix("deep/p") })
        // The same site with room for ten files fewer: the last ten pages are left to be kept when read.
        var clock = StageClock()
        let assembly = Pipeline.assemble(Pipeline.load(options).0, options: options, clock: &clock)
        let files = snapshot(site.output).mapValues { FileDigest($0) }
        let capped = ServiceWorker.precache([assembly.site], files: files, limit: all.count - 10)
        #expect(capped == Array(all.prefix(all.count - 10)))
    }

    @Test func eachEditionHasItsManifest() throws {
        let site = try TemporarySite(Self.files)
        defer { site.cleanUp() }
        #expect(site.build(strict: true).succeeded)
        let chinese = try manifest(site.read("manifest.webmanifest"))
        let english = try manifest(site.read("en/manifest.webmanifest"))
        #expect(chinese["name"] as? String == "销售手册" && chinese["lang"] as? String == "zh-CN")
        #expect(chinese["start_url"] as? String == "index.html" && chinese["scope"] as? String == "./")
        #expect(english["name"] as? String == "Sales playbook" && english["lang"] as? String == "en")
        #expect(english["start_url"] as? String == "../en/index.html" && english["scope"] as? String == "../")
        #expect(english["display"] as? String == "standalone")
        let icons = try #require(english["icons"] as? [[String: String]])
        #expect(icons.map { $0["src"] } == ["../assets/icon.svg", "../assets/icon-192.png", "../assets/icon-512.png"])
        for source in icons.compactMap({ $0["src"] }) {
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(String(source.dropFirst(3))).path))
        }
        // A title with quotes and markup stays JSON (escaped for JSON, not for HTML).
        try site.write("playbook.yaml", "title: {zh-CN: 'The \"A&B\" <playbook>', en: Sales playbook}\nlanguages: [zh-CN, en]\n")
        #expect(site.build().succeeded)
        let quoted = try manifest(site.read("manifest.webmanifest"))
        #expect(quoted["name"] as? String == "The \"A&B\" <playbook>")
    }

    /// The team server's build has no worker (nothing may outlive the session there), but its manifest.
    @Test func theTeamServersBuildHasNoWorker() throws {
        let site = try TemporarySite(Self.files)
        defer { site.cleanUp() }
        var options = BuildOptions(site: site.root, strict: true)
        options.teamServer = true
        #expect(Pipeline.build(options).succeeded)
        #expect(site.read("sw.js") == nil)
        #expect(site.read("manifest.webmanifest") != nil)
        let page = try #require(site.read("visits/plan/index.html"))
        #expect(page.contains("data-update-notice") && !page.contains("data-service-worker"))
    }
}
