import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// The site as `playbook serve` keeps it between edits: what the last good
/// assembly made, in memory, and the output folder it wrote (an `InPlaceOutput`).
///
/// An edit to existing Markdown pages that keeps their URLs, kinds, tags,
/// layouts and heading ids re-parses and re-checks those pages alone, resolves
/// the site again (cheap: no parsing) and re-renders the edited pages and
/// those that show something of them (`PageDependents`: pager, breadcrumbs,
/// section lists, sidebars, tag pages) — only the edited pages when their
/// front matter and title did not change. The search index is made again in
/// the background and written when done (`waitForSearchIndex`), and the
/// service worker after it (its cache is named after every file). Any other
/// change — a page added, removed or renamed, a layout, template, team data or
/// `playbook.yaml` — goes through the whole pipeline again, with the same
/// renderer and the same `Pipeline.write` as `build`. Either way only files
/// whose bytes changed are rewritten (each whole, by rename), and the result
/// is the output of a full build of the same files. A change with errors
/// writes nothing: the last good site stays.
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
    /// The output folder, written in place after the first build.
    private let output: InPlaceOutput
    private var wroteOnce = false
    /// Files the last load read that a change may remove (content files), besides pages.
    private var knownSources: Set<String> = []
    /// Pages whose last edit has errors, with them; and pages edited well meanwhile, applied once none has.
    private var pending: [String: [Diagnostic]] = [:]
    private var deferred: Set<String> = []
    /// Set when the whole pipeline failed: until it succeeds, every change goes through it.
    private var needsWholeSite = false
    /// Counts updates, so a search index made for an older site is never written over a newer one.
    private var generation = 0
    /// The digest of every file of the output as last written: what the service worker's cache is named after.
    private var digests: [String: FileDigest] = [:]
    private let searchIndexQueue = DispatchQueue(label: "playbook.search-index")
    /// What checking a sheet needs of the last good build, under its own lock, so that the team
    /// server checks a save while the site is being rebuilt rather than after.
    private struct SheetSnapshot {
        var parser: PageParser
        var templates: FormLibrary
        var roster: TeamRoster
        var urls: [String: String]
    }
    private let snapshotLock = NSLock()
    private var sheetSnapshot: SheetSnapshot?

    public init(options: BuildOptions) {
        var options = options
        options.strict = false
        options.writeOutput = true
        self.options = options
        output = InPlaceOutput(destination: options.outputFolder)
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
        if let changed, let fast = editedPages(changed) {
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
    /// update came first, and after it the service worker, whose cache name
    /// follows every file (so it changes once an edit is wholly written).
    private func refreshSearchIndex(of site: Site, layouts: LayoutLibrary) {
        let made = generation
        searchIndexQueue.async { [self] in
            let renderer = SiteRenderer(site: site, layouts: layouts)
            let file = renderer.searchIndex()
            lock.lock()
            defer { lock.unlock() }
            if generation == made {
                let sink = output.update(complete: false)
                sink.put(file.path, file.data)
                digests[file.path] = FileDigest(file.data)
                if let worker = renderer.serviceWorker(files: digests) {
                    sink.put(worker.path, worker.data)
                    digests[worker.path] = FileDigest(worker.data)
                }
                _ = try? sink.finish(copies: [])
            }
        }
    }

    // MARK: Sheets saved on the team server

    /// `data` checked as the file `path` (`content/visit-plans/x.md`) by the
    /// build's own parser and checker, with the templates and team data of the
    /// last good build; nil when there is none yet (the site has errors).
    /// Never waits for a rebuild in progress.
    public func checkSheet(path: String, data: Data) -> SheetCheck? {
        guard let snapshot = snapshotLock.withLock({ sheetSnapshot }) else { return nil }
        let (page, problems) = snapshot.parser.parse(SourceFile(path: path, data: data))
        let own = problems.filter { $0.location.path == path }.sorted()
        return SheetCheck.make(
            sheet: page?.filledForm, diagnostics: own, text: String(decoding: data, as: UTF8.self), templates: snapshot.templates)
    }

    /// The URL (from the site's root) of the page the last good build made from the source file `path`, if any.
    public func pageURL(ofSource path: String) -> String? {
        snapshotLock.withLock { sheetSnapshot?.urls[path] }
    }

    /// Who reports to whom, as the last good build read `team.yaml`.
    public var roster: TeamRoster {
        snapshotLock.withLock { sheetSnapshot?.roster } ?? TeamRoster([])
    }

    // MARK: The whole pipeline

    private func rebuildAll() -> Update {
        var clock = StageClock()
        let (sources, problem, teamRead) = Pipeline.load(options)
        if let problem {
            return Update(diagnostics: sources.diagnostics + [problem], changedFiles: [], incremental: false, seconds: 0)
        }
        let next = Pipeline.assemble(sources, options: options, clock: &clock, teamRead: teamRead)
        guard !next.blocked else {
            needsWholeSite = true
            return Update(diagnostics: next.diagnostics, changedFiles: [], incremental: false, seconds: 0)
        }
        do {
            // The first build replaces whatever the output folder held, as `build` does; later ones write in place.
            let sink: OutputSink = wroteOnce ? output.update(complete: true) : try StagedOutput(destination: options.outputFolder)
            let written = try Pipeline.write(next, to: sink, clock: &clock)
            let summary = written.summary
            digests = written.digests
            if !wroteOnce {
                output.adopt(summary.paths)
                wroteOnce = true
            }
            adopt(next)
            return Update(diagnostics: next.diagnostics, changedFiles: summary.changed, incremental: false, seconds: 0)
        } catch {
            return Update(
                diagnostics: next.diagnostics + [.error(SourceLocation(path: options.outputFolder.path), "\(error)")],
                changedFiles: [], incremental: false, seconds: 0)
        }
    }

    private func adopt(_ next: Assembly) {
        var next = next
        next.searchIndex = nil  // written already; later edits make their own (see `searchIndexQueue`)
        for index in next.editions.indices { next.editions[index].searchIndex = nil }
        assembly = next
        var urls: [String: String] = [:]
        for page in next.site.pages { if let path = page.sourcePath, urls[path] == nil { urls[path] = page.url } }
        let snapshot = SheetSnapshot(
            parser: next.parser, templates: next.site.templates, roster: TeamRoster(next.site.team?.reps.map(\.rep) ?? []), urls: urls)
        snapshotLock.withLock { sheetSnapshot = snapshot }
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

    // MARK: Edited pages

    /// How far an edit to one page reaches.
    package enum Edit: Equatable {
        /// Only its body changed (same front matter, title and heading ids): no other page shows it.
        case body
        /// What it shows of itself elsewhere changed too (title, summary, weight, …), not where it is.
        case shown
    }

    /// The update when every changed path is an existing page whose edit keeps
    /// the site's shape (`Edit`); nil when the whole pipeline must run.
    private func editedPages(_ changed: Set<String>) -> Update? {
        // The assembly is changed in place, never copied: a copy of its page arrays costs more than rendering a page.
        // A site in several languages goes through the whole pipeline: an edit reaches every edition.
        guard let parser = assembly?.parser, let targets, !needsWholeSite, assembly?.editions.isEmpty == true else { return nil }
        // A file that came and went within one save (an editor's temporary file) changes nothing.
        let changed = changed.union(deferred).filter { path in
            parsedIndex[path] != nil || knownSources.contains(path) || !path.hasPrefix(SiteLayout.content)
                || FileManager.default.fileExists(atPath: options.site.appendingPathComponent(path).path)
        }
        guard !changed.isEmpty else {
            return Update(diagnostics: assembly?.diagnostics ?? [], changedFiles: [], incremental: true, seconds: 0)
        }
        var edited: [(page: Page, problems: [Diagnostic], index: Int, position: Int, edit: Edit)] = []
        for path in changed.sorted() {
            guard path.hasPrefix(SiteLayout.content), path.hasSuffix(".md"), !path.hasPrefix(SiteLayout.data),
                let index = parsedIndex[path], let position = siteIndex[path],
                let data = FileManager.default.contents(atPath: options.site.appendingPathComponent(path).path)
            else { return nil }
            let (parsed, problems) = parser.parse(SourceFile(path: path, data: data), contentPath: assembly?.allPages[index].contentPath)
            if problems.hasErrors {
                pending[path] = problems
                continue
            }
            pending[path] = nil
            guard let page = parsed, let old = assembly?.allPages[index], let edit = Self.edit(from: old, to: page) else { return nil }
            edited.append((page, problems, index, position, edit))
        }
        if !pending.isEmpty {
            // Keep the last good site; report the errors with every other problem the site has.
            // Good edits wait until the broken pages are mended, and are then applied with them.
            deferred = Set(edited.compactMap(\.page.sourcePath))
            let others = assembly?.diagnostics.filter { pending[$0.location.path] == nil } ?? []
            return Update(diagnostics: others + pending.values.flatMap { $0 }, changedFiles: [], incremental: true, seconds: 0)
        }
        deferred = []

        // The pages to render again: the edited ones, and for an edit to what a page shows
        // of itself, every page that shows it, in the site before the edit and after.
        // (A site that fails the shape check below goes through the whole pipeline, which replaces the assembly.)
        var render = Set(edited.map(\.position))
        let reachesOthers = edited.contains { $0.edit == .shown }
        let before = reachesOthers ? assembly.map { PageDependents(site: $0.site) } : nil
        for edit in edited {
            assembly?.allPages[edit.index] = edit.page
            assembly?.site.pages[edit.position] = edit.page
        }
        if let before, let current = assembly {
            let old = before.site
            let resolved = SiteResolver().resolve(
                pages: current.allPages, config: old.config, contentFiles: old.contentFiles, assets: old.assets, assetNames: old.assetNames,
                team: old.team, templates: old.templates, asOf: old.asOf, edition: old.edition, editions: old.editions)
            guard resolved.pages.map(\.url) == old.pages.map(\.url) else { return nil }
            let after = PageDependents(site: resolved)
            for edit in edited where edit.edit == .shown {
                render.formUnion(before.pages(showing: edit.position))
                render.formUnion(after.pages(showing: edit.position))
            }
            assembly?.site = resolved
        }
        guard let current = assembly else { return nil }

        let validator = SiteValidator()
        var diagnostics = current.diagnostics.filter { !changed.contains($0.location.path) }
        for edit in edited {
            diagnostics +=
                edit.problems + validator.freshness(of: edit.page, in: current.site) + validator.links(of: edit.page, to: targets)
        }
        assembly?.diagnostics = diagnostics
        generation += 1
        let renderer = SiteRenderer(site: current.site, layouts: current.layouts)
        do {
            let sink = output.update(complete: false)
            var files = parallelMap(render.sorted()) { renderer.page($0) }
            if reachesOthers {
                // The sitemap (review dates) and the 404 page (sidebar, breadcrumbs) may show the edit too.
                files += [renderer.notFoundPage(), renderer.sitemap()].compactMap { $0 }
            }
            for file in files {
                sink.put(file.path, file.data)
                digests[file.path] = FileDigest(file.data)
            }
            let summary = try sink.finish(copies: [])
            refreshSearchIndex(of: current.site, layouts: current.layouts)
            return Update(diagnostics: diagnostics, changedFiles: summary.changed, incremental: true, seconds: 0)
        } catch {
            return Update(
                diagnostics: diagnostics + [.error(SourceLocation(path: options.outputFolder.path), "\(error)")],
                changedFiles: [], incremental: true, seconds: 0)
        }
    }

    /// How far the edit from `old` to `new` reaches; nil when it changes the
    /// site's shape (its URL, kind, tags, draft state, layout or heading ids, or a filled sheet).
    package static func edit(from old: Page, to new: Page) -> Edit? {
        guard old.filledForm == nil, new.filledForm == nil, old.kind == new.kind, old.url == new.url, old.anchors == new.anchors
        else { return nil }
        if old.frontMatter == new.frontMatter && old.title == new.title && old.titleIsInBody == new.titleIsInBody { return .body }
        let (a, b) = (old.frontMatter, new.frontMatter)
        guard a.tags == b.tags, a.draft == b.draft, a.layout == b.layout else { return nil }
        return .shown
    }
}
