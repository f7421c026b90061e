import Foundation
import PlaybookCore

/// Places a tool's navigation on the folders its pages are in. Playbook's
/// sections are folders, ordered by `weight`: each entry of the navigation
/// gives its page (or its section's folder) a weight of 10, 20, 30 … in the
/// order it appears among its folder's entries, and its title; a section's
/// title goes to its folder's page (`_index.md`, `index.md` or `README.md`),
/// written as `_index.md` when the folder has none. What the navigation holds
/// that folders cannot (outside links, a section whose pages are not in a
/// folder of their own, a page named twice) is noted.
package struct NavigationLayout {
    /// The site's Markdown pages, relative to the content folder.
    package let pages: Set<String>
    package let files: SourceFiles
    package let contentRoot: String

    private enum Slot: Hashable {
        case page(String)
        case folder(String)
    }

    private var order: [String: [Slot]] = [:]
    private var pageTitles: [String: String] = [:]
    private var folderTitles: [String: (title: String, location: SourceLocation)] = [:]
    private var placed: [String: SourceLocation] = [:]
    private var notes: [Diagnostic] = []

    /// Each folder's own page, found once.
    private let folderPages: [String: String]

    package init(pages: Set<String>, files: SourceFiles, contentRoot: String) {
        self.pages = pages
        self.files = files
        self.contentRoot = contentRoot
        var found: [String: (rank: Int, page: String)] = [:]
        for page in pages {
            let name = page.split(separator: "/").last.map { $0.lowercased() } ?? ""
            guard let rank = Self.folderPageNames.firstIndex(where: { $0.lowercased() == name }) else { continue }
            if name == "_index.md" && !page.hasSuffix("_index.md") { continue }
            let folder = Self.folder(of: page)
            if let earlier = found[folder], (earlier.rank, earlier.page) < (rank, page) { continue }
            found[folder] = (rank, page)
        }
        folderPages = found.mapValues(\.page)
    }

    /// The names a folder's own page may have, in the order the build prefers them (`index.md` and `README.md` in any case).
    package static let folderPageNames = ["_index.md", "index.md", "README.md"]

    /// The page of `folder` (relative to the content folder), if it has one.
    package func folderPage(_ folder: String) -> String? {
        folderPages[folder]
    }

    /// Puts the navigation's titles and order into `site`.
    package static func place(_ navigation: [NavEntry], pages: Set<String>, into site: inout SourceSite, files: SourceFiles) {
        var layout = NavigationLayout(pages: pages, files: files, contentRoot: site.contentRoot)
        layout.visit(navigation, in: "")
        layout.finish(into: &site)
    }

    // MARK: Reading the navigation

    private mutating func visit(_ entries: [NavEntry], in parent: String) {
        for entry in entries {
            if entry.isExternal {
                notes.append(
                    .warning(
                        entry.location,
                        "the link '\(entry.title ?? entry.target ?? "")' to \(entry.target ?? "") is not carried over: "
                            + "Playbook's sidebar lists the site's own pages only"))
            } else if !entry.children.isEmpty {
                section(entry, in: parent)
            } else if let target = entry.target {
                if let page = resolve(target) {
                    register(page, title: entry.title, in: parent, at: entry.location)
                } else {
                    notes.append(.warning(entry.location, "'\(target)' is not a page of the site: the entry is not carried over"))
                }
            } else {
                notes.append(
                    .warning(entry.location, "the entry '\(entry.title ?? "")' names no page and has none under it: not carried over"))
            }
        }
    }

    private mutating func section(_ entry: NavEntry, in parent: String) {
        let own = entry.target.flatMap { target -> String? in
            guard let page = resolve(target) else {
                notes.append(.warning(entry.location, "'\(target)' is not a page of the site: the section keeps its entries only"))
                return nil
            }
            return page
        }
        let descendants = (own.map { [$0] } ?? []) + resolvedPages(entry.children)
        guard !descendants.isEmpty else {
            notes.append(.warning(entry.location, "the section '\(entry.title ?? "")' has no page of the site under it: not carried over"))
            return
        }
        let folder = commonFolder(descendants)
        guard folder != parent, isInside(folder, parent) else {
            // An entry whose page is its folder's own, with the folder's pages under it, is that folder: nothing is lost.
            if let title = entry.title, own == nil || own != folderPage(parent) {
                notes.append(
                    .warning(
                        entry.location,
                        "the section '\(title)' is not a folder of its own (Playbook's sections are folders): "
                            + "its pages are listed in \(parent.isEmpty ? "the home section" : "'\(parent)'") in its order"))
            }
            if let own { register(own, title: entry.title, in: parent, at: entry.location) }
            visit(entry.children, in: parent)
            return
        }
        chain(from: parent, to: folder)
        if let title = entry.title {
            if let earlier = folderTitles[folder] {
                notes.append(
                    .warning(
                        entry.location,
                        "the section '\(title)' shares the folder '\(folder)' with the section '\(earlier.title)' (\(earlier.location)): "
                            + "one folder is one section, so its pages follow that one's, under its title"))
            } else {
                folderTitles[folder] = (title, entry.location)
            }
        }
        if let own { register(own, title: entry.title, in: folder, at: entry.location) }
        visit(entry.children, in: folder)
    }

    /// A page's slot: itself in its folder, or its folder in the parent's (a folder's own page).
    private mutating func register(_ page: String, title: String?, in parent: String, at location: SourceLocation) {
        if let earlier = placed[page] {
            notes.append(
                .warning(location, "'\(page)' is already in the navigation (\(earlier)): a page has one place, the first is kept"))
            return
        }
        placed[page] = location
        let folder = Self.folder(of: page)
        if folderPage(folder) == page {
            chain(from: parent, to: folder)
            if let title {
                if let earlier = folderTitles[folder] {
                    if earlier.title != title {
                        notes.append(
                            .warning(
                                location,
                                "the title '\(title)' is not carried over: '\(page)' is its folder's page, titled '\(earlier.title)' "
                                    + "by the section at \(earlier.location)"))
                    }
                } else {
                    folderTitles[folder] = (title, location)
                }
            }
        } else {
            chain(from: isInside(folder, parent) ? parent : "", to: folder)
            append(.page(page), to: folder)
            if let title { pageTitles[page] = title }
        }
    }

    /// Each folder between `parent` and `folder` gets its place in the one above it.
    private mutating func chain(from parent: String, to folder: String) {
        guard folder != parent else { return }
        let start = isInside(folder, parent) ? parent : ""
        let rest = folder.dropFirst(start.isEmpty ? 0 : start.count + 1).split(separator: "/")
        var current = start
        for part in rest {
            let next = current.isEmpty ? String(part) : current + "/" + part
            append(.folder(next), to: current)
            current = next
        }
    }

    private mutating func append(_ slot: Slot, to folder: String) {
        if !(order[folder] ?? []).contains(slot) { order[folder, default: []].append(slot) }
    }

    private func resolvedPages(_ entries: [NavEntry]) -> [String] {
        entries.flatMap { entry -> [String] in
            guard !entry.isExternal else { return [] }
            return (entry.target.flatMap(resolve).map { [$0] } ?? []) + resolvedPages(entry.children)
        }
    }

    /// A navigation target as a page of the site: anchors and queries dropped, `./` and `/` at the start, `..` walked,
    /// a folder (`guide/`) as its own page, `guide/visit` as `guide/visit.md`.
    package func resolve(_ target: String) -> String? {
        var path = target
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        path = path.removingPercentEncoding ?? path
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if pages.contains(joined) { return joined }
        if !joined.hasSuffix(".md"), pages.contains(joined + ".md") { return joined + ".md" }
        if joined.hasSuffix(".html") {
            let stem = String(joined.dropLast(5))
            if pages.contains(stem + ".md") { return stem + ".md" }
            if stem.hasSuffix("/index") || stem == "index", let page = folderPage(Self.folder(of: stem + ".md")) { return page }
        }
        if target.hasSuffix("/") || joined.isEmpty || !joined.contains(".") { return folderPage(joined) }
        return nil
    }

    package static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    private func commonFolder(_ paths: [String]) -> String {
        var common = Self.folder(of: paths[0]).split(separator: "/").map(String.init)
        for path in paths.dropFirst() {
            let parts = Self.folder(of: path).split(separator: "/").map(String.init)
            common = Array(zip(common, parts).prefix { $0 == $1 }.map(\.0))
        }
        return common.joined(separator: "/")
    }

    private func isInside(_ folder: String, _ parent: String) -> Bool {
        parent.isEmpty || folder == parent || folder.hasPrefix(parent + "/")
    }

    // MARK: Writing it down

    private func finish(into site: inout SourceSite) {
        var site2 = site
        for folder in order.keys.sorted() {
            for (index, slot) in (order[folder] ?? []).enumerated() {
                let weight = (index + 1) * 10
                switch slot {
                case .page(let page):
                    site2.edits[page, default: PageEdit()].weight = weight
                    if let title = pageTitles[page] { site2.edits[page, default: PageEdit()].title = title }
                case .folder(let sub):
                    let title = folderTitles[sub]?.title
                    if let page = folderPage(sub) {
                        site2.edits[page, default: PageEdit()].weight = weight
                        if let title { site2.edits[page, default: PageEdit()].title = title }
                    } else {
                        let name = sub.split(separator: "/").last.map(String.init) ?? sub
                        site2.sectionPages[sub] = PageEdit(title: title ?? Page.humanize(name), weight: weight)
                    }
                }
            }
        }
        if let home = folderTitles[""]?.title {
            if let page = folderPage("") {
                site2.edits[page, default: PageEdit()].title = home
            } else {
                site2.sectionPages[""] = PageEdit(title: home)
            }
        }
        // A folder placed by the navigation brings its own page along, listed or not.
        var inNavigation = Set(placed.keys)
        for folder in order.keys { if let page = folderPage(folder) { inNavigation.insert(page) } }
        for slots in order.values {
            for case .folder(let sub) in slots { if let page = folderPage(sub) { inNavigation.insert(page) } }
        }
        if let home = folderPage("") { inNavigation.insert(home) }
        var notes = self.notes
        for page in pages.sorted() where !inNavigation.contains(page) {
            notes.append(
                .warning(
                    files.place(files.join(contentRoot, page)),
                    "not in the navigation\(site.navigationFile.map { " (\(files.shown($0)))" } ?? ""): copied, "
                        + "listed after the pages that are"))
        }
        site2.notes += notes
        site = site2
    }
}
