import Foundation
import PlaybookCore

/// A docsify site: its `_sidebar.md` (nested lists of `[Title](path.md)`
/// links; plain text heads the entries under it), `README.md` as each
/// folder's page, and the site's `name` from `window.$docsify` in
/// `index.html`. The folder given, or its `docs/` when that is where docsify lives.
package enum DocsifySidebar {
    /// docsify's own files: its app page and the Markdown it draws around pages.
    static let ownNames: Set<String> = ["index.html", "_sidebar.md", "_navbar.md", "_coverpage.md", "_404.md"]

    package static func read(_ files: SourceFiles) -> Result<SourceSite, Diagnostic> {
        let isDocsify = { (folder: String) in
            ["_sidebar.md", "index.html", "README.md"].contains { files.isFile(files.join(folder, $0)) }
        }
        guard let root = ["", "docs"].first(where: isDocsify) else {
            return .failure(
                .error(files.place(""), "no docsify site here (no _sidebar.md, index.html or README.md, nor in docs/)"))
        }
        var site = SourceSite(tool: .docsify, contentRoot: root)
        let all = files.files(under: root)
        site.toolFiles = Set(all.filter { ownNames.contains(String($0.split(separator: "/").last ?? "")) })
        for file in site.toolFiles.sorted() where file != "_sidebar.md" && file != "index.html" {
            let name = file.split(separator: "/").last.map(String.init) ?? file
            let why = name == "_sidebar.md" ? "only the top folder's sidebar is read" : "Playbook's theme draws its own page frame"
            site.notes.append(.warning(files.place(files.join(root, file)), "\(name) is not carried over: \(why)"))
        }
        let app = files.text(files.join(root, "index.html"))
        site.title = app.flatMap(appName)
        // The app page's `<html lang="…">`; English when it names none.
        site.languages = [SourceSite.playbookLanguage(app.flatMap(pageLanguage) ?? "en")]
        let pages = Set(all.filter { $0.hasSuffix(".md") && !site.toolFiles.contains($0) })
        let sidebar = files.join(root, "_sidebar.md")
        let navigation: [NavEntry]
        if let text = files.text(sidebar) {
            let read = LinkListNavigation.read(text, relative: sidebar, files: files)
            navigation = read.entries
            site.notes += read.notes
            site.navigationFile = sidebar
        } else {
            navigation = MkDocsNavigation.byName(pages, in: "", place: files.place(root))
        }
        NavigationLayout.place(navigation, pages: pages, into: &site, files: files)
        return .success(site)
    }

    /// The `lang` attribute of the page's `<html>` element.
    static func pageLanguage(_ html: String) -> String? {
        guard let start = html.range(of: "<html", options: .caseInsensitive) else { return nil }
        let tag = html[start.upperBound...].prefix { $0 != ">" }
        guard let attribute = tag.range(of: "lang=", options: .caseInsensitive) else { return nil }
        let value = tag[attribute.upperBound...]
        guard let quote = value.first, quote == "\"" || quote == "'" else { return nil }
        let language = value.dropFirst().prefix { $0 != quote }
        return language.isEmpty ? nil : String(language)
    }

    /// `name: '…'` inside `window.$docsify = { … }`: a quoted string, read without running the page's script.
    static func appName(_ html: String) -> String? {
        guard let start = html.range(of: "$docsify") else { return nil }
        var rest = html[start.upperBound...]
        while let key = rest.range(of: "name") {
            let before = rest[..<key.lowerBound].last
            rest = rest[key.upperBound...]
            guard before.map({ !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "$" }) ?? true else { continue }
            let afterKey = rest.drop { $0 == " " || $0 == "\"" || $0 == "'" }
            guard afterKey.first == ":" else { continue }
            let value = afterKey.dropFirst().drop { $0 == " " || $0 == "\t" }
            guard let quote = value.first, quote == "'" || quote == "\"" || quote == "`" else { return nil }
            var text = ""
            var escaped = false
            for character in value.dropFirst() {
                if escaped {
                    text.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == quote {
                    return text.isEmpty ? nil : text
                } else {
                    text.append(character)
                }
            }
            return nil
        }
        return nil
    }
}
