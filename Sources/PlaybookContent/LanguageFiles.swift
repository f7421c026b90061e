import PlaybookCore

/// The content files of a site sorted by the language they are written in:
/// `growth-formula.md` in the default language, `growth-formula.en.md` its
/// English translation. Every file keeps its own path (messages point at
/// it) and gets the content path of the page it is a version of.
public struct LanguageFiles: Sendable {
    /// A file and the page it is a version of (`content/a/b.en.md` → `a/b.md`).
    public struct Version: Sendable {
        public var file: SourceFile
        public var contentPath: String
    }

    /// The default language's files, in the order they were read.
    public var original: [Version] = []
    /// Each other language's translations, by the content path of their page.
    public var translations: [String: [String: Version]] = [:]
    /// `a/index.md` or `a/README.md` standing for `a/_index.md` in a folder that
    /// has none, as MkDocs, docsify and Git hosts read them: by the path as
    /// written, the folder page's content path (what links to it resolve to).
    public var folderPages: [String: String] = [:]

    /// Sorts `pages`; a file for a language the site does not list, two files
    /// for one page and language, and a translation of no page are errors.
    public static func sort(_ pages: [SourceFile], config: SiteConfig) -> (LanguageFiles, [Diagnostic]) {
        var files = LanguageFiles()
        var diagnostics: [Diagnostic] = []
        var claimed: [String: [String: String]] = [:]  // language → content path → file
        (files.folderPages, diagnostics) = findFolderPages(pages, config: config)
        for file in pages {
            guard file.path.hasPrefix(SiteLayout.content) else { continue }
            let relative = String(file.path.dropFirst(SiteLayout.content.count))
            var language = config.language
            var contentPath = relative
            if let (named, base) = LanguageFile.split(relative, languages: config.languages) {
                guard config.languages.contains(named) else {
                    diagnostics.append(
                        .error(
                            SourceLocation(path: file.path),
                            "this file is for the language '\(named)', which playbook.yaml does not list "
                                + "(languages: \(config.languages.joined(separator: ", "))): add it there, or rename the file"))
                    continue
                }
                language = named
                contentPath = base
            }
            if let page = files.folderPages[contentPath] { contentPath = page }
            let name =
                contentPath.utf8.lastIndex(of: UInt8(ascii: "/")).map { contentPath[contentPath.index(after: $0)...] } ?? contentPath[...]
            if name.utf8.first == UInt8(ascii: "_") && name != "_index.md" {
                continue  // `_index.notes.md`: a name starting with `_`, never a page
            }
            if let other = claimed[language]?[contentPath] {
                let pair = [other, file.path].sorted()
                diagnostics.append(
                    .error(
                        SourceLocation(path: pair[1]),
                        "two files for one page in '\(language)': \(pair[0]) and \(pair[1]); keep one"))
                continue
            }
            claimed[language, default: [:]][contentPath] = file.path
            let version = Version(file: file, contentPath: contentPath)
            if language == config.language {
                files.original.append(version)
            } else {
                files.translations[language, default: [:]][contentPath] = version
            }
        }
        let originals = claimed[config.language] ?? [:]
        for language in config.languages.dropFirst() {
            for (contentPath, version) in (files.translations[language] ?? [:]).sorted(by: { $0.key < $1.key })
            where originals[contentPath] == nil {
                files.translations[language]?[contentPath] = nil
                diagnostics.append(
                    .error(
                        SourceLocation(path: version.file.path),
                        "a translation of \(SiteLayout.content)\(contentPath), which does not exist: "
                            + "write the page in \(config.language) first (a translation takes its place from it)"))
            }
        }
        return (files, diagnostics)
    }

    /// Which `index.md` or `README.md` is its folder's page: the one such file
    /// of a folder without `_index.md` (in the default language); two in one folder is an error.
    private static func findFolderPages(_ pages: [SourceFile], config: SiteConfig) -> ([String: String], [Diagnostic]) {
        var byFolder: [String: [String]] = [:]  // folder → its index, README and _index files (content paths)
        for file in pages where file.path.hasPrefix(SiteLayout.content) {
            let relative = String(file.path.dropFirst(SiteLayout.content.count))
            let split = LanguageFile.split(relative, languages: config.languages)
            if let (language, _) = split, language != config.language { continue }
            let base = split?.basePath ?? relative
            let name = base.utf8.lastIndex(of: UInt8(ascii: "/")).map { base[base.index(after: $0)...] } ?? base[...]
            guard isFolderPageName(name) || name == "_index.md" else { continue }
            byFolder[SitePath.folder(of: base), default: []].append(base)
        }
        var aliases: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for (folder, paths) in byFolder.sorted(by: { $0.key < $1.key }) {
            let index = folder.isEmpty ? "_index.md" : folder + "/_index.md"
            guard !paths.contains(index) else { continue }  // the folder's own page: index.md and README.md are pages
            let candidates = paths.sorted()
            if candidates.count > 1 {
                let named = candidates.map { SiteLayout.content + $0 }
                diagnostics.append(
                    .error(
                        SourceLocation(path: named[1]),
                        "\(named.joined(separator: " and ")) would both be the page of "
                            + "\(folder.isEmpty ? "the site" : "the folder \(folder)/"): rename one, or add an _index.md"))
            }
            aliases[candidates[0]] = index
        }
        return (aliases, diagnostics)
    }

    /// `index.md` and `README.md` (any case, as Git hosts show it).
    private static func isFolderPageName(_ name: Substring) -> Bool {
        name == "index.md" || (name.utf8.count == 9 && name.lowercased() == "readme.md")
    }

    /// How many pages each other language lacks, and which (content paths, sorted).
    public func untranslated(_ config: SiteConfig, leavingOut isLeftOut: (Version) -> Bool) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for language in config.languages.dropFirst() {
            let done = translations[language] ?? [:]
            result[language] = original.filter { done[$0.contentPath] == nil && !isLeftOut($0) }.map(\.contentPath).sorted()
        }
        return result
    }
}
