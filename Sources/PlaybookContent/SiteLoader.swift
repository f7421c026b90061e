import Foundation
import PlaybookCore

/// The load stage: reads a site folder into `SiteSources`. Names starting with
/// `_` or `.` are never pages (`_index.md` is a section's own page, `_data/`
/// holds team data); symbolic links that lead out of the site are skipped.
public struct SiteLoader {
    public let root: URL
    private let rootPath: String
    private let fileManager = FileManager.default

    public init(root: URL) {
        self.root = root.standardizedFileURL
        self.rootPath = self.root.resolvingSymlinksInPath().path
    }

    /// `teamDataRead` is told the team's two files as soon as they are read, before the pages are: the
    /// build starts reading the team from them on another thread while the pages load.
    public func load(teamDataRead: ((_ team: SourceFile?, _ accounts: SourceFile?) -> Void)? = nil) -> SiteSources {
        var sources = SiteSources(root: root)
        loadConfig(into: &sources)

        let content = root.appendingPathComponent(SiteLayout.content)
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue {
            loadTeamData(into: &sources)
            teamDataRead?(sources.team, sources.accounts)
            var pages: [Entry] = []
            for entry in walk(content, relative: "", diagnostics: &sources.diagnostics, sitePrefix: SiteLayout.content) {
                let name =
                    entry.relative.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(entry.relative[entry.relative.index(after: $0)...]) }
                    ?? entry.relative
                // `_index.en.md` too: a landing page's translation (`LanguageFiles` drops any other `_index.x.md`).
                if entry.relative.hasSuffix(".md"), !name.hasPrefix("_") || name.hasPrefix("_index.") {
                    pages.append(entry)
                } else if !name.hasPrefix("_") {
                    sources.contentFiles.append(
                        StaticFile(outputPath: entry.relative, sourceURL: entry.url, sitePath: SiteLayout.content + entry.relative))
                }
            }
            // Read on every core (a file's read is mostly waiting on the system), kept in walk order.
            let fileManager = fileManager
            for (file, problem) in parallelMap(pages, { Self.read($0.path, sitePath: SiteLayout.content + $0.relative, fileManager) }) {
                if let file { sources.pages.append(file) }
                if let problem { sources.diagnostics.append(problem) }
            }
        } else {
            sources.diagnostics.append(.error(SourceLocation(path: "content"), "no content/ folder in the site folder \(root.path)"))
        }

        loadLayouts(into: &sources)
        loadStructuredTemplates(into: &sources)
        let assets = root.appendingPathComponent(SiteLayout.assets)
        for entry in walk(assets, relative: "", diagnostics: &sources.diagnostics, sitePrefix: SiteLayout.assets) {
            let output = SiteLayout.outputAssets + entry.relative
            let sitePath = SiteLayout.assets + entry.relative
            guard Fingerprint.applies(to: entry.relative) else {
                sources.assets.append(StaticFile(outputPath: output, sourceURL: entry.url, sitePath: sitePath))
                continue
            }
            // A stylesheet or script is read now: its second name comes from its bytes, which are written as read.
            guard let file = read(entry.url, sitePath: sitePath, into: &sources.diagnostics) else { continue }
            let fingerprinted = Fingerprint.name(output, data: file.data)
            sources.assetNames[output] = fingerprinted
            sources.assets.append(StaticFile(outputPath: output, sourceURL: entry.url, sitePath: sitePath, data: file.data))
            sources.assets.append(StaticFile(outputPath: fingerprinted, sourceURL: entry.url, sitePath: sitePath, data: file.data))
        }
        return sources
    }

    /// Only what a single page needs besides itself: settings, layouts (for
    /// the forms' markup), form and scorecard templates, team data (for `playbook render`).
    public func loadForOnePage() -> SiteSources {
        var sources = SiteSources(root: root)
        loadConfig(into: &sources)
        loadLayouts(into: &sources)
        loadStructuredTemplates(into: &sources)
        loadTeamData(into: &sources)
        return sources
    }

    private func loadLayouts(into sources: inout SiteSources) {
        let layouts = root.appendingPathComponent(SiteLayout.layouts)
        for entry in walk(layouts, relative: "", diagnostics: &sources.diagnostics, sitePrefix: SiteLayout.layouts)
        where entry.relative.hasSuffix(SiteLayout.layoutExtension) {
            if let file = read(entry.url, sitePath: SiteLayout.layouts + entry.relative, into: &sources.diagnostics) {
                sources.layouts.append(file)
            }
        }
    }

    private func loadConfig(into sources: inout SiteSources) {
        let url = root.appendingPathComponent(SiteLayout.settings)
        if fileManager.fileExists(atPath: url.path) {
            sources.config = read(url, sitePath: SiteLayout.settings, into: &sources.diagnostics)
        }
    }

    private func loadStructuredTemplates(into sources: inout SiteSources) {
        for (folder, assign) in [
            (SiteLayout.forms, \SiteSources.forms), (SiteLayout.scorecards, \SiteSources.scorecards),
            (SiteLayout.catalogues, \SiteSources.catalogues),
        ] {
            for entry in walk(root.appendingPathComponent(folder), relative: "", diagnostics: &sources.diagnostics, sitePrefix: folder)
            where entry.relative.hasSuffix(".yaml") && !entry.relative.contains("/") {
                if let file = read(entry.url, sitePath: folder + entry.relative, into: &sources.diagnostics) {
                    sources[keyPath: assign].append(file)
                }
            }
        }
    }

    private func loadTeamData(into sources: inout SiteSources) {
        for (path, assign) in [(SiteLayout.team, \SiteSources.team), (SiteLayout.accounts, \SiteSources.accounts)] {
            let url = root.appendingPathComponent(path)
            guard fileManager.fileExists(atPath: url.path) else { continue }
            guard isInsideSite(url) else {
                sources.diagnostics.append(
                    .warning(SourceLocation(path: path), "skipped: a symbolic link that leads outside the site folder"))
                continue
            }
            sources[keyPath: assign] = read(url, sitePath: path, into: &sources.diagnostics)
        }
    }

    private func isInsideSite(_ url: URL) -> Bool {
        let target = url.resolvingSymlinksInPath().path
        return target == rootPath || target.hasPrefix(rootPath + "/")
    }

    private struct Entry: Sendable {
        /// The file's path: a string, not a URL, while walking (a URL made for each of 10,000 files was half the walk).
        package var path: String
        package var relative: String
        package var url: URL { URL(fileURLWithPath: path) }
    }

    /// Regular files below `folder`, sorted by path; `_`-folders other than
    /// none are skipped by the caller by name, `.` names here.
    private func walk(_ folder: URL, relative: String, diagnostics: inout [Diagnostic], sitePrefix: String) -> [Entry] {
        walk(folder.path, relative: relative, diagnostics: &diagnostics, sitePrefix: sitePrefix)
    }

    private func walk(_ folder: String, relative: String, diagnostics: inout [Diagnostic], sitePrefix: String) -> [Entry] {
        var entries: [Entry] = []
        for (name, type) in Self.names(in: folder) where !name.hasPrefix(".") {
            let file = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            if type == UInt8(DT_REG) {  // the folder's listing said so: no call to ask again
                entries.append(Entry(path: file, relative: path))
                continue
            }
            // lstat, not FileManager's attributes, which also read extended attributes and owner names per file.
            var info = stat()
            guard lstat(file, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK {
                let url = URL(fileURLWithPath: file)
                guard isInsideSite(url) else {
                    diagnostics.append(
                        .warning(
                            SourceLocation(path: sitePrefix + path),
                            "skipped: a symbolic link that leads outside the site folder"))
                    continue
                }
                guard stat(url.resolvingSymlinksInPath().path, &info) == 0 else { continue }
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if name.hasPrefix("_") { continue }
                entries += walk(file, relative: path, diagnostics: &diagnostics, sitePrefix: sitePrefix)
            case S_IFREG:
                entries.append(Entry(path: file, relative: path))
            default:
                continue
            }
        }
        return entries
    }

    /// A folder's names, sorted, each with the type its listing gives (`DT_UNKNOWN` where the file system
    /// gives none): most files need no `lstat` then.
    private static func names(in folder: String) -> [(name: String, type: UInt8)] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            names.append((name, entry.pointee.d_type))
        }
        return names.sorted { $0.name < $1.name }
    }

    private func read(_ url: URL, sitePath: String, into diagnostics: inout [Diagnostic]) -> SourceFile? {
        let (file, problem) = Self.read(url, sitePath: sitePath, fileManager)
        if let problem { diagnostics.append(problem) }
        return file
    }

    private static func read(_ url: URL, sitePath: String, _ fileManager: FileManager) -> (SourceFile?, Diagnostic?) {
        read(url.path, sitePath: sitePath, fileManager)
    }

    private static func read(_ path: String, sitePath: String, _ fileManager: FileManager) -> (SourceFile?, Diagnostic?) {
        guard let data = fileManager.contents(atPath: path) else {
            return (nil, .error(SourceLocation(path: sitePath), "cannot read the file"))
        }
        return (SourceFile(path: sitePath, data: data), nil)
    }
}
