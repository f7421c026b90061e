import Foundation
import PlaybookCore

/// A Hugo site: its settings (`hugo.toml|yaml|json`, `config.toml|yaml|json`,
/// or the same under `config/_default/`: `title`, `languageCode`,
/// `defaultContentLanguage`, `languages`, `contentDir`), the pages in
/// `content/` with their front matter (TOML `+++`, YAML `---`), and `static/`.
/// Hugo orders a section's pages by `weight` (a menu entry's weight when the
/// page has none), then date (newest first), then title: that order is
/// written as weights 10, 20, 30 … Titles stay (`linkTitle` when there is no
/// `title`), `lastmod` becomes `reviewed`, drafts stay drafts.
package enum HugoSite {
    package static let settingsNames = [
        "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json",
    ]

    /// Settings with no Playbook counterpart, with why.
    static let dropped: [String: String] = [
        "theme": "Playbook's own theme is used",
        "menu": "Playbook's sidebar follows folders and weights",
        "menus": "Playbook's sidebar follows folders and weights",
        "permalinks": "Playbook's URLs follow file paths",
        "taxonomies": "Playbook has tags only (a page's `tags:`)",
        "baseURL": "set `base_url` in playbook.yaml (or pass --base-url)",
        "module": "Hugo modules are not read",
    ]

    /// Front matter keys that are not carried over, with why (keys are matched in any case).
    static let droppedKeys: [String: String] = [
        "aliases": "Playbook makes no redirect pages",
        "url": "Playbook's URLs follow file paths",
        "slug": "Playbook's URLs follow file paths",
        "menu": "Playbook's sidebar follows folders and weights (its weight ordered the page)",
        "menus": "Playbook's sidebar follows folders and weights (its weight ordered the page)",
    ]

    /// Front matter keys kept as comments: they name Hugo templates, which Playbook's theme does not have.
    static let commentedKeys = ["layout", "type"]

    /// Folders of a Hugo site that are not carried over, with why.
    static let droppedFolders: [String: String] = [
        "layouts": "Hugo templates; Playbook's theme is used",
        "themes": "Hugo themes; Playbook's theme is used",
        "assets": "Hugo Pipes' input; only files under static/ and content/ are copied",
        "data": "Hugo data files; Playbook's team data goes in content/_data/",
        "i18n": "Hugo's string tables; Playbook's catalogues are templates/i18n/",
        "archetypes": "Hugo's page templates; `playbook new page` makes pages",
    ]

    package static func read(_ files: SourceFiles) -> Result<SourceSite, Diagnostic> {
        let candidates = settingsNames + settingsNames.map { "config/_default/" + $0 }
        guard let settingsName = candidates.first(where: files.isFile) else {
            return .failure(
                .error(
                    files.place("hugo.toml"),
                    "no hugo.toml or config.toml (yaml, json) here: `playbook import hugo` reads a Hugo site's folder"))
        }
        let settings: SettingValue
        switch parse(file: settingsName, files: files) {
        case .failure(let error): return .failure(error)
        case .success(let value): settings = value
        }
        var notes: [Diagnostic] = []
        let settingsText = files.text(settingsName) ?? ""
        func place(_ key: String) -> SourceLocation {
            files.place(settingsName, line: topLevelLine(key, in: settingsText), column: 1)
        }
        for key in settings.keys.sorted() {
            if let why = dropped[key] { notes.append(.warning(place(key), "'\(key)' is not carried over: \(why)")) }
        }
        let contentRoot = MkDocsNavigation.normalized(settings.value("contentDir")?.text ?? "content")
        guard files.isFolder(contentRoot) else {
            return .failure(.error(files.place(settingsName), "the content folder '\(contentRoot)' does not exist"))
        }
        var site = SourceSite(tool: .hugo, contentRoot: contentRoot)
        site.title = settings.value("title")?.text
        site.description = settings.value("params")?.value("description")?.text
        let (languages, renames, languageNotes) = languagesOf(settings, files: files, contentRoot: contentRoot, place: place)
        site.languages = languages
        site.renames = renames
        notes += languageNotes
        for folder in droppedFolders.keys.sorted() where files.isFolder(folder) && !(files.files(under: folder).isEmpty) {
            notes.append(.warning(files.place(folder), "\(folder)/ is not carried over: \(droppedFolders[folder]!)"))
        }
        let contentFiles = files.files(under: contentRoot)
        let contentSet = Set(contentFiles)
        for file in files.files(under: "static") {
            if contentSet.contains(file) {
                notes.append(.warning(files.place("static/" + file), "not copied: content/\(file) has the same path"))
            } else {
                site.extraFiles.append((from: "static/" + file, to: file))
            }
        }
        let pages = contentFiles.filter { $0.hasSuffix(".md") }
        var keys: [String: PageKeys] = [:]
        for page in pages {
            let relative = files.join(contentRoot, page)
            let (pageKeys, pageNotes) = readPage(relative, files: files)
            keys[page] = pageKeys
            notes += pageNotes
            var edit = PageEdit()
            if pageKeys.title == nil, let linkTitle = pageKeys.linkTitle { edit.title = linkTitle }
            if let lastmod = pageKeys.lastmod, !pageKeys.hasReviewed { edit.texts.append(("reviewed", lastmod)) }
            edit.commentedOut = pageKeys.commented
            if !edit.isEmpty { site.edits[page] = edit }
        }
        order(keys, languages: languages, into: &site)
        site.notes = notes + site.notes
        return .success(site)
    }

    /// What ordering and titling needs of one page.
    struct PageKeys {
        var title: String?
        var linkTitle: String?
        var weight: Int?
        var date: String?
        var lastmod: String?
        var hasReviewed = false
        var commented: [String] = []
    }

    static func readPage(_ relative: String, files: SourceFiles) -> (PageKeys, [Diagnostic]) {
        var keys = PageKeys()
        var notes: [Diagnostic] = []
        guard let text = files.text(relative), let block = FrontMatterEdit.block(text) else { return (keys, notes) }
        let path = files.shown(relative)
        let read: Result<SettingValue, Diagnostic>
        switch block.format {
        case .toml: read = SettingValue.toml(block.text, path: path, firstLine: block.firstLine)
        case .yaml: read = SettingValue.yaml(block.text, path: path, firstLine: block.firstLine)
        case .json:
            notes.append(
                .warning(
                    files.place(relative),
                    "JSON front matter is not read by Playbook: write it as YAML between --- lines (the page is copied as it is)"))
            return (keys, notes)
        case .none:
            return (keys, notes)
        }
        let value: SettingValue
        switch read {
        case .success(let settings): value = settings
        case .failure(let error):
            notes.append(.warning(error.location, error.message + " (the page is copied as it is)"))
            return (keys, notes)
        }
        func place(_ key: String) -> SourceLocation {
            files.place(relative, line: FrontMatterEdit.line(of: key, in: text) ?? 1, column: 1)
        }
        keys.title = value.value("title")?.text.flatMap { $0.isEmpty ? nil : $0 }
        keys.linkTitle = value.value("linkTitle")?.text
        if let title = keys.title, let linkTitle = keys.linkTitle, linkTitle != title {
            notes.append(
                .warning(
                    place("linkTitle"),
                    "linkTitle '\(linkTitle)' is kept as a page parameter only: Playbook shows the title '\(title)' everywhere"))
        }
        keys.weight =
            value.value("weight")?.number.flatMap { $0 == 0 ? nil : $0 } ?? menuWeight(value.value("menu") ?? value.value("menus"))
        keys.date = value.value("date")?.day ?? value.value("publishDate")?.day
        keys.lastmod = value.value("lastmod")?.day ?? value.value("modified")?.day
        keys.hasReviewed = value["reviewed"] != nil
        if value.value("lastmod") != nil, keys.lastmod == nil {
            notes.append(.warning(place("lastmod"), "lastmod is not a date: not carried over as `reviewed`"))
        }
        for key in value.keys.sorted() {
            if let why = droppedKeys[key.lowercased()] { notes.append(.warning(place(key), "'\(key)' is not carried over: \(why)")) }
            if commentedKeys.contains(key) {
                keys.commented.append(key)
                notes.append(
                    .warning(place(key), "'\(key)' names a Hugo template: kept as a comment (Playbook's `layout` names its own layouts)"))
            }
        }
        return (keys, notes)
    }

    /// A menu entry's weight: `menu: {main: {weight: 3}}` (main first, then sidebar, then any other menu).
    package static func menuWeight(_ menu: SettingValue?) -> Int? {
        guard let menu, case .table(let menus) = menu else { return nil }
        let ordered = menus.sorted { rank($0.key) != rank($1.key) ? rank($0.key) < rank($1.key) : $0.key < $1.key }
        return ordered.lazy.compactMap { $0.value.value("weight")?.number }.first { $0 != 0 }
    }

    private static func rank(_ menu: String) -> Int { ["main": 0, "sidebar": 1][menu] ?? 2 }

    /// Hugo's order in each folder, as weights: weighted first (by weight), then newest first, then by title, then by name.
    static func order(_ keys: [String: PageKeys], languages: [String], into site: inout SourceSite) {
        var members: [String: Set<String>] = [:]  // folder → pages and subfolders in it (subfolders end in "/")
        let pages = Set(keys.keys)
        let layout = NavigationLayout(pages: pages, files: SourceFiles(root: URL(fileURLWithPath: "/"), shownAs: ""), contentRoot: "")
        for page in pages {
            let destination = site.renames[page] ?? page
            // A translation follows its page: only pages in the default language are ordered.
            if languages.count > 1, destination.split(separator: "/").last.map({ $0.split(separator: ".").count > 2 }) ?? false { continue }
            let folder = NavigationLayout.folder(of: page)
            if layout.folderPage(folder) == page { continue }
            members[folder, default: []].insert(page)
            var current = folder
            while !current.isEmpty {
                let parent = NavigationLayout.folder(of: current)
                members[parent, default: []].insert(current + "/")
                current = parent
            }
        }
        func sortKey(_ member: String) -> (weight: Int, date: String, title: String, name: String) {
            let page = member.hasSuffix("/") ? layout.folderPage(String(member.dropLast())) : member
            let pageKeys = page.flatMap { keys[$0] }
            let name = member.hasSuffix("/") ? String(member.dropLast()) : member
            return (
                pageKeys?.weight ?? Int.max, pageKeys?.date ?? "", pageKeys?.linkTitle ?? pageKeys?.title ?? "", name
            )
        }
        for folder in members.keys.sorted() {
            let sorted = members[folder, default: []].sorted { a, b in
                let (x, y) = (sortKey(a), sortKey(b))
                if x.weight != y.weight { return x.weight < y.weight }
                if x.date != y.date { return x.date > y.date }
                if x.title != y.title { return x.title < y.title }
                return x.name < y.name
            }
            for (index, member) in sorted.enumerated() {
                let weight = (index + 1) * 10
                if member.hasSuffix("/") {
                    let sub = String(member.dropLast())
                    if let page = layout.folderPage(sub) {
                        site.edits[page, default: PageEdit()].weight = weight
                    } else {
                        let name = sub.split(separator: "/").last.map(String.init) ?? sub
                        site.sectionPages[sub] = PageEdit(title: Page.humanize(name), weight: weight)
                    }
                } else {
                    site.edits[member, default: PageEdit()].weight = weight
                }
            }
        }
    }

    /// The site's languages (Playbook's tags, the default first) and the translations' new names:
    /// Hugo's `page.<key>.md` becomes `page.md` in the default language and `page.<tag>.md` in the others.
    static func languagesOf(
        _ settings: SettingValue, files: SourceFiles, contentRoot: String, place: (String) -> SourceLocation
    ) -> ([String], [String: String], [Diagnostic]) {
        var notes: [Diagnostic] = []
        let defaultKey = settings.value("defaultContentLanguage")?.text ?? "en"
        guard case .table(let table)? = settings.value("languages"), table.count > 1 else {
            let code = settings.value("languageCode")?.text ?? settings.value("languages")?.keys.first ?? defaultKey
            return ([SourceSite.playbookLanguage(code)], [:], notes)
        }
        func tag(_ key: String) -> String {
            SourceSite.playbookLanguage(settings.value("languages")?.value(key)?.value("languageCode")?.text ?? key)
        }
        let keys = table.map(\.key).sorted { a, b in
            if (a == defaultKey) != (b == defaultKey) { return a == defaultKey }
            let (x, y) = (
                table.first { $0.key == a }?.value.value("weight")?.number ?? 0,
                table.first { $0.key == b }?.value.value("weight")?.number ?? 0
            )
            return x != y ? x < y : a < b
        }
        for (key, value) in table where value.value("contentDir") != nil {
            notes.append(
                .warning(
                    place("languages"),
                    "the language '\(key)' has a content folder of its own: not carried over (Playbook keeps a page's translation "
                        + "beside it, `page.en.md`)"))
        }
        var renames: [String: String] = [:]
        let all = Set(files.files(under: contentRoot))
        for file in all.sorted() where file.hasSuffix(".md") {
            let stem = file.dropLast(3)
            guard let dot = stem.lastIndex(of: "."), !stem[dot...].contains("/") else { continue }
            let key = String(stem[stem.index(after: dot)...])
            guard keys.contains(key) else { continue }
            let base = String(stem[..<dot])
            let target = key == keys[0] ? base + ".md" : base + "." + tag(key) + ".md"
            if target != file {
                if all.contains(target) {
                    notes.append(.warning(files.place(files.join(contentRoot, file)), "not renamed to \(target), which exists"))
                } else {
                    renames[file] = target
                }
            }
        }
        return (keys.map(tag), renames, notes)
    }

    static func parse(file: String, files: SourceFiles) -> Result<SettingValue, Diagnostic> {
        let path = files.shown(file)
        if file.hasSuffix(".toml") { return SettingValue.toml(files.text(file) ?? "", path: path) }
        if file.hasSuffix(".json") {
            return SettingValue.json(FileManager.default.contents(atPath: files.url(file).path) ?? Data(), path: path)
        }
        return SettingValue.yaml(files.text(file) ?? "", path: path)
    }

    /// The line a top-level setting is written on (TOML `key =`, YAML `key:`, JSON `"key":`), or 1.
    static func topLevelLine(_ key: String, in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            for written in [key, "\"\(key)\"", "[\(key)]", "[\(key).", "[[\(key)]]", "[[\(key)."] where trimmed.hasPrefix(written) {
                let rest = trimmed.dropFirst(written.count).drop { $0 == " " }
                if written.hasPrefix("[") || rest.first == "=" || rest.first == ":" { return index + 1 }
            }
        }
        return 1
    }
}
