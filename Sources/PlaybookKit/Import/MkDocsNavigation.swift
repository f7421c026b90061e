import Foundation
import PlaybookContent
import PlaybookCore
import Yams

/// An MkDocs site: `mkdocs.yml` (`site_name`, `site_description`,
/// `docs_dir`, `theme.language`, and `nav:`, whose entries are `path.md`,
/// `Title: path.md`, `Title: https://…` and `Title: [entries]`) and the pages
/// in its docs folder. Without `nav:`, MkDocs's own order: a folder's pages by
/// name (its `index.md` first), then its subfolders.
package enum MkDocsNavigation {
    package static let settingsNames = ["mkdocs.yml", "mkdocs.yaml"]

    /// Settings MkDocs has that a Playbook site has no place for, with why.
    static let dropped: [String: String] = [
        "theme": "Playbook's own theme is used",
        "plugins": "MkDocs plugins do not run here",
        "markdown_extensions": "the build reads CommonMark with its own additions (see the README's \"Markdown\")",
        "extra_css": "Playbook's theme has its own stylesheet",
        "extra_javascript": "Playbook's theme has its own scripts",
        "extra": "MkDocs theme settings have no Playbook counterpart",
        "repo_url": "set `repository:` in playbook.yaml for \"Propose on GitHub\" links",
        "edit_uri": "set `repository:` in playbook.yaml for \"Propose on GitHub\" links",
        "hooks": "MkDocs hooks do not run here",
    ]

    package static func read(_ files: SourceFiles) -> Result<SourceSite, Diagnostic> {
        guard let settingsName = settingsNames.first(where: files.isFile), let text = files.text(settingsName) else {
            return .failure(
                .error(files.place("mkdocs.yml"), "no mkdocs.yml here: `playbook import mkdocs` reads an MkDocs site's folder"))
        }
        let reader = YAMLReader(path: files.shown(settingsName))
        let root: Node
        switch reader.compose(text) {
        case .failure(let error): return .failure(error)
        case .success(nil): return .failure(.error(files.place(settingsName), "mkdocs.yml is empty: it needs at least `site_name:`"))
        case .success(let node?): root = node
        }
        let pairs: [(key: String, keyNode: Node, value: Node)]
        switch reader.mapping(root, what: "mkdocs.yml") {
        case .failure(let error): return .failure(error)
        case .success(let value): pairs = value
        }
        var notes = toolTags(root, reader: reader)
        var docsFolder = "docs"
        var title: String?
        var description: String?
        var language: String?
        var navNode: Node?
        for (key, keyNode, value) in pairs {
            switch key {
            case "site_name": title = value.scalar?.string
            case "site_description": description = value.scalar?.string
            case "docs_dir":
                guard let folder = value.scalar?.string, !folder.isEmpty else {
                    return .failure(reader.mismatch(value, key: key, expected: "a folder name"))
                }
                docsFolder = folder
            case "nav": navNode = value
            case "theme":
                if let theme = value.mapping {
                    for (themeKey, themeValue) in theme where themeKey.scalar?.string == "language" || themeKey.scalar?.string == "locale" {
                        language = themeValue.scalar?.string
                    }
                    if let name = theme["name"]?.scalar?.string {
                        notes.append(.warning(reader.location(of: keyNode), "the theme '\(name)' is not carried over: \(dropped[key]!)"))
                    }
                } else if let name = value.scalar?.string {
                    notes.append(.warning(reader.location(of: keyNode), "the theme '\(name)' is not carried over: \(dropped[key]!)"))
                }
            default:
                if let why = dropped[key] {
                    notes.append(.warning(reader.location(of: keyNode), "'\(key)' is not carried over: \(why)"))
                }
            }
        }
        let contentRoot = normalized(docsFolder)
        guard files.isFolder(contentRoot) else {
            return .failure(.error(files.place(settingsName), "the docs folder '\(docsFolder)' does not exist"))
        }
        var site = SourceSite(tool: .mkdocs, contentRoot: contentRoot)
        site.title = title
        site.description = description
        // MkDocs's own default language is English.
        site.languages = [SourceSite.playbookLanguage(language ?? "en")]
        site.navigationFile = settingsName
        let pages = Set(files.files(under: contentRoot).filter { $0.hasSuffix(".md") })
        let navigation: [NavEntry]
        if let navNode {
            switch entries(navNode, reader: reader) {
            case .failure(let error): return .failure(error)
            case .success(let list): navigation = list
            }
        } else {
            site.navigationFile = nil
            navigation = byName(pages, in: "", place: files.place(settingsName))
        }
        site.notes = notes
        NavigationLayout.place(navigation, pages: pages, into: &site, files: files)
        return .success(site)
    }

    /// `docs/`, `./docs` → `docs`.
    static func normalized(_ folder: String) -> String {
        folder.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }

    /// The entries of a `nav:` sequence.
    static func entries(_ node: Node, reader: YAMLReader) -> Result<[NavEntry], Diagnostic> {
        guard let sequence = node.sequence else {
            return .failure(reader.mismatch(node, key: "nav", expected: "a list of pages and sections"))
        }
        var result: [NavEntry] = []
        for item in sequence {
            let location = reader.location(of: item)
            if let scalar = item.scalar {
                let target = scalar.string
                result.append(NavEntry(title: nil, target: target, isExternal: NavEntry.isExternal(target), location: location))
            } else if let mapping = item.mapping, mapping.count == 1, let (key, value) = mapping.first, let title = key.scalar?.string {
                if value.isTagged(.null) || value.scalar?.string.isEmpty == true {
                    result.append(NavEntry(title: title, target: nil, location: location))
                } else if let scalar = value.scalar {
                    let target = scalar.string
                    result.append(NavEntry(title: title, target: target, isExternal: NavEntry.isExternal(target), location: location))
                } else {
                    switch entries(value, reader: reader) {
                    case .failure(let error): return .failure(error)
                    case .success(let children): result.append(NavEntry(title: title, target: nil, children: children, location: location))
                    }
                }
            } else {
                return .failure(
                    .error(location, "a nav entry is `path.md`, `Title: path.md` or `Title: [entries]`, not \(reader.describe(item))"))
            }
        }
        return .success(result)
    }

    /// MkDocs's order without `nav:`: in each folder its pages by name, `index.md` (or `README.md`) first, then its subfolders.
    static func byName(_ pages: Set<String>, in folder: String, place: SourceLocation) -> [NavEntry] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        let here = pages.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }.sorted { a, b in
            let first = { (path: String) in
                NavigationLayout.folderPageNames.contains { $0.lowercased() == path.dropFirst(prefix.count).lowercased() }
            }
            return first(a) != first(b) ? first(a) : a < b
        }
        let subfolders = Set(
            pages.filter { $0.hasPrefix(prefix) && $0.dropFirst(prefix.count).contains("/") }
                .map { prefix + $0.dropFirst(prefix.count).prefix { $0 != "/" } })
        var result = here.map { NavEntry(title: nil, target: $0, location: place) }
        for sub in subfolders.sorted() {
            let children = byName(pages, in: sub, place: place)
            if !children.isEmpty { result.append(NavEntry(title: nil, target: nil, children: children, location: place)) }
        }
        return result
    }

    /// MkDocs's own YAML tags (`!!python/name:…`, `!ENV`, `!relative`) are read as plain values and noted.
    static func toolTags(_ node: Node, reader: YAMLReader) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        func visit(_ node: Node) {
            let tag = node.tag.description
            let standard = tag.isEmpty || tag == "!" || tag == "?" || (tag.hasPrefix("tag:yaml.org,2002:") && !tag.contains("python"))
            if !standard {
                let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : Substring(tag)
                notes.append(.warning(reader.location(of: node), "the tag '\(shown)' is MkDocs's (Python): its value is ignored"))
            }
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    visit(key)
                    visit(value)
                }
            } else if let sequence = node.sequence {
                for item in sequence { visit(item) }
            }
        }
        visit(node)
        return notes
    }
}
