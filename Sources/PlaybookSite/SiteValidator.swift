import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookTeam

/// The validate stage: what only the whole site can tell. Two files claiming
/// one URL is an error; a link to a page, file or anchor that does not exist
/// is a warning at the link.
public struct SiteValidator: Sendable {
    public init() {}

    public func validate(_ site: Site, allPages: [Page]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []

        // One URL, one file: pages (drafts too: publishing one would clash), pages made from team data, copied files.
        // A page the site makes comes first, so the error lands on the file an author can rename.
        var claims: [String: [(label: String, path: String, made: Bool)]] = [:]
        for page in allPages + site.pages.filter({ $0.generated != nil }) {
            let made = page.generated != nil
            let path = made ? page.location.path : (page.sourcePath ?? page.contentPath)
            claims[SitePath.outputFile(forPageURL: page.url), default: []].append(
                (made ? "\(path) (the page \(page.url))" : path, path, made))
        }
        for file in site.contentFiles { claims[file.outputPath, default: []].append((file.sitePath, file.sitePath, false)) }
        for file in site.assets { claims[file.outputPath, default: []].append((file.sitePath, file.sitePath, true)) }
        for (output, owners) in claims where owners.count > 1 {
            let sorted = owners.sorted { ($0.made ? 0 : 1, $0.label) < ($1.made ? 0 : 1, $1.label) }
            for owner in sorted.dropFirst() {
                diagnostics.append(
                    .error(
                        SourceLocation(path: owner.path),
                        "two files claim the output '\(output)': \(sorted[0].label) and \(owner.label); rename or move one"))
            }
        }

        // Pages past their review date, and links between pages and to files.
        let targets = LinkTargets(site: site, allPages: allPages)
        diagnostics += parallelMap(Array(site.pages.indices)) { index in  // each page's own: on every core, in page order
            freshness(of: site.pages[index], in: site) + links(of: site.pages[index], to: targets)
        }.joined()
        return diagnostics
    }

    /// A warning when the page is past its review date.
    public func freshness(of page: Page, in site: Site) -> [Diagnostic] {
        guard let age = site.overdueReview(page), let reviewed = page.frontMatter.reviewed, let days = site.config.reviewAfterDays else {
            return []
        }
        var location = page.location
        if let line = page.frontMatter.lines["reviewed"] { location.line = line }
        return [
            .warning(
                location,
                "last reviewed \(reviewed), \(age) days ago (review_after_days is \(days)): review the page, then update 'reviewed'")
        ]
    }

    /// What a link may point at: published pages (with their anchors), drafts, copied files, section folders.
    public struct LinkTargets: Sendable {
        package var published: [String: Set<String>] = [:]
        package var drafts: Set<String> = []
        package var files: Set<String>
        package var folders: Set<String>
        /// Every page by its address without the final `/` (`visit-planning/plan`), for links written as site URLs.
        package var addresses: [String: String] = [:]

        public init(site: Site, allPages: [Page]) {
            let anchors = parallelMap(site.pages) { $0.anchors }  // every heading and box id of the site: on every core
            for (page, ids) in zip(site.pages, anchors) { published[page.contentPath] = ids }
            for page in site.pages {
                let address = SitePath.address(ofPageURL: page.url)
                if addresses[address] == nil { addresses[address] = page.contentPath }
            }
            for page in allPages where page.frontMatter.draft { drafts.insert(page.contentPath) }
            files = Set(site.contentFiles.map(\.outputPath))
            folders = Set(site.sections.map(\.folder))
        }
    }

    /// A warning at each of the page's links whose page, file or anchor does not exist.
    public func links(of page: Page, to targets: LinkTargets) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for link in page.body.links {
            switch link.target {
            case .page(let path):
                if let anchors = targets.published[path] {
                    if let fragment = link.fragment, !fragment.isEmpty, !anchors.contains(fragment) {
                        diagnostics.append(.warning(link.location, "no heading with id '#\(fragment)' in \(path)"))
                    }
                } else if targets.drafts.contains(path) {
                    diagnostics.append(.warning(link.location, "link to a draft: \(path) is not published"))
                } else {
                    diagnostics.append(.warning(link.location, "broken link: no page \(SiteLayout.content)\(path)"))
                }
            case .file(let path):
                // A page's address as another tool writes links (`/a/b/`, `../b/index.html`): the page made there.
                if let address = Self.pageAddress(path), let target = targets.addresses[address] {
                    if let fragment = link.fragment, !fragment.isEmpty, targets.published[target]?.contains(fragment) == false {
                        diagnostics.append(.warning(link.location, "no heading with id '#\(fragment)' in \(target)"))
                    }
                } else if !targets.files.contains(path) && !targets.folders.contains(path)
                    && targets.published[path.isEmpty ? "_index.md" : path + "/_index.md"] == nil
                {
                    diagnostics.append(.warning(link.location, "broken link: no file \(SiteLayout.content)\(path)"))
                }
            }
        }
        return diagnostics
    }
}

extension SiteValidator {
    /// The page address a file link names, if it can name one: `a/b` for `a/b`, `a/b/index.html`;
    /// `""` (the home page) for `` and `index.html`.
    static func pageAddress(_ path: String) -> String? { SitePath.pageAddress(path) }
}

extension Page {
    /// The ids a link's `#fragment` may name on this page: headings, footnotes, checklists, ids in its raw HTML.
    package var anchors: Set<String> {
        var ids = Set(body.headings.map(\.id))
        if let title = body.title { ids.insert(title.id) }
        ids.formUnion(body.footnoteIDs)
        ids.formUnion(body.htmlIDs)
        for checklist in body.checklists {
            ids.insert(checklist.id)
            for item in checklist.items { ids.insert(item.id) }
        }
        return ids
    }
}
