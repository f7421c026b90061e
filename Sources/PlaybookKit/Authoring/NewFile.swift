import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// `playbook new`: a new visit plan, scorecard or page in the site's
/// `content/`, prefilled with what the author named, checked against the
/// site's templates and team data. Never overwrites a file.
public enum NewFile {
    /// The files written (relative to the site) and every problem found; nothing is written when there are errors.
    public typealias Created = (files: [String], diagnostics: [Diagnostic])

    /// Where a command-line value came from, for its error lines.
    package static func option(_ name: String) -> SourceLocation { SourceLocation(path: "--\(name)") }

    /// `content/visit-plans/<date>-<account>.md` for `rep`'s visit to `account`.
    public static func visitPlan(site: URL, rep: String, account: String, date: String?) -> Created {
        let context = AuthoringContext(site: site)
        var problems = context.problems
        guard let template = context.templates.forms["visit-plan"] else {
            return (
                [],
                problems + [
                    .error(
                        SourceLocation(path: SiteLayout.forms + "visit-plan.yaml"),
                        context.templates.unusable("form", "visit-plan"))
                ]
            )
        }
        problems += context.checkRep(rep, option: "rep") + context.checkAccount(account)
        let (day, dateProblems) = context.day(date)
        problems += dateProblems
        guard !problems.hasErrors else { return ([], problems) }
        let text = SheetDraft.form(template, values: ["rep": rep, "account": account, "date": day])
        return context.create(SiteLayout.visitPlans + "\(day)-\(account).md", text, problems)
    }

    /// `content/scorecards/<date>-<rep>-<name>.md`, scoring `rep` with the scorecard `name`.
    public static func scorecard(
        site: URL, name: String, rep: String, scoredBy: String?, account: String?, date: String?
    )
        -> Created
    {
        let context = AuthoringContext(site: site)
        var problems = context.problems
        guard let template = context.templates.scorecards[name] else {
            return (
                [],
                problems + [
                    .error(SourceLocation(path: SiteLayout.scorecards + name + ".yaml"), context.templates.unusable("scorecard", name))
                ]
            )
        }
        problems += context.checkRep(rep, option: "rep")
        if let scoredBy { problems += context.checkRep(scoredBy, option: "by") }
        if let account { problems += context.checkAccount(account) }
        let (day, dateProblems) = context.day(date)
        problems += dateProblems
        guard !problems.hasErrors else { return ([], problems) }
        var values = ["rep": rep, "date": day]
        values["scored_by"] = scoredBy
        values["account"] = account
        let text = SheetDraft.scorecard(template, values: values)
        return context.create(SiteLayout.scorecardSheets + "\(day)-\(rep)-\(name).md", text, problems)
    }

    /// `content/<section>/<slug>.md`, and the section's `_index.md` if the section is new.
    public static func page(site: URL, path: String, title: String?) -> Created {
        let context = AuthoringContext(site: site)
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts.allSatisfy(isSlug) else {
            return (
                [],
                [
                    .error(
                        SourceLocation(path: path),
                        "a new page is SECTION/SLUG (or SECTION/SUB/SLUG), each part lower-case letters (or Chinese), digits and hyphens")
                ]
            )
        }
        let (day, _) = context.day(nil)
        var created: [String] = []
        var problems: [Diagnostic] = []
        // Each section on the way that has no landing page gets one, so the page has a place in the sidebar.
        for depth in 1..<parts.count {
            let folder = parts[..<depth].joined(separator: "/")
            let index = SiteLayout.content + "\(folder)/_index.md"
            if FileManager.default.fileExists(atPath: site.appendingPathComponent(index).path) { continue }
            let landing = frontMatter(title: Page.humanize(parts[depth - 1]), reviewed: day) + "What this section is for.\n"
            let result = context.create(index, landing, [])
            created += result.files
            problems += result.diagnostics
        }
        guard !problems.hasErrors else { return ([], problems) }
        let body = frontMatter(title: title ?? Page.humanize(parts[parts.count - 1]), reviewed: day) + "Write the page here.\n"
        let result = context.create(SiteLayout.content + "\(path).md", body, [])
        return (created + result.files, result.diagnostics)
    }

    /// `visit-plans`, `拜访`, `承诺目标-2`: letters without case (Chinese) or lower-case, digits and hyphens;
    /// no dot, so a slug never reads as a language (`x.en.md`).
    package static func isSlug(_ part: String) -> Bool {
        !part.isEmpty && part.first != "-"
            && part.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                    || ($0.isLetter && !$0.isASCII && !$0.isUppercase && !$0.isLowercase)
            }
    }

    package static func frontMatter(title: String, reviewed: String) -> String {
        """
        ---
        title: \(SheetDraft.yamlScalar(title))
        # summary: one sentence, shown in section lists and search results
        # owner: who keeps this page right
        reviewed: \(reviewed)
        # weight: 10   (its place in the section: lower comes first)
        # tags: [visits, phone]
        ---


        """
    }
}

/// What `new` needs to know of a site: its templates and team data, read
/// without its pages.
package struct AuthoringContext {
    package let site: URL
    package let templates: FormLibrary
    package let team: TeamData
    package let hasTeam: Bool
    package let hasAccounts: Bool
    package let problems: [Diagnostic]
    package let asOf: CalendarDate?

    package init(site: URL) {
        self.site = site
        let sources = SiteLoader(root: site).loadForOnePage()
        let (config, configProblems) = ConfigParser.parse(sources.config)
        let (templates, templateProblems) = FormLibrary.compile(
            forms: sources.forms, scorecards: sources.scorecards, languages: [config.language])
        let (team, teamProblems) = TeamDataReader.read(team: sources.team, accounts: sources.accounts)
        self.templates = templates
        self.team = team
        self.hasTeam = sources.team != nil
        self.hasAccounts = sources.accounts != nil
        self.problems = sources.diagnostics + configProblems + templateProblems + teamProblems
        self.asOf = config.asOf
    }

    package func checkRep(_ id: String, option: String) -> [Diagnostic] {
        guard hasTeam else { return [.error(NewFile.option(option), "the site has no team data (\(SiteLayout.team))")] }
        if team.reps.contains(where: { $0.id == id }) { return [] }
        return [.error(NewFile.option(option), "no rep '\(id)' in \(SiteLayout.team)")]
    }

    package func checkAccount(_ id: String) -> [Diagnostic] {
        guard hasAccounts else { return [.error(NewFile.option("account"), "the site has no accounts (\(SiteLayout.accounts))")] }
        if team.accounts.contains(where: { $0.id == id }) { return [] }
        return [.error(NewFile.option("account"), "no account '\(id)' in \(SiteLayout.accounts)")]
    }

    /// The date given, or today (SOURCE_DATE_EPOCH, as the build reads it).
    package func day(_ text: String?) -> (String, [Diagnostic]) {
        guard let text else { return (BuildDate.today().description, []) }
        guard let date = CalendarDate(text) else {
            return (text, [.error(NewFile.option("date"), "'\(text)' is not a date (YYYY-MM-DD)")])
        }
        return (date.description, [])
    }

    /// Writes a new file; an existing one is an error and stays as it was.
    package func create(_ relative: String, _ text: String, _ problems: [Diagnostic]) -> NewFile.Created {
        do {
            let folder = FileWriter(root: site.path)
            if let slash = relative.lastIndex(of: "/") { try folder.makeFolder(String(relative[..<slash])) }
            try folder.createNew(Data(text.utf8), at: relative)
            return ([relative], problems)
        } catch let failure as FileWriter.Failure {
            return ([], problems + [.error(SourceLocation(path: relative), failure.description)])
        } catch {
            return ([], problems + [.error(SourceLocation(path: relative), "\(error)")])
        }
    }
}
