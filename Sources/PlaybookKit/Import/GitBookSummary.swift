import Foundation
import PlaybookContent
import PlaybookCore
import Yams

/// A GitBook site: `SUMMARY.md` (`## Part` headings as sections, nested lists
/// of `[Title](path.md)` links), `README.md` as the home page, and the folder
/// they are in from `.gitbook.yaml` (`root:`, `structure.summary`) or
/// `book.json` (`root`, `title`, `language`).
package enum GitBookSummary {
    package static func read(_ files: SourceFiles) -> Result<SourceSite, Diagnostic> {
        var root = ""
        var summaryName = "SUMMARY.md"
        var title: String?
        var language: String?
        var notes: [Diagnostic] = []
        if let text = files.text(".gitbook.yaml") {
            let reader = YAMLReader(path: files.shown(".gitbook.yaml"))
            switch reader.compose(text) {
            case .failure(let error): return .failure(error)
            case .success(let node):
                if let node, node.mapping == nil {
                    return .failure(reader.mismatch(node, key: ".gitbook.yaml", expected: "a mapping of settings"))
                }
                if let folder = node?.mapping?["root"]?.scalar?.string { root = MkDocsNavigation.normalized(folder) }
                if let name = node?.mapping?["structure"]?.mapping?["summary"]?.scalar?.string { summaryName = name }
                if let redirects = node?.mapping?["redirects"] {
                    notes.append(
                        .warning(reader.location(of: redirects), "'redirects' are not carried over: Playbook makes no redirect pages"))
                }
            }
        } else if let data = FileManager.default.contents(atPath: files.url("book.json").path) {
            guard let object = try? JSONSerialization.jsonObject(with: data), let book = object as? [String: Any] else {
                return .failure(.error(files.place("book.json"), "book.json is not a JSON object"))
            }
            if let folder = book["root"] as? String { root = MkDocsNavigation.normalized(folder) }
            title = book["title"] as? String
            language = book["language"] as? String
            for key in ["plugins", "pluginsConfig", "styles", "structure"].filter({ book[$0] != nil }) {
                notes.append(.warning(files.place("book.json"), "'\(key)' in book.json is not carried over: GitBook's own settings"))
            }
        }
        guard files.isFolder(root) else {
            return .failure(.error(files.place(root.isEmpty ? "" : root), "the book's root folder '\(root)' does not exist"))
        }
        let summary = files.join(root, summaryName)
        guard let text = files.text(summary) else {
            return .failure(.error(files.place(summary), "no \(summaryName) here: `playbook import gitbook` reads a GitBook's folder"))
        }
        var site = SourceSite(tool: .gitbook, contentRoot: root)
        site.title = title
        // GitBook's own default language is English.
        site.languages = [SourceSite.playbookLanguage(language ?? "en")]
        site.navigationFile = summary
        site.toolFiles = [summaryName, "GLOSSARY.md", "LANGS.md", "book.json", ".gitbook.yaml"]
        for name in ["GLOSSARY.md", "LANGS.md"] where files.isFile(files.join(root, name)) {
            notes.append(.warning(files.place(files.join(root, name)), "\(name) is not carried over: GitBook's own feature"))
        }
        let read = LinkListNavigation.read(text, relative: summary, files: files)
        site.notes = notes + read.notes
        let pages = Set(files.files(under: root).filter { $0.hasSuffix(".md") && !site.toolFiles.contains($0) })
        NavigationLayout.place(read.entries, pages: pages, into: &site, files: files)
        return .success(site)
    }
}
