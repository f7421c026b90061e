import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookOutput

/// `playbook import TOOL SRC DIR`: a new Playbook site in DIR made from
/// another tool's site in SRC. The default theme and site files as `init`
/// writes them (without its pages; `playbook.yaml` with the source's name and
/// language), and `content/` made of copies of the source's pages and the
/// files beside them, same paths, each page's front matter given the title
/// and weight the tool's navigation gives it. SRC is only read. DIR is
/// written whole or not at all: the site is made in a folder beside it and
/// renamed into place.
public enum SiteImporter {
    /// Imports; `sourceShown` and `destinationShown` name the folders in report lines as the user named them.
    public static func run(
        _ tool: ImportSource, source: URL, destination: URL, sourceShown: String? = nil, destinationShown: String? = nil
    ) -> ImportReport {
        let shownDestination = destinationShown ?? destination.path
        var report = ImportReport(tool: tool, destination: shownDestination)
        let destinationPlace = SourceLocation(path: shownDestination)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder), isFolder.boolValue else {
            report.diagnostics.append(.error(SourceLocation(path: sourceShown ?? source.path), "no such folder"))
            return report
        }
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                report.diagnostics.append(.error(destinationPlace, "is a file: the new site goes into an empty or new folder"))
                return report
            }
            if let existing = try? FileManager.default.contentsOfDirectory(atPath: destination.path), !existing.isEmpty {
                report.diagnostics.append(
                    .error(destinationPlace, "is not empty: the new site goes into an empty or new folder, so nothing there is overwritten")
                )
                return report
            }
        }
        let sourcePath = source.standardizedFileURL.resolvingSymlinksInPath().path
        let destinationPath = destination.standardizedFileURL.resolvingSymlinksInPath().path
        if destinationPath == sourcePath || destinationPath.hasPrefix(sourcePath.hasSuffix("/") ? sourcePath : sourcePath + "/") {
            report.diagnostics.append(
                .error(destinationPlace, "is inside the source folder, which import never changes: choose a folder outside it"))
            return report
        }
        let files = SourceFiles(root: source, shownAs: sourceShown ?? source.path)
        let site: SourceSite
        switch tool.read(source, shownAs: files.shownAs) {
        case .failure(let error):
            report.diagnostics.append(error)
            return report
        case .success(let read): site = read
        }
        let (output, made) = siteFiles(site, files: files, report: &report)
        // One line a problem, by file and place; the order each was found in where they share one.
        report.diagnostics = (site.notes + made).enumerated().sorted { a, b in
            a.element.location != b.element.location ? a.element.location < b.element.location : a.offset < b.offset
        }.map(\.element)
        do {
            try write(output, to: destination)
        } catch {
            report.diagnostics.append(.error(destinationPlace, "cannot write the site: \(error)"))
        }
        return report
    }

    /// Every file of the new site, relative to it, in path order; and the notes on what was not copied.
    package static func siteFiles(_ site: SourceSite, files: SourceFiles, report: inout ImportReport) -> ([(String, Data)], [Diagnostic]) {
        var notes: [Diagnostic] = []
        var output: [String: Data] = [:]
        for file in SiteStarter.files(language: nil, example: false) {
            if file.path.hasPrefix(SiteLayout.content) && !file.path.hasPrefix(SiteLayout.content + "_data/") { continue }
            if file.path == SiteLayout.settings {
                output[file.path] = Data(settings(String(decoding: file.data, as: UTF8.self), site).utf8)
            } else {
                output[file.path] = file.data
            }
        }
        let starterData = Set(output.keys.filter { $0.hasPrefix(SiteLayout.content) })
        func put(_ path: String, _ data: Data, from: String) {
            if output[path] != nil && !starterData.contains(path) {
                notes.append(.warning(files.place(from), "not copied: \(path) is already written from another file"))
                return
            }
            output[path] = data
        }
        for file in files.files(under: site.contentRoot) where !site.toolFiles.contains(file) {
            let relative = files.join(site.contentRoot, file)
            let name = file.split(separator: "/").last.map(String.init) ?? file
            if name == "index.html" {
                notes.append(
                    .warning(files.place(relative), "not copied: index.html is the name of the pages Playbook writes (the folder's page)"))
                continue
            }
            guard var data = FileManager.default.contents(atPath: files.url(relative).path) else {
                notes.append(.warning(files.place(relative), "cannot be read: not copied"))
                continue
            }
            let target = SiteLayout.content + (site.renames[file] ?? file)
            if file.hasSuffix(".md") {
                report.pages += 1
                if let edit = site.edits[file], !edit.isEmpty {
                    let text = String(decoding: data, as: UTF8.self)
                    if let edited = FrontMatterEdit.apply(edit, to: text) {
                        data = Data(edited.utf8)
                    } else if site.tool != .hugo {
                        notes.append(
                            .warning(files.place(relative), "its front matter is not YAML or TOML: its title and place are not set"))
                    }
                }
            } else {
                report.otherFiles += 1
            }
            put(target, data, from: relative)
        }
        // `index.md` and `README.md` are both a folder's page when it has no `_index.md`: the build stops at the two.
        var folderPages: [String: [String]] = [:]
        for path in output.keys where path.hasPrefix(SiteLayout.content) {
            let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
            if name == "index.md" || name == "readme.md" || name == "_index.md" {
                folderPages[String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]), default: []].append(path)
            }
        }
        for (folder, found) in folderPages.sorted(by: { $0.key < $1.key })
        where found.count > 1 && !found.contains(folder + "/_index.md") {
            let names = found.sorted().map { String($0.dropFirst(SiteLayout.content.count)) }
            notes.append(
                .warning(
                    files.place(files.join(site.contentRoot, names[0])),
                    "\(names.joined(separator: " and ")) would both be their folder's page: rename one before building"))
        }
        for (from, to) in site.extraFiles {
            guard let data = FileManager.default.contents(atPath: files.url(from).path) else { continue }
            report.otherFiles += 1
            put(SiteLayout.content + to, data, from: from)
        }
        for folder in site.sectionPages.keys.sorted() {
            guard let edit = site.sectionPages[folder] else { continue }
            let path = SiteLayout.content + (folder.isEmpty ? "" : folder + "/") + "_index.md"
            guard output[path] == nil else { continue }
            output[path] = Data((FrontMatterEdit.apply(edit, to: "") ?? "").utf8)
            report.sectionPages += 1
        }
        return (output.keys.sorted().map { ($0, output[$0]!) }, notes)
    }

    /// The starter's `playbook.yaml` with the source's name, description and languages.
    package static func settings(_ text: String, _ site: SourceSite) -> String {
        let languages = site.languages.isEmpty ? nil : uniqued(site.languages)
        let title =
            site.title.map(SheetDraft.yamlScalar)
            ?? languages.map { SheetDraft.yamlScalar($0.first == "zh-CN" ? "销售手册" : "Sales playbook") }
        var lines: [String] = []
        var skippingIndented = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if skippingIndented, line.hasPrefix(" ") { continue }
            skippingIndented = false
            if line.hasPrefix("title:"), let title {
                lines.append("title: " + title)
                skippingIndented = true
            } else if line.hasPrefix("description:"), site.description != nil || languages != nil {
                lines.append(site.description.map { "description: " + SheetDraft.yamlScalar($0) } ?? "# description:")
                skippingIndented = true
            } else if line.hasPrefix("languages:"), let languages {
                lines.append("languages: [\(languages.joined(separator: ", "))]")
            } else {
                lines.append(String(line))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func uniqued(_ list: [String]) -> [String] {
        var seen: Set<String> = []
        return list.filter { seen.insert($0).inserted }
    }

    /// Writes `files` into a new folder beside `destination`, then renames it into place
    /// (over `destination` if that is an empty folder), so a failure leaves nothing half-written.
    static func write(_ files: [(String, Data)], to destination: URL) throws {
        let parent = destination.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        do {
            let writer = FileWriter(root: staging.path)
            for (path, data) in files {
                if let slash = path.lastIndex(of: "/") { try writer.makeFolder(String(path[..<slash])) }
                try writer.createNew(data, at: path)
            }
            guard rename(staging.path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }
}
