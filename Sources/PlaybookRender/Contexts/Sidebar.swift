import Foundation
import PlaybookCore
import PlaybookForms
import PlaybookMustache
import PlaybookSite
import PlaybookTeam

/// The sidebar: the playbook's top-level sections in weight order, then apart the
/// team, accounts, folders of sheets and tags (`SectionGroups`), each a single
/// link; the one the reader is in lists its pages and sub-sections (the tags never do). A long list shows one block of
/// `navLimit` pages (the block the reader's page is in) and a link to the
/// whole section, so every sidebar stays small however large the playbook grows.
///
/// Everything in it follows from a `Key` (the way to the root, open section, blocks),
/// not from the page itself: pages that share a key share one sidebar, which
/// the renderer makes once (in a `RenderCache`) — the way Hugo's `partialCached`
/// is used for menus. Rendering it for every page was half of the render stage.
/// For the same reason the current page's link is marked in the browser
/// (`playbook.js` sets `aria-current="page"`), not here.
package struct Sidebar {
    package let site: Site

    package static let navLimit = 30

    package struct Key: Hashable, Sendable {
        /// The way from the pages to the site root (`../../`): every URL starts with it.
        package let root: String
        /// The top-level section the pages are in (index into `sections`), if any.
        package let open: Int?
        /// The first of the home page's own pages shown, and of the open section's.
        package let homeStart: Int
        package let sectionStart: Int
    }

    package func key(for index: Int) -> Key {
        let page = site.pages[index]
        var open: Int? = nil
        var section: Int? = site.sectionOfPage[index]
        while let current = section, let parent = site.sections[current].parent {
            if parent == 0 { open = current }
            section = parent
        }
        let position = site.positionInSection[index] ?? 0
        let home = site.sections[0]
        let homeStart = site.sectionOfPage[index] == 0 ? Self.blockStart(position, of: home.pages.count) : 0
        var sectionStart = 0
        if let open, site.sectionOfPage[index] == open {
            sectionStart = Self.blockStart(position, of: children(of: site.sections[open]).count)
        }
        return Key(root: SitePath.rootPrefix(from: page.url), open: open, homeStart: homeStart, sectionStart: sectionStart)
    }

    /// The start of the block of `navLimit` that holds `position`; the last
    /// block starts early enough to be full.
    package static func blockStart(_ position: Int, of count: Int) -> Int {
        guard count > navLimit else { return 0 }
        return min(position / navLimit * navLimit, count - navLimit)
    }

    /// What `partials/sidebar` sees: `nav` and the same `site` values a page has.
    package func context(for key: Key) -> LayoutFields {
        let root = key.root
        let home = site.sections[0]
        let groups = SectionGroups.split(site)
        let items = window(home.pages, from: key.homeStart, all: 0, root: root) + groups.processes.map { entry($0, key: key) }
        let records = groups.records.map { entry($0, key: key) }
        return [
            "nav": items, "records": records, "has_records": !records.isEmpty, "site": PageContext.siteValues(site, root: root),
        ]
    }

    /// A top-level section's link; the reader's section (not the tags) opened on its pages.
    private func entry(_ sectionIndex: Int, key: Key) -> LayoutFields {
        let section = site.sections[sectionIndex]
        var entry = link(to: section.landing, root: key.root)
        if sectionIndex == key.open {
            entry["open"] = true
            let pages =
                SectionGroups.listsPages(sectionIndex, in: site)
                ? window(children(of: section), from: key.sectionStart, all: section.landing, root: key.root) : []
            if !pages.isEmpty {
                entry["pages"] = pages
                entry["has_pages"] = true
            }
        }
        return entry
    }

    /// A section's pages, then its sub-sections' landing pages.
    private func children(of section: Site.Section) -> [Int] {
        section.pages + section.subsections.map { site.sections[$0].landing }
    }

    private func window(_ pages: [Int], from start: Int, all: Int, root: String) -> [LayoutFields] {
        guard pages.count > Self.navLimit else { return pages.map { link(to: $0, root: root) } }
        var entries = pages[start..<(start + Self.navLimit)].map { link(to: $0, root: root) }
        let key: String
        switch site.pages[all].generated {
        case .team?: key = "pages.all_reps"
        case .accounts?: key = "pages.all_accounts"
        default: key = "pages.all_pages"
        }
        entries.append(["title": site.edition.messages.text(key, ["count": String(pages.count)]), "url": url(of: all, root: root)])
        return entries
    }

    private func link(to target: Int, root: String) -> LayoutFields {
        ["title": site.pages[target].title, "url": url(of: target, root: root)]
    }

    private func url(of target: Int, root: String) -> String {
        root + SitePath.outputFile(forPageURL: site.pages[target].url)
    }

    package init(site: Site) {
        self.site = site
    }
}
