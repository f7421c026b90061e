import Foundation
import PlaybookCore
import PlaybookContent
import PlaybookMarkdown
import PlaybookForms
import PlaybookTeam
import PlaybookSite
import PlaybookRender
import PlaybookOutput

/// The site as `playbook serve` keeps it between edits: everything the last
/// good build made, in memory, and the output folder it wrote.
///
/// An edit to the body of one Markdown page (its front matter, title and
/// heading ids unchanged) re-parses, re-checks and re-renders that page alone:
/// no other page shows its body. The search index, which does, is made again
/// in the background and written when done (`waitForSearchIndex`). Any other change — a page added, removed,
/// renamed or retitled, a layout, template, team data or `playbook.yaml` — goes
/// through the whole pipeline again. Either way only files whose bytes changed
/// are rewritten (each whole, by rename), and the result is the output of a
/// full build of the same files. A change with errors writes nothing: the last
/// good site stays.
public final class LiveSite: @unchecked Sendable {
    /// What one rebuild did.
    public struct Update: Sendable {
        /// Every problem the site has now (sorted); with errors, nothing was written.
        public var diagnostics: [Diagnostic]
        /// Output paths rewritten or removed.
        public var changedFiles: [String]
        /// True when only the edited pages were rendered.
        public var incremental: Bool
        public var seconds: Double

        public var succeeded: Bool { !diagnostics.hasErrors }

        package init(diagnostics: [Diagnostic], changedFiles: [String], incremental: Bool, seconds: Double) {
            self.diagnostics = diagnostics
            self.changedFiles = changedFiles
            self.incremental = incremental
            self.seconds = seconds
        }
    }

    private let options: BuildOptions
    private let lock = NSLock()
    private var assembly: Assembly?
    /// Indices of each Markdown file's page, into `assembly.allPages` and `assembly.site.pages` (nil for a draft).
    private var parsedIndex: [String: Int] = [:]
    private var siteIndex: [String: Int] = [:]
    private var targets: SiteValidator.LinkTargets?
    /// A hash of each output file's bytes, as last written.
    private var written: [String: UInt64] = [:]
    /// Files the last load read that a change may remove (content files), besides pages.
    private var knownSources: Set<String> = []
    /// Pages whose last edit has errors, with them; and pages edited well meanwhile, applied once none has.
    private var pending: [String: [Diagnostic]] = [:]
    private var deferred: Set<String> = []
    /// Set when the whole pipeline failed: until it succeeds, every change goes through it.
    private var needsWholeSite = false
    /// Counts updates, so a search index made for an older site is never written over a newer one.
    private var generation = 0
    private let searchIndexQueue = DispatchQueue(label: "playbook.search-index")

    public init(options: BuildOptions) {
        var options = options
        options.strict = false
        options.writeOutput = true
        self.options = options
    }

    public var outputFolder: URL { options.outputFolder }

    /// Why the output folder cannot be used (it is the site, holds it, or lies in its sources), if so.
    public func outputProblem() -> Diagnostic? {
        Pipeline.unsafeOutputProblem(options.outputFolder, site: options.site.standardizedFileURL)
    }

    /// Rebuilds after the given site-relative paths changed (all of them when
    /// `changed` is nil, as for the first build).
    public func update(changed: Set<String>?) -> Update {
        lock.lock()
        defer { lock.unlock() }
        let started = DispatchTime.now()
        var update: Update
        if let changed, let fast = editedBodies(changed) {
            update = fast
        } else {
            update = rebuildAll()
        }
        update.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        update.diagnostics.sort()
        return update
    }

    /// Waits until the search index written matches the site (it is
    /// refreshed in the background after an incremental update).
    public func waitForSearchIndex() {
        searchIndexQueue.sync {}
    }

    /// Makes the search index of `site` off the lock (it reads every page:
    /// a second or so on a 10,000-page site), then writes it unless a newer
    /// update came first.
    private func refreshSearchIndex(of site: Site, layouts: LayoutLibrary) {
        let made = generation
        searchIndexQueue.async { [self] in
            let file = SiteRenderer(site: site, layouts: layouts).searchIndex()
            lock.lock()
            defer { lock.unlock() }
            if generation == made { _ = try? write([file]) }
        }
    }

    // MARK: The whole pipeline

    private func rebuildAll() -> Update {
        var clock = StageClock()
        let sources = SiteLoader(root: options.site).load()
        if let problem = Pipeline.unsafeOutputProblem(options.outputFolder, site: sources.root) {
            return Update(diagnostics: sources.diagnostics + [problem], changedFiles: [], incremental: false, seconds: 0)
        }
        let next = Pipeline.assemble(sources, options: options, clock: &clock)
        guard !next.blocked else {
            needsWholeSite = true
            return Update(diagnostics: next.diagnostics, changedFiles: [], incremental: false, seconds: 0)
        }
        do {
            var files = next.files
            for copy in next.copies.sorted(by: { $0.outputPath < $1.outputPath }) {
                files.append(OutputFile(path: copy.outputPath, data: try Data(contentsOf: copy.sourceURL)))
            }
            let changed: [String]
            if assembly == nil {
                // The first build replaces whatever the output folder held, as `build` does.
                _ = try OutputWriter(destination: options.outputFolder).write(files, copies: [])
                let hashes = parallelMap(files) { StableID.hash($0.data) }
                for (file, hash) in zip(files, hashes) { written[file.path] = hash }
                changed = files.map(\.path)
            } else {
                changed = try write(files, removingOthers: true)
            }
            adopt(next)
            return Update(diagnostics: next.diagnostics, changedFiles: changed, incremental: false, seconds: 0)
        } catch {
            return Update(diagnostics: next.diagnostics + [.error(SourceLocation(path: options.outputFolder.path), "\(error)")],
                          changedFiles: [], incremental: false, seconds: 0)
        }
    }

    private func adopt(_ next: Assembly) {
        var next = next
        next.files = []  // written; the hashes in `written` are what is kept of them
        assembly = next
        parsedIndex = [:]
        for (index, page) in next.allPages.enumerated() { if let path = page.sourcePath { parsedIndex[path] = index } }
        siteIndex = [:]
        for (index, page) in next.site.pages.enumerated() where page.generated == nil {
            if let path = page.sourcePath { siteIndex[path] = index }
        }
        targets = SiteValidator.LinkTargets(site: next.site, allPages: next.allPages)
        knownSources = Set(next.site.contentFiles.map(\.sitePath))
        pending = [:]
        deferred = []
        needsWholeSite = false
        generation += 1
    }

    // MARK: Edited page bodies

    /// The update when every changed path is an existing page whose edit
    /// changed nothing but its body; nil when the whole pipeline must run.
    private func editedBodies(_ changed: Set<String>) -> Update? {
        guard assembly != nil, let targets, !needsWholeSite else { return nil }
        // A file that came and went within one save (an editor's temporary file) changes nothing.
        let changed = changed.union(deferred).filter { path in
            parsedIndex[path] != nil || knownSources.contains(path) || !path.hasPrefix("content/")
                || FileManager.default.fileExists(atPath: options.site.appendingPathComponent(path).path)
        }
        guard !changed.isEmpty else { return Update(diagnostics: assembly?.diagnostics ?? [], changedFiles: [], incremental: true, seconds: 0) }
        var edited: [(page: Page, problems: [Diagnostic], index: Int, position: Int)] = []
        for path in changed.sorted() {
            guard let current = assembly, path.hasPrefix("content/"), path.hasSuffix(".md"), !path.hasPrefix("content/_data/"),
                  let index = parsedIndex[path], let position = siteIndex[path],
                  let data = FileManager.default.contents(atPath: options.site.appendingPathComponent(path).path) else { return nil }
            let (parsed, problems) = current.parser.parse(SourceFile(path: path, data: data))
            if problems.hasErrors {
                pending[path] = problems
                continue
            }
            pending[path] = nil
            guard let page = parsed, Self.onlyBodyDiffers(current.allPages[index], page) else { return nil }
            edited.append((page, problems, index, position))
        }
        if !pending.isEmpty {
            // Keep the last good site; report the errors with every other problem the site has.
            // Good edits wait until the broken pages are mended, and are then applied with them.
            deferred = Set(edited.compactMap(\.page.sourcePath))
            let others = assembly?.diagnostics.filter { pending[$0.location.path] == nil } ?? []
            return Update(diagnostics: others + pending.values.flatMap { $0 }, changedFiles: [], incremental: true, seconds: 0)
        }
        deferred = []

        // In place: the pages array is not copied for one page.
        let validator = SiteValidator()
        var diagnostics = assembly?.diagnostics.filter { !changed.contains($0.location.path) } ?? []
        for edit in edited {
            assembly?.allPages[edit.index] = edit.page
            assembly?.site.pages[edit.position] = edit.page
        }
        guard let current = assembly else { return nil }
        for edit in edited {
            diagnostics += edit.problems + validator.freshness(of: edit.page, in: current.site) + validator.links(of: edit.page, to: targets)
        }
        assembly?.diagnostics = diagnostics
        generation += 1
        let renderer = SiteRenderer(site: current.site, layouts: current.layouts)
        do {
            let changedFiles = try write(edited.map { renderer.page($0.position) })
            refreshSearchIndex(of: current.site, layouts: current.layouts)
            return Update(diagnostics: diagnostics, changedFiles: changedFiles, incremental: true, seconds: 0)
        } catch {
            return Update(diagnostics: diagnostics + [.error(SourceLocation(path: options.outputFolder.path), "\(error)")],
                          changedFiles: [], incremental: true, seconds: 0)
        }
    }

    /// True when `new` differs from `old` in its body alone, with the same
    /// heading and checklist ids: then no other page's HTML depends on the edit.
    package static func onlyBodyDiffers(_ old: Page, _ new: Page) -> Bool {
        old.filledForm == nil && new.filledForm == nil
            && old.frontMatter == new.frontMatter && old.title == new.title && old.titleIsInBody == new.titleIsInBody
            && old.kind == new.kind && old.url == new.url && old.anchors == new.anchors
    }

    // MARK: Output

    /// Writes the files whose bytes changed; with `removingOthers`, deletes the
    /// files written before that are no longer made. Returns the paths touched.
    private func write(_ files: [OutputFile], removingOthers: Bool = false) throws -> [String] {
        let folder = FileWriter(root: options.outputFolder.path)
        try FileManager.default.createDirectory(at: options.outputFolder, withIntermediateDirectories: true)
        let hashes = parallelMap(files) { StableID.hash($0.data) }
        var changed: [String] = []
        for (file, hash) in zip(files, hashes) where written[file.path] != hash {
            if let slash = file.path.lastIndex(of: "/") { try folder.makeFolder(String(file.path[..<slash])) }
            try folder.replace(file.data, at: file.path)
            written[file.path] = hash
            changed.append(file.path)
        }
        if removingOthers {
            let kept = Set(files.map(\.path))
            for path in written.keys.sorted() where !kept.contains(path) {
                folder.remove(path)
                written[path] = nil
                changed.append(path)
            }
        }
        return changed
    }
}
