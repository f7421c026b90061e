import ArgumentParser
import Foundation
import PlaybookKit

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a prefilled visit plan, scorecard or page to content/ (never overwrites).",
        subcommands: [NewVisitPlan.self, NewScorecard.self, NewPage.self]
    )
}

struct NewVisitPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit-plan",
        abstract: "content/visit-plans/<date>-<account>.md, every field of the visit-plan form.")

    @OptionGroup var siteOptions: SiteOptions
    @Option(help: "The rep's id (content/_data/team.yaml).") var rep: String
    @Option(help: "The account's id (content/_data/accounts.csv).") var account: String
    @Option(help: "The day of the visit, YYYY-MM-DD (default: today).") var date: String?

    func run() throws {
        try Created.report(NewFile.visitPlan(site: siteOptions.siteURL, rep: rep, account: account, date: date))
    }
}

struct NewScorecard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecard",
        abstract: "content/scorecards/<date>-<rep>-<name>.md, every criterion of the scorecard NAME.")

    @OptionGroup var siteOptions: SiteOptions
    @Argument(help: "The scorecard (templates/scorecards/NAME.yaml).") var name: String
    @Option(help: "The rep scored.") var rep: String
    @Option(help: "Who scores (a rep's or manager's id).") var by: String?
    @Option(help: "The account the call or visit was with.") var account: String?
    @Option(help: "The day, YYYY-MM-DD (default: today).") var date: String?

    func run() throws {
        try Created.report(NewFile.scorecard(site: siteOptions.siteURL, name: name, rep: rep, scoredBy: by, account: account, date: date))
    }
}

struct NewPage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page",
        abstract: "content/SECTION/SLUG.md (and the section's _index.md if it is new).")

    @OptionGroup var siteOptions: SiteOptions
    @Argument(help: "SECTION/SLUG, e.g. call-scripts/renewal-call.") var path: String
    @Option(help: "The page's title (default: from the slug).") var title: String?

    func run() throws {
        try Created.report(NewFile.page(site: siteOptions.siteURL, path: path, title: title))
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a new site in DIR: the theme, playbook.yaml, a page per process, CI files; --example: the full sample.")

    @Argument(help: "The new site's folder (new or empty).") var directory: String

    @Option(help: "One language for the whole site: zh-CN or en (default: both, Chinese first).")
    var language: String?

    @Flag(help: "The full example playbook (pages, team data, filled plans and scorecards) instead of the small starter.")
    var example = false

    func validate() throws {
        if let language, !SiteStarter.languages.contains(language) {
            throw ValidationError("--language is one of \(SiteStarter.languages.joined(separator: ", ")), not '\(language)'")
        }
    }

    func run() throws {
        let created = SiteStarter.create(at: URL(fileURLWithPath: directory, isDirectory: true), language: language, example: example)
        try Created.report(created, quiet: true)
        print("made a new site in \(directory) (\(created.files.count) files); build it with: playbook build --site \(directory)")
    }
}

enum Created {
    /// Prints each file made (or each problem) and fails with exit 1 on errors.
    static func report(_ created: NewFile.Created, quiet: Bool = false) throws {
        Output.print(created.diagnostics.map(\.description), format: .text)
        if created.diagnostics.hasErrors { throw ExitCode(1) }
        if !quiet { for file in created.files { print("created \(file)") } }
    }
}
