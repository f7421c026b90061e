import PlaybookCore
import PlaybookSite

/// Which pages show something of a page besides the page itself — its title,
/// summary or purpose in their pager, breadcrumbs, section list, sidebar or
/// tag list — read off what `PageContext` and `Sidebar` put in a page's
/// context. `serve` re-renders exactly these when an edit changes only what a
/// page shows of itself. The site's own files (search index, sitemap, 404)
/// are not counted: they are made again on every such edit.
package struct PageDependents {
    package let site: Site

    package init(site: Site) {
        self.site = site
    }

    /// The pages whose HTML holds something of page `index`, the page itself included.
    package func pages(showing index: Int) -> Set<Int> {
        var shown: Set<Int> = [index]
        let page = site.pages[index]
        let sectionIndex = site.sectionOfPage[index]
        let section = site.sections[sectionIndex]
        if page.kind == .page, let position = site.positionInSection[index] {
            // Its neighbours' pager, and its landing page's list (and `next`, for the first).
            if position > 0 { shown.insert(section.pages[position - 1]) }
            if position + 1 < section.pages.count { shown.insert(section.pages[position + 1]) }
            shown.insert(section.landing)
        } else if page.kind != .page {
            // A landing page: in the breadcrumbs of every page below it, and in its parent's list of sections.
            shown.formUnion(pages(below: sectionIndex))
            if let parent = section.parent { shown.insert(site.sections[parent].landing) }
        }
        for tag in page.frontMatter.tags {
            if let slug = site.tagSlugs[tag],
                let tagPage = site.pages.firstIndex(where: { $0.url == site.edition.prefix + SitePath.tagURL(slug) })
            {
                shown.insert(tagPage)
            }
        }
        shown.formUnion(sidebarsShowing(index))
        return shown
    }

    /// Pages whose sidebar lists page `index`: every page for the home page's
    /// own pages and the top-level sections; the pages of a top-level section
    /// for what that section lists when open.
    private func sidebarsShowing(_ index: Int) -> Set<Int> {
        let home = site.sections[0]
        let sectionIndex = site.sectionOfPage[index]
        let page = site.pages[index]
        if page.kind == .home { return [] }
        if sectionIndex == 0 && page.kind == .page { return Set(site.pages.indices) }
        // The section whose sidebar entry lists the page: its own, or for a landing page its parent's.
        let listing = page.kind == .section ? site.sections[sectionIndex].parent : sectionIndex
        guard let listing else { return [] }
        if listing == 0 { return Set(site.pages.indices) }
        guard site.sections[listing].parent == 0, home.subsections.contains(listing) else { return [] }
        return pages(below: listing)
    }

    /// Every page in section `sectionIndex` and the sections below it, landing pages included.
    private func pages(below sectionIndex: Int) -> Set<Int> {
        var result: Set<Int> = []
        var queue = [sectionIndex]
        while let current = queue.popLast() {
            let section = site.sections[current]
            result.insert(section.landing)
            result.formUnion(section.pages)
            queue += section.subsections
        }
        return result
    }
}
