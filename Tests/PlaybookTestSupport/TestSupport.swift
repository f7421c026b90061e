import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookMustache
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// Runs one pass (or several) over `markdown` as page `contentPath` and returns
/// the HTML and the context, so each pass can be tested on its own.
package func runPasses(
    _ markdown: String, contentPath: String? = "guide/page.md", rawHTML: MarkdownOptions.RawHTML = .drop, lineOffset: Int = 0,
    _ passes: (MarkdownPassContext) -> Void
) -> (html: String, context: MarkdownPassContext) {
    let document = MarkdownDocument(parsing: markdown, lineOffset: lineOffset)!  // tests only: a test may stop on allocation failure
    let context = MarkdownPassContext(
        sourcePath: "content/" + (contentPath ?? "page.md"), contentPath: contentPath,
        options: MarkdownOptions(rawHTML: rawHTML), document: document, markup: Fixtures.themeMarkup)
    passes(context)
    return (document.renderHTML(allowRawHTML: rawHTML == .keep), context)
}

/// A site folder in a temporary directory, made from files given as text.
package struct TemporarySite {
    package let root: URL

    package init(_ files: [String: String], copyingTheme: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if copyingTheme {
            try FileManager.default.copyItem(at: Fixtures.theme, to: root.appendingPathComponent("templates"))
        }
        for (path, text) in files { try write(path, text) }
    }

    package init(copying fixture: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.folder.appendingPathComponent(fixture), to: root)
    }

    /// A copy of the project's own sample playbook: content, settings and theme.
    package static func sample() throws -> TemporarySite {
        let site = try TemporarySite([:], copyingTheme: true)
        for name in ["content", "playbook.yaml"] {
            try FileManager.default.copyItem(
                at: Fixtures.projectRoot.appendingPathComponent(name), to: site.root.appendingPathComponent(name))
        }
        return site
    }

    /// The sample playbook in one language alone, as `playbook init --language` writes it: a one-language site.
    package static func sample(language: String) throws -> TemporarySite {
        let site = try TemporarySite([:], copyingTheme: true)
        for file in SiteStarter.files(language: language) where !file.path.hasPrefix("templates/") { try site.write(file.path, file.data) }
        return site
    }

    package func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    package func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    package func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    package var output: URL { root.appendingPathComponent("public") }

    package func build(strict: Bool = false, write: Bool = true) -> BuildReport {
        Pipeline.build(BuildOptions(site: root, strict: strict, writeOutput: write))
    }

    package func read(_ path: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    package func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

package enum Fixtures {
    /// A finished visit plan for the English sample (`TemporarySite.sample(language: "en")`): tom-becker at summit-plastics.
    package static let samplePlan = """
        ---
        form: visit-plan
        rep: tom-becker
        account: summit-plastics
        date: 2026-12-02
        reason: First visit
        best_commitment: "The plant manager books a product test"
        minimum_commitment: "A second meeting"
        attendees:
          - name: "Ravi Shah"
            influence: High
        commitment_obtained: partly
        ---

        Notes.

        """

    package static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    /// The project's own default theme, which every fixture site uses.
    package static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates")
    package static let projectRoot = theme.deletingLastPathComponent()
    /// The project's own theme's layouts, parsed once.
    package static let themeLayouts: LayoutLibrary = {
        let folder = theme.appendingPathComponent("layouts")
        var files: [SourceFile] = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "mustache", let data = try? Data(contentsOf: url) else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files.append(SourceFile(path: SiteLayout.layouts + relative, data: data))
        }
        return LayoutLibrary.compile(files, messages: themeMessages).0
    }()
    /// The theme's English catalogue, as a build bakes it into the layouts.
    package static let themeMessages: LayoutMessages = {
        let path = SiteLayout.catalogues + "en.yaml"
        let data = (try? Data(contentsOf: projectRoot.appendingPathComponent(path))) ?? Data()
        return LayoutMessages.make(CatalogueParser.parse(SourceFile(path: path, data: data)).0).0
    }()
    /// A shipped catalogue as Swift code reads it (`en`, `zh-CN`).
    package static func messages(_ language: String) -> Messages {
        let path = SiteLayout.catalogues + language + ".yaml"
        let data = (try? Data(contentsOf: projectRoot.appendingPathComponent(path))) ?? Data()
        let entries = CatalogueParser.parse(SourceFile(path: path, data: data)).0
        return Messages(language: language, strings: Dictionary(entries.map { ($0.key, $0.text) }) { first, _ in first })
    }
    /// What the theme wraps callouts and checklists in.
    package static let themeMarkup = BodyMarkup(engine: themeLayouts.engine)
}

/// Every file below `folder`, relative path → bytes: to compare two outputs exactly.
package func snapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
    let base = folder.standardizedFileURL.path + "/"
    for case let url as URL in enumerator {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
        files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try? Data(contentsOf: url)
    }
    return files
}

extension Array where Element == Diagnostic {
    /// `path:line:col: severity: message` lines, for readable assertions.
    package var lines: [String] { map(\.description) }
}

extension Site {
    /// A resolved site of the given pages (path under `content/` → text), no team data, default config.
    package static func of(_ files: [String: String]) -> Site {
        let parser = PageParser(options: MarkdownOptions())
        let pages = files.keys.sorted().compactMap { path in
            parser.parse(SourceFile(path: "content/" + path, data: Data(files[path]!.utf8))).0
        }
        return SiteResolver().resolve(
            pages: pages, config: SiteConfig(), contentFiles: [], assets: [],
            edition: SiteEdition(language: "en", messages: Fixtures.messages("en")))
    }
}

extension LayoutFields {
    /// The value named `name` as a plain Swift value of type `T` (text as
    /// `String`, lists as arrays, fields as `LayoutFields`), for assertions.
    package func get<T>(_ name: String, as type: T.Type) -> T? {
        value(named: name).flatMap { Self.plain($0) as? T }
    }

    private static func plain(_ value: LayoutValue) -> Any? {
        switch value {
        case .text(let text): text
        case .int(let number): number
        case .double(let number): number
        case .bool(let flag): flag
        case .list(let items):
            if items.allSatisfy({ if case .fields = $0 { true } else { false } }) {
                items.compactMap { plain($0) as? LayoutFields }
            } else if items.allSatisfy({ if case .text = $0 { true } else { false } }) {
                items.compactMap { plain($0) as? String }
            } else {
                items.compactMap(plain)
            }
        case .fields(let fields): fields
        case .null: nil
        }
    }
}
