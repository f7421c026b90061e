import PlaybookCore
import PlaybookForms
import PlaybookMustache
import PlaybookSite
import PlaybookTeam

/// What a layout sees for one page: fields (`LayoutFields`) and arrays, every URL
/// already relative to that page. The README documents each key. The
/// sidebar is not made here: many pages share one (see `Sidebar`).
package struct PageContext {
    package let site: Site
    package let index: Int
    /// The page itself, taken once (a computed property copied it for every link).
    private let page: Page
    /// `site`, when the caller made it already for the page's depth (the renderer does, once a depth).
    private let shared: LayoutFields?

    package init(site: Site, index: Int, siteValues: LayoutFields? = nil) {
        self.site = site
        self.index = index
        self.page = site.pages[index]
        self.shared = siteValues
    }

    package func make() -> LayoutFields {
        let page = self.page
        var context: LayoutFields = [
            "site": shared ?? Self.siteValues(site, root: SitePath.rootPrefix(from: page.url)),
            "page": pageValues(page),
        ]
        let crumbs = breadcrumbs()
        if !crumbs.isEmpty {
            context["breadcrumbs"] = crumbs
            context["has_breadcrumbs"] = true
        }
        let section = site.sections[site.sectionOfPage[index]]
        if page.kind == .page, let position = site.positionInSection[index] {
            if position > 0 { context["prev"] = link(to: section.pages[position - 1]) }
            if position + 1 < section.pages.count { context["next"] = link(to: section.pages[position + 1]) }
        } else if page.kind != .page, let first = section.pages.first {
            context["next"] = link(to: first)
        }
        if context["prev"] != nil || context["next"] != nil { context["has_pager"] = true }
        if site.editions.count > 1 {
            context["languages"] = languageLinks()
            context["has_languages"] = true
        }
        if let form = page.filledForm {
            context["sheet"] = SheetContext(site: site, page: page, templates: site.templates).values(form)
        }
        switch page.generated {
        case .tags?:
            context["tags"] = site.tagSlugs.sorted { $0.key < $1.key }.map { tag, slug -> LayoutFields in
                [
                    "name": tag, "url": SitePath.relative(from: page.url, to: site.edition.prefix + SitePath.tagURL(slug)),
                    "count": site.pagesByTag[tag]?.count ?? 0,
                ]
            }
        case .tag(let tag)?:
            context["tagged"] = (site.pagesByTag[tag] ?? []).map { link(to: $0) }
        default: break
        }
        if let generated = page.generated, let team = site.team {
            context.add(TeamContext(site: site, page: page, team: team).values(for: generated))
        }
        if page.kind != .page {
            context["section"] = sectionValues(section)
        }
        return context
    }

    /// The same page in each of the site's languages: for the language switch and `hreflang`.
    /// Every page stands in every edition (untranslated ones with a note); a tag page, whose tag
    /// belongs to one language, leads to the other edition's list of tags.
    private func languageLinks() -> [LayoutFields] {
        let bare = String(page.url.dropFirst(site.edition.prefix.count))
        let target: String
        if case .tag? = page.generated { target = SitePath.tagsURL } else { target = bare }
        return site.editions.map { edition -> LayoutFields in
            let current = edition.language == site.edition.language
            // Pages the site makes (team, accounts, tags, a folder's landing page, 404) and filled sheets are in every language.
            let translated =
                page.sourcePath == nil || page.generated != nil || page.filledForm != nil || edition.hasTranslation(of: page.contentPath)
            let url = current ? "index.html" : SitePath.relative(from: page.url, to: edition.prefix + target)
            var values: LayoutFields = [
                "code": edition.language, "name": edition.name, "url": url, "current": current, "untranslated": !translated,
            ]
            if translated && (current || target == bare) {
                values["href"] = site.config.baseURL.map { $0 + edition.prefix + bare } ?? url
            }
            return values
        }
    }

    private func link(to target: Int) -> LayoutFields {
        // Field by field: copying a whole Page for three of its fields was most of the cost of a list of links.
        var value: LayoutFields = [
            "title": site.pages[target].title, "url": SitePath.relative(from: page.url, to: site.pages[target].url),
        ]
        if let summary = site.pages[target].frontMatter.summary { value["summary"] = summary }
        return value
    }

    /// `site` for a page `root` (`""`, `../`, …) below the site's root.
    package static func siteValues(_ site: Site, root: String) -> LayoutFields {
        let config = site.config
        var values: LayoutFields = [
            "title": config.title,
            "language": site.edition.language,
            "root": root,
            "home_url": root + site.edition.prefix + "index.html",
            "assets": root + SiteLayout.outputAssets,
            "asset": assetValues(site, root: root),
            "manifest_url": root + WebManifest.path(for: site.edition),
        ]
        if ServiceWorker.isMade(for: site) { values["service_worker_url"] = root + SiteLayout.serviceWorker }
        if !site.edition.prefix.isEmpty { values["search_index"] = SearchIndex.path(for: site.edition) }
        if let repository = config.repository {
            let newFile = repository.newFile
            values["repository"] =
                [
                    "url": repository.url, "new_file": newFile.url, "name_parameter": newFile.name, "text_parameter": newFile.text,
                    "upload_visit_plans": repository.uploadURL(SiteLayout.visitPlans),
                    "upload_scorecards": repository.uploadURL(SiteLayout.scorecardSheets),
                ] as LayoutFields
        }
        if !config.description.isEmpty { values["description"] = config.description }
        if config.teamServer { values["team_server"] = true }
        if let base = config.baseURL { values["base_url"] = base }
        if !config.params.isEmpty { values["params"] = YAMLValue.map(config.params).layoutValue }
        return values
    }

    /// `site.asset`: each stylesheet and script of the theme by its key
    /// (`Fingerprint.key`: `js_core_js`), and `messages`, this language's
    /// `assets/messages.<language>.js`, each at its fingerprinted name.
    private static func assetValues(_ site: Site, root: String) -> LayoutFields {
        var values = LayoutFields()
        for (key, path) in site.assetKeys { values[key] = root + path }
        values["messages"] = root + MessagesScript.fingerprintedPath(in: site)
        return values
    }

    private func pageValues(_ page: Page) -> LayoutFields {
        let front = page.frontMatter
        var values: LayoutFields = [
            "title": page.title,
            "show_title": !page.titleIsInBody,
            "title_id": page.body.title.map { LayoutValue.text($0.id) } ?? .bool(false),
            "content": page.body.html,
            "kind": page.kind.rawValue,
            "is_home": page.kind == .home,
            "is_section": page.kind == .section,
            "is_page": page.kind == .page,
            "url": "index.html",
            "path": page.url,
        ]
        if let source = page.sourcePath {
            values["source"] = source
            if let repository = site.config.repository { values["edit_url"] = repository.editURL(source) }
        }
        if let language = page.textLanguage {
            let original = site.editions.first { $0.language == language }
            values["untranslated"] = ["language": language, "name": original?.name ?? language] as LayoutFields
        }
        if let summary = front.summary { values["summary"] = summary }
        if let owner = front.owner { values["owner"] = owner }
        if let reviewed = front.reviewed {
            values["reviewed"] = reviewed
            values["reviewed_shown"] = site.edition.format.date(reviewed)
        }
        if let age = site.overdueReview(page) { values["review_overdue_days"] = age }
        if !front.tags.isEmpty {
            // Every tag of every page has a slug: the resolver makes a page for each.
            values["tags"] = front.tags.map { tag -> LayoutFields in
                [
                    "name": tag,
                    "url": SitePath.relative(
                        from: page.url, to: site.edition.prefix + SitePath.tagURL(site.tagSlugs[tag] ?? Slug.make(tag))),
                ]
            }
            values["has_tags"] = true
        }
        if front.owner != nil || front.reviewed != nil || !front.tags.isEmpty { values["has_meta"] = true }
        if !front.params.isEmpty { values["params"] = YAMLValue.map(front.params).layoutValue }
        if front.purpose != nil || !front.when.isEmpty || !front.stages.isEmpty {
            var card: LayoutFields = [:]
            if let purpose = front.purpose { card["purpose"] = purpose }
            if !front.when.isEmpty {
                card["when"] = front.when.map { ["text": $0] }
                card["has_when"] = true
            }
            if !front.stages.isEmpty {
                card["stages"] = front.stages.enumerated().map { number, stage -> LayoutFields in
                    var value: LayoutFields = ["number": number + 1, "name": stage.name]
                    if let detail = stage.detail { value["detail"] = detail }
                    return value
                }
                card["has_stages"] = true
            }
            values["process"] = card
        }
        let toc = TableOfContents(page.body.headings)
        if toc.isWorthShowing {
            values["toc"] = toc.values
            values["has_toc"] = true
        }
        if page.body.hasForms { values["has_forms"] = true }
        let checklists = page.body.checklists
        if !checklists.isEmpty {
            values["checklist_items"] = checklists.reduce(0) { $0 + $1.items.count }
        }
        return values
    }

    private func breadcrumbs() -> [LayoutFields] {
        guard page.kind != .home else { return [] }
        var chain: [Int] = []
        var section: Int? = site.sectionOfPage[index]
        if page.kind == .section { section = site.sections[site.sectionOfPage[index]].parent }
        while let current = section {
            chain.append(site.sections[current].landing)
            section = site.sections[current].parent
        }
        return chain.reversed().map { link(to: $0) }
    }

    /// A sub-section as a card: its link, summary, purpose, number (in its list) and count of pages.
    private func card(_ sectionIndex: Int, number: Int) -> LayoutFields {
        let sub = site.sections[sectionIndex]
        var value = link(to: sub.landing)
        value["number"] = number
        value["count"] = sub.pages.count
        if let purpose = site.pages[sub.landing].frontMatter.purpose { value["purpose"] = purpose }
        return value
    }

    private func sectionValues(_ section: Site.Section) -> LayoutFields {
        var values: LayoutFields = [:]
        let pages = section.pages.map { link(to: $0) }
        if !pages.isEmpty {
            values["pages"] = pages
            values["has_pages"] = true
        }
        let subsections = section.subsections.enumerated().map { number, sectionIndex in card(sectionIndex, number: number + 1) }
        if !subsections.isEmpty {
            values["subsections"] = subsections
            values["has_subsections"] = true
        }
        if page.kind == .home {
            // The processes first, numbered; the team, accounts, sheets and tags apart.
            let groups = SectionGroups.split(site)
            let processes = groups.processes.enumerated().map { number, sectionIndex in card(sectionIndex, number: number + 1) }
            let records = groups.records.map { card($0, number: 0) }
            values["processes"] = processes
            values["has_processes"] = !processes.isEmpty
            values["records"] = records
            values["has_records"] = !records.isEmpty
        }
        // A folder of filled forms (visit plans, scorecards) lists them newest first.
        let sheets = section.pages.filter { site.pages[$0].filledForm != nil }
            .sorted { Page.newestSheetFirst(site.pages[$0], site.pages[$1]) }
        if !sheets.isEmpty {
            values["sheets"] = sheets.map { SheetContext.row($0, in: site, from: page) }
            values["has_sheets"] = true
        }
        return values
    }
}
