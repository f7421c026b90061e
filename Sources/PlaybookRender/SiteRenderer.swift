import Foundation
import PlaybookCore
import PlaybookForms
import PlaybookMustache
import PlaybookSite
import PlaybookTeam

/// The render stage: every page through its layout (in parallel: pages are
/// independent), plus `404.html` and `sitemap.xml`.
public struct SiteRenderer: Sendable {
    public let site: Site
    public let layouts: LayoutLibrary
    /// The site's editions in its other languages, for the sitemap.
    public var otherEditions: [Site] = []
    /// The search index, already being made elsewhere from this same site; nil: made here.
    package var searchIndexFile: Background<OutputFile>? = nil
    /// Sidebars made so far: one per `Sidebar.Key`, not one per page.
    package let sidebars = RenderCache<Sidebar.Key, String>()
    /// The layouts with their site partials rendered, by the page's way back to the root (`""`, `../`, …).
    package let layoutsByRoot = RenderCache<String, LayoutLibrary>()
    /// What layouts see as `site`, by the same way back to the root.
    package let siteValuesByRoot = RenderCache<String, LayoutFields>()

    public init(site: Site, layouts: LayoutLibrary) {
        self.site = site
        self.layouts = layouts
    }

    /// The layout a page uses: its front matter's `layout`, else its kind's.
    public static func layoutName(for page: Page) -> String {
        page.frontMatter.layout ?? (page.filledForm != nil ? "sheet" : page.kind.rawValue)
    }

    /// Pages whose layout does not exist: one error per missing layout, at the
    /// `layout:` line or at the first page that needs it.
    public func missingLayouts() -> [Diagnostic] {
        var missing: [String: [Page]] = [:]
        for page in site.pages where !layouts.has(Self.layoutName(for: page)) {
            missing[Self.layoutName(for: page), default: []].append(page)
        }
        var diagnostics: [Diagnostic] = []
        for (name, pages) in missing {
            let sorted = pages.sorted { $0.location < $1.location }
            let first = sorted[0]
            var location = first.location
            if let line = first.frontMatter.lines["layout"] { location.line = line }
            let more = sorted.count > 1 ? " (and \(sorted.count - 1) more pages)" : ""
            diagnostics.append(.error(location, "no layout '\(name)': add \(SiteLayout.layouts)\(name).mustache\(more)"))
        }
        return diagnostics
    }

    public func render() -> [OutputFile] {
        parallelMap(Array(site.pages.indices)) { page($0) } + siteFiles()
    }

    /// The same files as `render()`, each handed to `take` as soon as it is
    /// made (from many threads), so that they need not all be in memory at
    /// once. Returns how many there were.
    public func render(each take: @escaping @Sendable (OutputFile) -> Void) -> Int {
        // The site's own files (the search index reads every page) are made and handed over on another thread
        // meanwhile: made, or only handed over (the index is megabytes to compare), after the pages, their
        // serial part left one core idle.
        let others = Background { [self] in
            let files = siteFiles()
            files.forEach(take)
            return files.count
        }
        _ = parallelMap(Array(site.pages.indices)) { take(page($0)) }
        return site.pages.count + others.value
    }

    /// The files of the whole site besides its pages: `404.html`, the search index, the scripts' messages,
    /// the web app manifest, `sitemap.xml`. (The service worker comes last of all: see `serviceWorker`.)
    private func siteFiles() -> [OutputFile] {
        let edition = [searchIndexFile?.value ?? searchIndex()] + messagesScripts() + [manifest(), signInPage()].compactMap { $0 }
        // One 404 page and one sitemap for the whole site: the default language's (the sitemap lists every edition).
        guard site.edition.prefix.isEmpty else { return edition }
        return [notFoundPage()].compactMap { $0 } + edition + [sitemap()].compactMap { $0 }
    }

    /// One page through its layout.
    public func page(_ index: Int) -> OutputFile {
        let page = site.pages[index]
        let layouts = layouts(for: page, in: site, cache: layoutsByRoot)
        let root = SitePath.rootPrefix(from: page.url)
        let siteValues = siteValuesByRoot.value(for: root) { PageContext.siteValues(site, root: root) }
        var context = PageContext(site: site, index: index, siteValues: siteValues).make()
        context["sidebar"] = sidebar(for: index, in: site, layouts: layouts, cache: sidebars)
        let html = layouts.renderBytes(Self.layoutName(for: page), context: context) ?? []
        return OutputFile(path: SitePath.outputFile(forPageURL: page.url), data: Data(html))
    }

    /// `404.html`, when the theme has a `404` layout.
    public func notFoundPage() -> OutputFile? {
        guard layouts.has("404") else { return nil }
        let notFound = Page.made(at: "", kind: .page, title: site.edition.messages["notfound.title"], contentPath: "404.md")
        return standalone(notFound, layout: "404", path: "404.html", withSidebar: true)
    }

    /// `login/` in each language, for the team server only (`serve --team`),
    /// when the theme has a `login` layout: the one page shown before signing in.
    public func signInPage() -> OutputFile? {
        guard site.config.teamServer, layouts.has("login") else { return nil }
        let url = site.edition.prefix + SiteLayout.signIn
        let signIn = Page.made(at: url, kind: .page, title: site.edition.messages["server.sign_in"], contentPath: "login.md")
        return standalone(signIn, layout: "login", path: SitePath.outputFile(forPageURL: url), withSidebar: false)
    }

    /// A page the site makes that no other page lists (404, sign-in): rendered as the last page of a copy of the site.
    private func standalone(_ page: Page, layout: String, path: String, withSidebar: Bool) -> OutputFile {
        var extended = site
        extended.pages.append(page)
        extended.sectionOfPage.append(0)
        extended.positionInSection.append(nil)
        let index = extended.pages.count - 1
        let layouts = layouts(for: page, in: extended, cache: RenderCache())
        var context = PageContext(site: extended, index: index).make()
        if withSidebar { context["sidebar"] = sidebar(for: index, in: extended, layouts: layouts, cache: RenderCache()) }
        return OutputFile(path: path, data: Data(layouts.renderBytes(layout, context: context) ?? []))
    }

    /// `partials/sidebar` for the page's `Sidebar.Key`, rendered the first time that key comes up.
    private func sidebar(for index: Int, in site: Site, layouts: LayoutLibrary, cache: RenderCache<Sidebar.Key, String>) -> String {
        guard layouts.has(Self.sidebarLayout) else { return "" }
        let sidebar = Sidebar(site: site)
        let key = sidebar.key(for: index)
        return cache.value(for: key) { layouts.render(Self.sidebarLayout, context: sidebar.context(for: key)) ?? "" }
    }

    /// The layouts for a page, its site partials rendered for its depth the first time a page there asks.
    private func layouts(for page: Page, in site: Site, cache: RenderCache<String, LayoutLibrary>) -> LayoutLibrary {
        let root = SitePath.rootPrefix(from: page.url)
        return cache.value(for: root) { layouts.withSitePartials(site: PageContext.siteValues(site, root: root)) }
    }

    package static let sidebarLayout = "partials/sidebar"

    public func searchIndex() -> OutputFile {
        OutputFile(path: SearchIndex.path(for: site.edition), data: Data(SearchIndex.bytes(for: site)))
    }

    /// `assets/messages.<language>.js`, what the scripts say in this edition's language: under its
    /// fingerprinted name, which the default theme loads, and its plain one, for themes that name it so.
    public func messagesScripts() -> [OutputFile] {
        let script = OutputFile(path: MessagesScript.path(for: site.edition), text: MessagesScript.script(for: site.edition))
        return [script, OutputFile(path: MessagesScript.fingerprintedPath(for: site.edition), data: script.data)]
    }

    /// The edition's `manifest.webmanifest`, when the theme has a `manifest` layout.
    public func manifest() -> OutputFile? {
        guard layouts.has(WebManifest.layout) else { return nil }
        let text = layouts.render(WebManifest.layout, context: WebManifest.context(for: site)) ?? ""
        return OutputFile(path: WebManifest.path(for: site.edition), text: text)
    }

    /// `sw.js`, when the theme has a `service-worker` layout (and the site is not
    /// the team server's): made last, from `files`, every other file of the output
    /// (all editions, copies included), which name its cache; it keeps this
    /// site's and `otherEditions`' files.
    public func serviceWorker(files: [String: FileDigest]) -> OutputFile? {
        guard layouts.has(ServiceWorker.layout), ServiceWorker.isMade(for: site) else { return nil }
        let context = ServiceWorker.context([site] + otherEditions, files: files)
        return OutputFile(path: SiteLayout.serviceWorker, text: layouts.render(ServiceWorker.layout, context: context) ?? "")
    }

    /// `sitemap.xml`, when the site has a `base_url`.
    public func sitemap() -> OutputFile? {
        Sitemap.xml(for: site, editions: otherEditions).map { OutputFile(path: "sitemap.xml", text: $0) }
    }
}
