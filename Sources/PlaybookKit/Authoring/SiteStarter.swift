import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// `playbook init`: a new site made of the files that ship inside playbook —
/// the default theme (`templates/`), and either a small starter to write in
/// (`starter/new-site/`: `playbook.yaml` with every key explained, a home
/// page, one page per process with its card and form, an empty team) or,
/// with `--example`, the project's own sample playbook (`content/` and
/// `playbook.yaml`: pages in seven sections, team data, filled visit plans
/// and scorecards). Both build with `--strict`. The EmbedStarter build plugin
/// puts the project's own copies of those files into the binary.
public enum SiteStarter {
    /// The project's `starter/` folder holds what a new site has at its root
    /// besides the theme and its pages: its README, `.gitignore` and CI files.
    public static let ownFilesFolder = "starter/"
    /// The small starter's own settings and pages, inside `starter/`.
    public static let newSiteFolder = "starter/new-site/"

    /// The starter's files, relative to the new site: the sample (`example`) or the small starter.
    public static func files(example: Bool) -> [(path: String, data: Data)] {
        StarterFiles.files.compactMap { file -> (path: String, data: Data)? in
            let path: String
            if file.path.hasPrefix(newSiteFolder) {
                guard !example else { return nil }
                path = String(file.path.dropFirst(newSiteFolder.count))
            } else if file.path.hasPrefix(ownFilesFolder) {
                path = String(file.path.dropFirst(ownFilesFolder.count))
            } else if file.path.hasPrefix(SiteLayout.content) || file.path == SiteLayout.settings {
                guard example else { return nil }
                path = file.path
            } else {
                path = file.path
            }
            return Data(base64Encoded: file.base64).map { (path, $0) }
        }.sorted { $0.path < $1.path }
    }

    /// The languages the sample is written in: what `init --language` takes.
    public static let languages = ["zh-CN", "en"]

    /// The starter's files for a site in `language` alone: its pages (a
    /// translation takes its page's place: `x.en.md` is written as `x.md`),
    /// filled sheets and team data as they are, and `playbook.yaml` naming
    /// that one language. Nil keeps every language (Chinese first).
    public static func files(language: String?, example: Bool = true) -> [(path: String, data: Data)] {
        let files = files(example: example)
        guard let language else {
            return files.map {
                $0.path == SiteLayout.settings ? ($0.path, Data(newSiteSettings(String(decoding: $0.data, as: UTF8.self)).utf8)) : $0
            }
        }
        let settings = files.first { $0.path == SiteLayout.settings }.map { ConfigParser.parse(String(decoding: $0.data, as: UTF8.self)).0 }
        let languages = settings?.languages ?? ["en"]
        let content = files.filter { $0.path.hasPrefix(SiteLayout.content) }
        let translated = Set(
            content.compactMap { file in
                LanguageFile.split(String(file.path.dropFirst(SiteLayout.content.count)), languages: languages)
                    .flatMap { $0.language == language ? SiteLayout.content + $0.basePath : nil }
            })
        var result: [(path: String, data: Data)] = []
        for file in files {
            if file.path == SiteLayout.settings, let settings {
                let text = oneLanguageSettings(String(decoding: file.data, as: UTF8.self), settings, language)
                result.append((file.path, Data(newSiteSettings(text).utf8)))
                continue
            }
            guard file.path.hasPrefix(SiteLayout.content) else {
                result.append(file)
                continue
            }
            let relative = String(file.path.dropFirst(SiteLayout.content.count))
            if let (named, base) = LanguageFile.split(relative, languages: languages) {
                if named == language { result.append((SiteLayout.content + base, file.data)) }
            } else if language == languages[0] || !translated.contains(file.path) {
                result.append(file)
            }
        }
        return result.sorted { $0.path < $1.path }
    }

    /// A new site judges overdue visits on the day it is built: the sample's
    /// fixed `as_of` (which keeps this repository's output the same every day) stays, commented out.
    private static func newSiteSettings(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.hasPrefix("as_of:") { return "# " + line + "   (a fixed day; unset, the day of the build)" }
            if line.hasPrefix("# The day overdue visits are judged on") { return "# The day overdue visits are judged on." }
            return String(line)
        }.joined(separator: "\n")
    }

    /// The sample's `playbook.yaml` for one language: its title and description in it, `languages` naming it alone.
    private static func oneLanguageSettings(_ text: String, _ settings: SiteConfig, _ language: String) -> String {
        let localized = settings.localized(to: language)
        var lines: [String] = []
        var skippingIndented = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if skippingIndented, line.hasPrefix(" ") { continue }
            skippingIndented = false
            if line.hasPrefix("title:") {
                lines.append("title: " + SheetDraft.yamlScalar(localized.title))
                skippingIndented = true
            } else if line.hasPrefix("description:") {
                lines.append("description: " + SheetDraft.yamlScalar(localized.description))
                skippingIndented = true
            } else if line.hasPrefix("languages:") {
                lines.append("languages: [\(language)]")
            } else {
                lines.append(String(line))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Writes the starter into `folder`, which must be new or empty: every
    /// language, or `language` alone; the sample playbook with `example`.
    /// Returns the files written, relative to `folder`.
    public static func create(at folder: URL, language: String? = nil, example: Bool = false) -> NewFile.Created {
        let place = SourceLocation(path: folder.path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { return ([], [.error(place, "is a file: a new site goes into an empty or new folder")]) }
            if let existing = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
                return ([], [.error(place, "is not empty: a new site goes into an empty or new folder")])
            }
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let output = FileWriter(root: folder.path)
            var written: [String] = []
            for file in files(language: language, example: example) {
                if let slash = file.path.lastIndex(of: "/") { try output.makeFolder(String(file.path[..<slash])) }
                try output.createNew(file.data, at: file.path)
                written.append(file.path)
            }
            return (written, [])
        } catch {
            return ([], [.error(place, "cannot create the site: \(error)")])
        }
    }
}
