/// The render stage: every page through its layout (in parallel: pages are
/// independent), plus `404.html` and `sitemap.xml`.
public struct SiteRenderer: Sendable {
    public let site: Site
    public let layouts: LayoutLibrary

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
            diagnostics.append(.error(location, "no layout '\(name)': add \(LayoutLibrary.folder)\(name).mustache\(more)"))
        }
        return diagnostics
    }

    public func render() -> [OutputFile] {
        let site = self.site
        let layouts = self.layouts
        var files = parallelMap(Array(site.pages.indices)) { index -> OutputFile in
            let page = site.pages[index]
            let context = PageContext(site: site, index: index).make()
            let html = layouts.render(Self.layoutName(for: page), context: context) ?? ""
            return OutputFile(path: SitePath.outputFile(forPageURL: page.url), text: html)
        }
        if layouts.has("404") {
            let notFound = Page.made(at: "", kind: .page, title: "Page not found", contentPath: "404.md")
            var notFoundSite = site
            notFoundSite.pages.append(notFound)
            notFoundSite.sectionOfPage.append(0)
            notFoundSite.positionInSection.append(nil)
            let context = PageContext(site: notFoundSite, index: notFoundSite.pages.count - 1).make()
            files.append(OutputFile(path: "404.html", text: layouts.render("404", context: context) ?? ""))
        }
        files.append(OutputFile(path: "assets/search-index.js", text: SearchIndex.script(for: site)))
        if let sitemap = Sitemap.xml(for: site) {
            files.append(OutputFile(path: "sitemap.xml", text: sitemap))
        }
        return files
    }
}
