import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookTeam

/// The resolve stage: sorts parsed pages into sections (making a landing page
/// for a folder without `_index.md`), puts each section in reading order, and
/// leaves drafts out, except draft sheets: those get their page and are listed
/// only on their rep's and that rep's manager's pages.
public struct SiteResolver {
    public init() {}

    public func resolve(
        pages parsed: [Page], config: SiteConfig, contentFiles: [StaticFile], assets: [StaticFile],
        assetNames: [String: String] = [:], team: TeamReport? = nil, templates: FormLibrary = FormLibrary(),
        asOf: CalendarDate? = nil, edition: SiteEdition? = nil, editions: [SiteEdition] = []
    ) -> Site {
        let edition = edition ?? SiteEdition(language: config.language, currency: config.currency)
        var pages = parsed.filter { !$0.frontMatter.draft || $0.isDraftSheet }
        for index in pages.indices where pages[index].titleFromForm {
            guard let form = pages[index].filledForm else { continue }
            let account = form.account.map { team?.account($0)?.account.name ?? $0 }
            pages[index].title = [form.title, form.date, account].compactMap { $0 }.joined(separator: " · ")
        }
        if let team { pages += Self.teamPages(team, edition.messages) }
        let tagSlugs = Self.tagSlugs(pages)
        pages += Self.tagPages(tagSlugs, edition.messages)

        // Every folder that holds a page, and each of its ancestors, is a section.
        var folders: Set<String> = [""]
        var landingFolders: Set<String> = []
        for page in pages {
            var folder = page.folder
            if page.kind != .page { landingFolders.insert(folder) }
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = SitePath.folder(of: folder)
            }
        }
        for folder in folders.sorted() where !landingFolders.contains(folder) {
            pages.append(Self.madeLanding(for: folder, edition.messages))
        }
        if !edition.prefix.isEmpty {
            // Every URL of an edition below its folder: links between its pages stay as they are (all relative).
            for index in pages.indices { pages[index].url = edition.prefix + pages[index].url }
        }
        // By URL, then source: the keys taken out once (read from each page at every comparison, they were most of this stage).
        let urls = pages.map(\.url)
        let sources = pages.map { $0.sourcePath ?? "" }
        let sorted = pages.indices.sorted { urls[$0] < urls[$1] || (urls[$0] == urls[$1] && sources[$0] < sources[$1]) }
        pages = sorted.map { pages[$0] }
        let pageFolders = pages.map(\.folder)

        // One section per folder, parents before children.
        let orderedFolders = folders.sorted { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }
        var sectionIndex: [String: Int] = [:]
        var sections: [Site.Section] = []
        var landingIndex: [String: Int] = [:]
        for (index, page) in pages.enumerated() where page.kind != .page && landingIndex[pageFolders[index]] == nil {
            landingIndex[pageFolders[index]] = index
        }
        for folder in orderedFolders {
            let parent = folder.isEmpty ? nil : sectionIndex[SitePath.folder(of: folder)]
            sectionIndex[folder] = sections.count
            sections.append(Site.Section(folder: folder, landing: landingIndex[folder] ?? 0, pages: [], subsections: [], parent: parent))
        }
        var sectionOfPage = Array(repeating: 0, count: pages.count)
        for (index, page) in pages.enumerated() {
            let section = sectionIndex[pageFolders[index]] ?? 0
            sectionOfPage[index] = section
            if page.kind == .page && !page.isDraftSheet { sections[section].pages.append(index) }
        }
        for index in sections.indices {
            if let parent = sections[index].parent {
                let child = index
                sections[parent].subsections.append(child)
            }
        }
        let order = ReadingOrder(pages)
        let landings = sections.map(\.landing)
        for index in sections.indices {
            sections[index].pages.sort(by: order.precedes)
            sections[index].subsections.sort { order.precedes(landings[$0], landings[$1]) }
        }
        var sheetsByRep: [String: [Int]] = [:]
        var sheetsByAccount: [String: [Int]] = [:]
        let sheets = pages.indices.filter { pages[$0].filledForm != nil }
            .sorted { Page.newestSheetFirst(pages[$0], pages[$1]) }
        for index in sheets {
            if let rep = pages[index].filledForm?.rep {
                sheetsByRep[rep, default: []].append(index)
                // A draft is work in progress: its rep's manager follows it, the account's page does not show it.
                if pages[index].isDraftSheet, let manager = team?.rep(rep)?.rep.manager, manager != rep {
                    sheetsByRep[manager, default: []].append(index)
                }
            }
            if let account = pages[index].filledForm?.account, !pages[index].isDraftSheet {
                sheetsByAccount[account, default: []].append(index)
            }
        }
        var pagesByTag: [String: [Int]] = [:]
        for (index, page) in pages.enumerated() where page.generated == nil && !page.isDraftSheet {
            for tag in Set(page.frontMatter.tags) { pagesByTag[tag, default: []].append(index) }
        }
        for tag in pagesByTag.keys { pagesByTag[tag]?.sort(by: order.precedes) }
        var positionInSection = [Int?](repeating: nil, count: pages.count)
        for section in sections {
            for (position, page) in section.pages.enumerated() { positionInSection[page] = position }
        }
        return Site(
            config: config, edition: edition, editions: editions.isEmpty ? [edition] : editions, pages: pages, sections: sections,
            contentFiles: contentFiles, assets: assets, assetNames: assetNames, assetKeys: Self.assetKeys(assetNames),
            team: team, templates: templates, asOf: asOf, pagesByTag: pagesByTag, tagSlugs: tagSlugs,
            sheetsByRep: sheetsByRep, sheetsByAccount: sheetsByAccount,
            sectionOfPage: sectionOfPage, positionInSection: positionInSection)
    }

    /// `site.asset.KEY` for each fingerprinted asset: its key and fingerprinted path, in key order.
    static func assetKeys(_ names: [String: String]) -> [(key: String, path: String)] {
        names.compactMap { plain, fingerprinted in
            plain.hasPrefix(SiteLayout.outputAssets)
                ? (Fingerprint.key(String(plain.dropFirst(SiteLayout.outputAssets.count))), fingerprinted) : nil
        }.sorted { $0.key < $1.key }
    }

    /// Each tag's slug, as heading ids are made (`承诺目标` stays, `Key accounts` → `key-accounts`); two tags
    /// with one slug get numbered ones, in tag order.
    package static func tagSlugs(_ pages: [Page]) -> [String: String] {
        var slugs: [String: String] = [:]
        var names = UniqueNames()
        for tag in Set(pages.flatMap(\.frontMatter.tags)).sorted() { slugs[tag] = names.claim(Slug.make(tag)) }
        return slugs
    }

    /// `tags/` and a page per tag.
    package static func tagPages(_ slugs: [String: String], _ messages: Messages) -> [Page] {
        guard !slugs.isEmpty else { return [] }
        return [Page.made(at: SitePath.tagsURL, kind: .section, title: messages["pages.tags"], layout: "tags", generated: .tags)]
            + slugs.sorted { $0.key < $1.key }.map {
                Page.made(at: SitePath.tagURL($0.value), kind: .page, title: $0.key, layout: "tag", generated: .tag($0.key))
            }
    }

    /// `team/` and a page per rep, `accounts/` and a page per account, titled in `messages`' language.
    package static func teamPages(_ team: TeamReport, _ messages: Messages) -> [Page] {
        var pages: [Page] = []
        if !team.reps.isEmpty {
            pages.append(
                .made(
                    at: SitePath.teamURL, kind: .section, title: messages["pages.team"], layout: "team",
                    summary: messages["pages.team_summary"], generated: .team))
            var seen: Set<String> = []  // a duplicate id is the validator's to report, once
            for report in team.reps where seen.insert(report.rep.id).inserted {
                pages.append(
                    .made(
                        at: SitePath.repURL(report.rep.id), kind: .page, title: report.rep.name, layout: "rep",
                        summary: report.rep.role, generated: .rep(report.rep.id)))
            }
        }
        if !team.accounts.isEmpty {
            pages.append(
                .made(
                    at: SitePath.accountsURL, kind: .section, title: messages["pages.accounts"], layout: "accounts",
                    summary: messages["pages.accounts_summary"], generated: .accounts))
            var seen: Set<String> = []
            for report in team.accounts where seen.insert(report.account.id).inserted {
                pages.append(
                    .made(
                        at: SitePath.accountURL(report.account.id), kind: .page, title: report.account.name, layout: "account",
                        summary: messages.text(
                            "pages.account_summary", ["tier": report.tier.rawValue, "stage": messages[report.account.stage.messageKey]]),
                        generated: .account(report.account.id)))
            }
        }
        return pages
    }

    /// The landing page of a folder that has no `_index.md`: its title, and the list of its pages.
    package static func madeLanding(for folder: String, _ messages: Messages) -> Page {
        .made(
            at: folder.isEmpty ? "" : folder + "/", kind: folder.isEmpty ? .home : .section,
            title: Page.landingTitle(folder: folder, home: messages["pages.home"]))
    }
}
