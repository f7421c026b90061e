import Foundation
import Mustache
import PlaybookContent
import PlaybookCore
import PlaybookKit
import PlaybookMustache
import PlaybookRender
import PlaybookSite
import PlaybookTestSupport
import Testing

/// The project's own layout engine against swift-mustache, which rendered the
/// layouts before it: every page of the sample playbook and of the
/// 1,000-page corpus (`make-corpus.py`), each default-theme layout with its
/// partials and the sidebar, rendered by both from the same contexts, byte for byte.
@Suite struct EngineDifferentialTests {
    /// swift-mustache's view of the layouts, compiled as the project compiled them for it.
    struct SwiftMustacheLayouts {
        let library: MustacheLibrary

        init(_ files: [SourceFile]) throws {
            MustacheContentTypes.register(EscapedHTML(), named: "PLAYBOOK_HTML")
            var library = MustacheLibrary()
            for file in files {
                let name = String(file.path.dropFirst(SiteLayout.layouts.count).dropLast(SiteLayout.layoutExtension.count))
                library.register(try MustacheTemplate(string: "{{% CONTENT_TYPE: PLAYBOOK_HTML}}\n" + (try file.text().get())), named: name)
            }
            self.library = library
        }

        struct EscapedHTML: MustacheContentType {
            func escapeText(_ text: String) -> String { text.htmlEscaped }
        }

        func page(_ index: Int, of site: Site) -> String {
            var context = PageContext(site: site, index: index).make()
            let sidebar = Sidebar(site: site)
            context["sidebar"] = library.render(sidebar.context(for: sidebar.key(for: index)), withTemplate: "partials/sidebar") ?? ""
            return library.render(context, withTemplate: SiteRenderer.layoutName(for: site.pages[index])) ?? ""
        }
    }

    func compare(_ root: URL) throws -> Int {
        var clock = StageClock()
        let options = BuildOptions(site: root)
        let (sources, _) = Pipeline.load(options)
        let assembly = Pipeline.assemble(sources, options: options, clock: &clock)
        #expect(!assembly.blocked, "\(assembly.diagnostics.lines.prefix(5))")
        let theirs = try SwiftMustacheLayouts(sources.layouts)
        let ours = SiteRenderer(site: assembly.site, layouts: assembly.layouts)
        var differing: [String] = []
        for index in assembly.site.pages.indices {
            let expected = theirs.page(index, of: assembly.site)
            let made = String(decoding: ours.page(index).data, as: UTF8.self)
            if made != expected { differing.append(assembly.site.pages[index].url) }
        }
        #expect(differing.isEmpty, "\(differing.count) pages differ, first: \(differing.prefix(5))")
        return assembly.site.pages.count
    }

    @Test func theSamplePlaybook() throws {
        let site = try TemporarySite.sample()
        defer { site.cleanUp() }
        #expect(try compare(site.root) == 120)
    }

    @Test func theThousandPageCorpus() throws {
        let script = Fixtures.projectRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/make-corpus.py")
        let site = try TemporarySite([:], copyingTheme: true)
        defer { site.cleanUp() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "1000", site.root.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        #expect(try compare(site.root) > 1_500)
    }
}

extension LayoutFields: MustacheParent {
    public func child(named name: String) -> Any? { value(named: name).flatMap(Self.swiftMustacheValue) }

    static func swiftMustacheValue(_ value: LayoutValue) -> Any? {
        switch value {
        case .text(let text): text
        case .int(let number): number
        case .double(let number): number
        case .bool(let flag): flag
        case .list(let items): items.compactMap(swiftMustacheValue)
        case .fields(let fields): fields
        case .null: nil
        }
    }
}

/// How much of the same spec files swift-mustache passes, for the README's comparison.
@Suite struct SwiftMustacheSpecCount {
    @Test func count() throws {
        let folder = Fixtures.projectRoot.deletingLastPathComponent().appendingPathComponent("shared/spec/mustache")
        for module in ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"] {
            let data = try Data(contentsOf: folder.appendingPathComponent(module + ".json"))
            let tests = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["tests"] as? [[String: Any]])
            var passed = 0
            for test in tests {
                var library = MustacheLibrary()
                for (name, text) in (test["partials"] as? [String: String]) ?? [:] {
                    if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
                }
                guard let text = test["template"] as? String, let template = try? MustacheTemplate(string: text) else { continue }
                library.register(template, named: "(test)")
                if library.render(test["data"] as Any, withTemplate: "(test)") == test["expected"] as? String { passed += 1 }
            }
            print("swift-mustache spec \(module): \(passed) of \(tests.count)")
        }
    }
}
