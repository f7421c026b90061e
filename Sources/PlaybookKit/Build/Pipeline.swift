import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookMustache
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// load → parse → resolve → validate → render → write: each stage a function
/// of the one before. Nothing is written unless every stage before `write`
/// found no error.
public enum Pipeline {
    public static func build(_ options: BuildOptions) -> BuildReport {
        var clock = StageClock()
        var untranslated: [String: [String]] = [:]
        var pagesPerLanguage = 0
        func finish(_ diagnostics: [Diagnostic], pages: Int = 0, files: Int = 0, bytes: Int = 0, wrote: Bool = false) -> BuildReport {
            let final = (options.strict ? diagnostics.promotingWarnings() : diagnostics).sorted()
            return BuildReport(
                diagnostics: final, pageCount: pages, fileCount: files, bytesWritten: bytes, seconds: clock.total,
                wroteOutput: wrote, stageSeconds: clock.stages, stageCPUSeconds: clock.cpu, untranslated: untranslated,
                pagesPerLanguage: pagesPerLanguage)
        }

        let assembly: Assembly
        do {
            let (sources, problem, teamRead) = load(options)
            clock.mark("load")
            if let problem { return finish(sources.diagnostics + [problem]) }
            assembly = assemble(sources, options: options, clock: &clock, teamRead: teamRead)
        }  // the files' bytes go here: nothing after the parse stage reads them (the 10,000-page corpus: 29 MB)
        defer { if options.endsProcess { ProcessExit.reclaims(assembly) } }
        var diagnostics = assembly.diagnostics
        untranslated = assembly.untranslated
        pagesPerLanguage = assembly.allPages.filter { $0.filledForm == nil && !$0.frontMatter.draft }.count
        let pageCount = assembly.site.pages.count + assembly.editions.reduce(0) { $0 + $1.site.pages.count }
        guard !assembly.blocked else { return finish(diagnostics) }
        guard options.writeOutput else { return finish(diagnostics, pages: pageCount) }

        do {
            let written = try write(assembly, to: try StagedOutput(destination: options.outputFolder), clock: &clock)
            return finish(diagnostics, pages: pageCount, files: written.fileCount, bytes: written.summary.bytes, wrote: true)
        } catch {
            diagnostics.append(.error(SourceLocation(path: options.outputFolder.path), "\(error)"))
            return finish(diagnostics)
        }
    }

    /// load: the site folder read, and a problem if the output folder may not
    /// be replaced (it is the site, holds it, or lies in its sources). The team's
    /// files are read first, and read into team data on another thread from then
    /// on (`assemble` takes it): parsing the pages waits for it otherwise.
    package static func load(_ options: BuildOptions) -> (SiteSources, Diagnostic?, TeamRead?) {
        var teamRead: TeamRead?
        let sources = SiteLoader(root: options.site).load { team, accounts in
            teamRead = Background { TeamDataReader.read(team: team, accounts: accounts) }
        }
        return (sources, unsafeOutputProblem(options.outputFolder, site: sources.root), teamRead)
    }

    /// The team's data and its problems, read on another thread.
    package typealias TeamRead = Background<(TeamData, [Diagnostic])>

    /// parse → resolve → validate, from what the load stage read. `blocked`
    /// when a problem stops the site from being written (any error; with
    /// `strict`, any warning).
    package static func assemble(
        _ sources: SiteSources, options: BuildOptions, clock: inout StageClock, teamRead: TeamRead? = nil
    ) -> Assembly {
        var diagnostics = sources.diagnostics

        // parse
        // The team's files are read on another thread (from the load stage on, or from here) while the catalogues,
        // layouts and forms are compiled.
        let teamRead = teamRead ?? Background { TeamDataReader.read(team: sources.team, accounts: sources.accounts) }
        var (config, configProblems) = ConfigParser.parse(sources.config)
        diagnostics += configProblems
        config.teamServer = options.teamServer
        if let base = options.baseURL {
            if let normalized = ConfigParser.normalizedBaseURL(base) {
                config.baseURL = normalized
            } else {
                diagnostics.append(.error(SourceLocation(path: "--base-url"), "'\(base)' is not an absolute http(s) URL"))
            }
        }
        // The layouts first (a few milliseconds), once per language with its catalogue baked in:
        // the forms' markup that pages embed is theirs.
        // The pages sorted by language on another thread meanwhile.
        let sorting = Background { [config] in
            let (files, problems) = LanguageFiles.sort(sources.pages, config: config)
            let addresses = files.original.map { SitePath.address(ofPageURL: SitePath.pageURL(forContentPath: $0.contentPath)) }
            return (files, problems, Set(addresses))
        }
        let (catalogues, catalogueProblems) = Catalogue.load(sources, config: config)
        diagnostics += catalogueProblems
        let layoutFiles = withDefaultPartials(sources.layouts)
        var layoutsByLanguage: [String: LayoutLibrary] = [:]
        for language in config.languages {
            let (layouts, problems) = LayoutLibrary.compile(layoutFiles, messages: catalogues[language]?.layouts ?? LayoutMessages())
            layoutsByLanguage[language] = layouts
            if language == config.language { diagnostics += problems }  // the same layouts: their problems once
        }
        let layouts = layoutsByLanguage[config.language] ?? LayoutLibrary.compile([]).0
        let (files, languageProblems, pageAddresses) = sorting.value
        diagnostics += languageProblems
        let (parser, templates, teamData, parserProblems) = pageParser(
            sources, config: config, layouts: layouts, messages: catalogues[config.language]?.messages, folderPages: files.folderPages,
            pageAddresses: pageAddresses, team: teamRead)
        diagnostics += parserProblems
        let asOf = config.asOf ?? BuildDate.today()
        // The team's figures need only its data: worked out while the pages parse, for the resolve stage.
        let teamReport = Background { [config] in
            teamData.isEmpty ? nil : TeamReport(data: teamData, cadence: config.visitCadence, asOf: asOf)
        }
        let parsed = parallelMap(files.original) { parser.parse($0.file, contentPath: $0.contentPath) }
        var pages: [Page] = []
        for (page, problems) in parsed {
            if let page { pages.append(page) }
            diagnostics += problems
        }
        var editions = config.languages.map { language in
            SiteEdition(
                language: language, prefix: config.urlPrefix(of: language),
                messages: catalogues[language]?.messages ?? Messages(language: language), currency: config.currency)
        }
        // Each other language's translations, with its own parser (its form labels, its catalogue).
        // A translation that is a draft leaves its page untranslated.
        var translations: [String: [String: (Page, [Diagnostic])]] = [:]
        var parsers: [String: (parser: PageParser, templates: FormLibrary)] = [:]
        for edition in editions.dropFirst() {
            let made = pageParser(
                sources, config: config, layouts: layoutsByLanguage[edition.language] ?? layouts, messages: edition.messages,
                folderPages: files.folderPages, pageAddresses: pageAddresses, team: teamRead)
            let languageParser = made.parser
            parsers[edition.language] = (languageParser, made.templates)
            let versions = (files.translations[edition.language] ?? [:]).values.sorted { $0.contentPath < $1.contentPath }
            let read = parallelMap(versions) { languageParser.parse($0.file, contentPath: $0.contentPath) }
            var done: [String: (Page, [Diagnostic])] = [:]
            for (version, (page, problems)) in zip(versions, read) {
                diagnostics += problems
                if let page, !page.frontMatter.draft { done[version.contentPath] = (page, problems) }
            }
            translations[edition.language] = done
        }
        for index in editions.indices.dropFirst() {
            editions[index].translated = Set((translations[editions[index].language] ?? [:]).keys)
        }
        clock.mark("parse")

        // resolve
        // The scripts' messages of every edition get fingerprinted names too, made once here.
        var assetNames = sources.assetNames
        for edition in editions { assetNames[MessagesScript.path(for: edition)] = MessagesScript.fingerprintedPath(for: edition) }
        let team = teamReport.value
        let site = SiteResolver().resolve(
            pages: pages, config: config, contentFiles: sources.contentFiles, assets: sources.assets, assetNames: assetNames,
            team: team, templates: templates, asOf: asOf, edition: editions[0], editions: editions)
        let searchIndex = Background { [site, layouts] in SiteRenderer(site: site, layouts: layouts).searchIndex() }
        var others: [LanguageEdition] = []
        let defaultLanguage = config.language
        for edition in editions.dropFirst() {
            let languageLayouts = layoutsByLanguage[edition.language] ?? layouts
            let languageParser = parsers[edition.language]?.parser ?? parser
            let done = translations[edition.language] ?? [:]
            // Every page of the default language stands in every edition: its translation, or itself with a note
            // (parsed again, so that what the theme makes inside it — forms, checklists — speaks this language).
            let versions = zip(files.original, parsed).compactMap { version, result in result.0.map { (version, $0) } }
            let editionPages = parallelMap(versions) { version, original -> Page in
                if var translated = done[version.contentPath]?.0 {
                    translated.frontMatter.weight = original.frontMatter.weight
                    translated.frontMatter.draft = original.frontMatter.draft
                    return translated
                }
                var page = languageParser.parse(version.file, contentPath: version.contentPath).0 ?? original
                if page.filledForm == nil { page.textLanguage = defaultLanguage }  // a filled sheet is a record, in no language
                return page
            }
            let editionSite = SiteResolver().resolve(
                pages: editionPages, config: config.localized(to: edition.language),
                contentFiles: sources.contentFiles.map {
                    StaticFile(outputPath: edition.prefix + $0.outputPath, sourceURL: $0.sourceURL, sitePath: $0.sitePath)
                }, assets: [], assetNames: assetNames, team: team, templates: parsers[edition.language]?.templates ?? templates,
                asOf: asOf, edition: edition, editions: editions)
            others.append(
                LanguageEdition(
                    layouts: languageLayouts, site: editionSite, allPages: editionPages,
                    searchIndex: Background { [editionSite, languageLayouts] in
                        SiteRenderer(site: editionSite, layouts: languageLayouts).searchIndex()
                    }))
        }
        clock.mark("resolve")

        // validate
        diagnostics += SiteValidator().validate(site, allPages: pages)
        for other in others {
            // A page shown untranslated was checked as the default language's; a translation is checked in its edition.
            let fallbacks = Set(other.site.pages.filter { $0.textLanguage != nil }.compactMap(\.sourcePath))
            diagnostics += SiteValidator().validate(other.site, allPages: other.allPages).filter { !fallbacks.contains($0.location.path) }
        }
        diagnostics += TeamValidator().validate(teamData)
        diagnostics += SiteRenderer(site: site, layouts: layouts).missingLayouts()
        clock.mark("validate")
        var seen: Set<String> = []
        diagnostics = diagnostics.filter { seen.insert($0.description).inserted }
        // What is left to translate: published pages, not filled sheets (records, in no language) or drafts.
        let notToTranslate = Set(pages.filter { $0.filledForm != nil || $0.frontMatter.draft }.compactMap(\.sourcePath))
        return Assembly(
            parser: parser, allPages: pages, layouts: layouts, site: site, diagnostics: diagnostics,
            blocked: options.strict ? diagnostics.contains { $0.severity != .note } : diagnostics.hasErrors, editions: others,
            untranslated: files.untranslated(config, leavingOut: { notToTranslate.contains($0.file.path) }), searchIndex: searchIndex)
    }

    /// render → write: every file of the site into `sink`, each as soon as it
    /// is made, then the copied files, then the service worker (its cache is
    /// named after all of them). The one way output is written, for `build`
    /// and for `serve`.
    package static func write(_ assembly: Assembly, to sink: OutputSink, clock: inout StageClock) throws -> Written {
        let digesting = DigestingSink(sink)
        var renderer = SiteRenderer(site: assembly.site, layouts: assembly.layouts)
        renderer.otherEditions = assembly.editions.map(\.site)
        renderer.searchIndexFile = assembly.searchIndex
        _ = renderer.render { digesting.put($0.path, $0.data) }
        for edition in assembly.editions {
            var editionRenderer = SiteRenderer(site: edition.site, layouts: edition.layouts)
            editionRenderer.searchIndexFile = edition.searchIndex
            _ = editionRenderer.render { digesting.put($0.path, $0.data) }
        }
        clock.mark("render")
        let summary = try digesting.finish(copies: assembly.copies) { files in [renderer.serviceWorker(files: files)].compactMap { $0 } }
        clock.mark("write")
        let digests = digesting.digests
        return Written(fileCount: digests.count, summary: summary, digests: digests)
    }

    /// What `write` did: how many files the site has, what the sink did, the digest of every file.
    package struct Written: Sendable {
        package var fileCount: Int
        package var summary: OutputSummary
        package var digests: [String: FileDigest]
    }

    /// The parser every page goes through: the site's Markdown settings, its
    /// templates for directives and filled forms, its reps and accounts.
    package static func pageParser(
        _ sources: SiteSources, config: SiteConfig, layouts: LayoutLibrary, messages: Messages? = nil, folderPages: [String: String] = [:],
        pageAddresses: Set<String> = [], team: Background<(TeamData, [Diagnostic])>? = nil
    )
        -> (parser: PageParser, templates: FormLibrary, teamData: TeamData, diagnostics: [Diagnostic])
    {
        let language = messages?.language ?? config.language
        let (templates, templateProblems) = FormLibrary.compile(
            forms: sources.forms, scorecards: sources.scorecards, languages: [language, config.language])
        // Read here unless the caller started reading it already (once for every language's parser).
        let (teamData, teamProblems) = team?.value ?? TeamDataReader.read(team: sources.team, accounts: sources.accounts)
        var parser = PageParser(
            options: config.markdown, directives: directives(templates, teamData, layouts: layouts, messages: messages ?? Messages()),
            markup: BodyMarkup(engine: layouts.engine),
            forms: FilledFormChecker(
                library: templates,
                repIDs: sources.team == nil ? nil : Set(teamData.reps.map(\.id)),
                accountIDs: sources.accounts == nil ? nil : Set(teamData.accounts.map(\.id))))
        if let home = messages?["pages.home"] { parser.homeTitle = home }
        parser.markdown.folderPages = folderPages
        parser.markdown.pageAddresses = pageAddresses
        return (parser, templates, teamData, templateProblems + teamProblems)
    }

    /// Each template's HTML, laid out once by the theme's `partials/form` and
    /// `partials/scorecard`, with the team's reps and accounts to choose from.
    package static func directives(_ templates: FormLibrary, _ team: TeamData, layouts: LayoutLibrary, messages: Messages) -> Directives {
        let context = FormContext(
            reps: team.reps.map { ($0.id, $0.name) }.sorted { $0.1 < $1.1 },
            accounts: team.accounts.map { ($0.id, $0.name) }.sorted { $0.1 < $1.1 }, messages: messages)
        var directives = Directives(templates: templates.index)
        // Each on its own core: a form that offers the team's accounts lists thousands of them.
        let jobs: [(key: String, render: @Sendable () -> String?)] =
            templates.forms.map { name, form in ("form \(name)", { layouts.render(formLayout, context: context.form(form)) }) }
            + templates.scorecards.map { name, card in
                ("scorecard \(name)", { layouts.render(scorecardLayout, context: context.scorecard(card)) })
            }
        for (job, html) in zip(jobs, parallelMap(jobs) { $0.render() }) {
            directives.html[job.key] = html ?? ""
        }
        return directives
    }

    static let formLayout = "partials/form"
    static let scorecardLayout = "partials/scorecard"

    /// The site's layouts, and any partial of the built-in theme the site's own
    /// theme lacks (one written before that partial existed): the default is used,
    /// so an older theme keeps building.
    static func withDefaultPartials(_ layouts: [SourceFile]) -> [SourceFile] {
        let prefix = SiteLayout.layouts + "partials/"
        let present = Set(layouts.map(\.path))
        let missing = StarterFiles.files.filter { $0.path.hasPrefix(prefix) && !present.contains($0.path) }
        return layouts + missing.compactMap { file in Data(base64Encoded: file.base64).map { SourceFile(path: file.path, data: $0) } }
    }

    /// Replacing the output folder deletes what was in it: refuse a folder that
    /// is the site itself, holds it, or lies inside its sources.
    package static func unsafeOutputProblem(_ output: URL, site: URL) -> Diagnostic? {
        let out = output.resolvingSymlinksInPath().path
        let root = site.resolvingSymlinksInPath().path
        let protected = [root, root + "/content", root + "/templates"]
        if root == out || root.hasPrefix(out.hasSuffix("/") ? out : out + "/")
            || protected.dropFirst().contains(where: { out == $0 || out.hasPrefix($0 + "/") })
        {
            return .error(SourceLocation(path: "--output"), "refusing to write the site into \(out): it would replace the site's own files")
        }
        return nil
    }

    /// `playbook render`: one Markdown text to the HTML body the site would make
    /// of it, with the site's settings. A `file` inside the site's `content/`
    /// has its links resolved as in the site; standard input keeps them as
    /// written. Front matter is read unless `frontMatter` is false.
    public static func renderMarkdown(_ data: Data, site: URL, file: URL?, frontMatter: Bool) -> (html: String, diagnostics: [Diagnostic]) {
        let content = site.appendingPathComponent(SiteLayout.content).standardizedFileURL.resolvingSymlinksInPath().path + "/"
        let absolute = file?.standardizedFileURL.resolvingSymlinksInPath().path
        let contentPath = absolute.flatMap { $0.hasPrefix(content) ? String($0.dropFirst(content.count)) : nil }
        let sourcePath = contentPath.map { SiteLayout.content + $0 } ?? file?.relativePath ?? "<stdin>"
        let sources = SiteLoader(root: site).loadForOnePage()
        let (config, configProblems) = ConfigParser.parse(sources.config)
        let (layouts, _) = LayoutLibrary.compile(
            withDefaultPartials(sources.layouts), messages: Catalogue.load(sources, config: config).0[config.language]?.layouts ?? .init())
        var (parser, _, _, parserProblems) = pageParser(sources, config: config, layouts: layouts)
        parser.liftsTitle = false  // the whole body is the output
        let problems = sources.diagnostics + configProblems + parserProblems
        let (page, pageProblems) = parser.parse(SourceFile(path: sourcePath, data: data), readsFrontMatter: frontMatter)
        return (page?.body.html ?? "", (problems + pageProblems).sorted())
    }
}
