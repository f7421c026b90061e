/// The resolve stage: sorts parsed pages into sections (making a landing page
/// for a folder without `_index.md`), puts each section in reading order, and
/// leaves drafts out.
public struct SiteResolver {
    public init() {}

    public func resolve(pages parsed: [Page], config: SiteConfig, contentFiles: [StaticFile], assets: [StaticFile]) -> Site {
        var pages = parsed.filter { !$0.frontMatter.draft }

        // Every folder that holds a page, and each of its ancestors, is a section.
        var folders: Set<String> = [""]
        for page in pages {
            var folder = page.folder
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = SitePath.folder(of: folder)
            }
        }
        let landingFolders = Set(pages.filter { $0.kind != .page }.map(\.folder))
        for folder in folders.sorted() where !landingFolders.contains(folder) {
            pages.append(Self.madeLanding(for: folder))
        }
        pages.sort { $0.url < $1.url || ($0.url == $1.url && ($0.sourcePath ?? "") < ($1.sourcePath ?? "")) }

        // One section per folder, parents before children.
        let orderedFolders = folders.sorted { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }
        var sectionIndex: [String: Int] = [:]
        var sections: [Site.Section] = []
        var landingIndex: [String: Int] = [:]
        for (index, page) in pages.enumerated() where page.kind != .page && landingIndex[page.folder] == nil {
            landingIndex[page.folder] = index
        }
        for folder in orderedFolders {
            let parent = folder.isEmpty ? nil : sectionIndex[SitePath.folder(of: folder)]
            sectionIndex[folder] = sections.count
            sections.append(Site.Section(folder: folder, landing: landingIndex[folder] ?? 0, pages: [], subsections: [], parent: parent))
        }
        var sectionOfPage = Array(repeating: 0, count: pages.count)
        for (index, page) in pages.enumerated() {
            let section = sectionIndex[page.folder] ?? 0
            sectionOfPage[index] = section
            if page.kind == .page { sections[section].pages.append(index) }
        }
        for index in sections.indices {
            if let parent = sections[index].parent {
                let child = index
                sections[parent].subsections.append(child)
            }
        }
        for index in sections.indices {
            sections[index].pages.sort { Page.readingOrder(pages[$0], pages[$1]) }
            let landings = sections.map(\.landing)
            sections[index].subsections.sort { Page.readingOrder(pages[landings[$0]], pages[landings[$1]]) }
        }
        return Site(config: config, pages: pages, sections: sections, contentFiles: contentFiles, assets: assets,
                    sectionOfPage: sectionOfPage)
    }

    /// The landing page of a folder that has no `_index.md`: its title, and the list of its pages.
    static func madeLanding(for folder: String) -> Page {
        let name = folder.split(separator: "/").last.map(String.init) ?? ""
        let contentPath = folder.isEmpty ? "_index.md" : folder + "/_index.md"
        let body = RenderedMarkdown(html: "", headings: [], checklists: [], links: [], diagnostics: [])
        return Page(sourcePath: nil, contentPath: contentPath, url: SitePath.pageURL(forContentPath: contentPath),
                    kind: folder.isEmpty ? .home : .section, frontMatter: FrontMatter(),
                    title: folder.isEmpty ? "Home" : Page.humanize(name), titleIsInBody: false, body: body)
    }
}
