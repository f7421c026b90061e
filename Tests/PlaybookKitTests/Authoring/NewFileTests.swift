import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

@Suite struct NewFileTests {
    func text(_ site: TemporarySite, _ path: String) throws -> String {
        try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func aVisitPlanHasEveryFieldAndStartsAsADraftThatBuildsStrict() throws {
        let site = try TemporarySite.sample(language: "en")  // the English labels
        defer { site.cleanUp() }
        let created = NewFile.visitPlan(site: site.root, rep: "anna-kowalski", account: "pioneer-agritech", date: "2026-12-01")
        #expect(created.diagnostics.isEmpty)
        #expect(created.files == ["content/visit-plans/2026-12-01-pioneer-agritech.md"])
        let plan = try text(site, created.files[0])
        let lines = plan.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in [
            "form: visit-plan", "draft: true", "rep: anna-kowalski", "account: pioneer-agritech", "date: 2026-12-01", "reason:",
            "attendees:", "next_step:",
        ] {
            #expect(lines.contains(line), "missing \(line)")
        }
        #expect(plan.contains("# Best commitment (required). The most the customer could commit to in this visit."))
        #expect(plan.contains("One of: Executive visit, First visit, Reviving a stalled deal, Rare contact with this customer."))

        #expect(lines.contains { $0.hasPrefix("# ") && $0.contains("Remove this line when the sheet is finished") })

        // A draft builds with --strict; the build notes what is left to fill in, each at its line.
        let report = site.build(strict: true, write: false)
        #expect(report.succeeded, "\(report.diagnostics.lines)")
        let notes = report.diagnostics.filter { $0.severity == .note }
        #expect(
            notes.map(\.message).sorted() == [
                "required field 'best_commitment' is empty; fill it in before removing 'draft: true'",
                "required field 'minimum_commitment' is empty; fill it in before removing 'draft: true'",
                "required field 'reason' is empty; fill it in before removing 'draft: true'",
            ])
        for note in notes {
            let key = note.message.split(separator: "'")[1]
            #expect(lines[note.location.line - 1].hasPrefix("\(key):"), "\(note) is not at its key's line")
        }

        // Without `draft: true` the same plan fails on the empty required fields.
        let undrafted = plan.replacingOccurrences(of: "\ndraft: true\n", with: "\n")
        try site.write(created.files[0], undrafted)
        let failed = site.build(write: false)
        #expect(
            failed.diagnostics.filter { $0.severity == .error }.map(\.message).sorted() == [
                "required field 'best_commitment' is empty", "required field 'minimum_commitment' is empty",
                "required field 'reason' is empty",
            ])

        // Filled in, it builds with --strict.
        let filled = undrafted.replacingOccurrences(of: "\nreason:\n", with: "\nreason: First visit\n")
            .replacingOccurrences(of: "\nbest_commitment:\n", with: "\nbest_commitment: A product test in January.\n")
            .replacingOccurrences(of: "\nminimum_commitment:\n", with: "\nminimum_commitment: A second meeting.\n")
        try site.write(created.files[0], filled)
        let strict = site.build(strict: true)
        #expect(strict.succeeded, "\(strict.diagnostics.lines)")
        #expect(site.read("visit-plans/2026-12-01-pioneer-agritech/index.html")?.contains("A product test in January.") == true)
    }

    @Test func unknownIdsAndBadDatesAreErrorsAndNothingIsWritten() throws {
        let site = try TemporarySite.sample()
        defer { site.cleanUp() }
        let created = NewFile.visitPlan(site: site.root, rep: "nobody", account: "nowhere", date: "2026-02-30")
        #expect(created.files.isEmpty)
        #expect(
            created.diagnostics.lines == [
                "--rep:1:1: error: no rep 'nobody' in content/_data/team.yaml",
                "--account:1:1: error: no account 'nowhere' in content/_data/accounts.csv",
                "--date:1:1: error: '2026-02-30' is not a date (YYYY-MM-DD)",
            ])
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/visit-plans/2026-02-30-nowhere.md").path))
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let site = try TemporarySite.sample()
        defer { site.cleanUp() }
        let path = "content/visit-plans/2026-11-18-pioneer-agritech.md"
        let before = try text(site, path)
        let created = NewFile.visitPlan(site: site.root, rep: "anna-kowalski", account: "pioneer-agritech", date: "2026-11-18")
        #expect(created.diagnostics.lines == ["\(path):1:1: error: already exists; not overwritten"])
        #expect(try text(site, path) == before)
    }

    @Test func aScorecardListsEveryCriterionWithItsAnchors() throws {
        let site = try TemporarySite.sample(language: "en")  // the English labels
        defer { site.cleanUp() }
        let created = NewFile.scorecard(
            site: site.root, name: "call-coaching", rep: "tom-becker", scoredBy: "wei-zhang",
            account: nil, date: "2026-12-02")
        #expect(created.diagnostics.isEmpty)
        #expect(created.files == ["content/scorecards/2026-12-02-tom-becker-call-coaching.md"])
        let card = try text(site, created.files[0])
        for criterion in ["script", "discovery", "listening", "objections", "commitment", "next_step"] {
            #expect(card.contains("\n  \(criterion):\n"))
        }
        #expect(card.contains("# Listening (weight 15). 1: The rep talks most of the call."))
        #expect(card.contains("scored_by: wei-zhang"))
        #expect(card.contains("\ndraft: true\n"))
        let report = site.build(strict: true, write: false)
        #expect(report.succeeded, "\(report.diagnostics.lines)")
        #expect(report.diagnostics.contains { $0.severity == .note && $0.message.hasPrefix("criterion 'script' has no score") })
        let unknown = NewFile.scorecard(site: site.root, name: "nope", rep: "tom-becker", scoredBy: nil, account: nil, date: nil)
        #expect(unknown.diagnostics.first?.message.hasPrefix("unknown scorecard 'nope'") == true)
    }

    @Test func aPageInANewSectionBringsTheSectionsLandingPage() throws {
        let site = try TemporarySite.sample()
        defer { site.cleanUp() }
        let created = NewFile.page(site: site.root, path: "renewals/the-renewal-call", title: "The renewal call")
        #expect(created.diagnostics.isEmpty)
        #expect(created.files == ["content/renewals/_index.md", "content/renewals/the-renewal-call.md"])
        #expect(try text(site, created.files[1]).contains("title: \"The renewal call\""))
        let report = site.build(strict: true)
        #expect(report.succeeded, "\(report.diagnostics.lines)")
        #expect(site.read("renewals/the-renewal-call/index.html") != nil)
        #expect(NewFile.page(site: site.root, path: "Renewals/../x", title: nil).diagnostics.hasErrors)
        #expect(NewFile.page(site: site.root, path: "just-a-slug", title: nil).diagnostics.hasErrors)
    }

    /// A Chinese team names its pages in Chinese; a dot (a language's mark) or an upper-case letter is refused.
    @Test func aPageMayHaveAChineseSlug() throws {
        let site = try TemporarySite.sample()
        defer { site.cleanUp() }
        let created = NewFile.page(site: site.root, path: "拜访/承诺目标-2", title: "承诺目标（二）")
        #expect(created.diagnostics.isEmpty)
        #expect(created.files == ["content/拜访/_index.md", "content/拜访/承诺目标-2.md"])
        let report = site.build(strict: true)
        #expect(report.succeeded, "\(report.diagnostics.lines)")
        #expect(site.read("拜访/承诺目标-2/index.html")?.contains("承诺目标（二）") == true)
        for refused in ["拜访/x.en", "拜访/Visit", "拜访/a b"] {
            #expect(NewFile.page(site: site.root, path: refused, title: nil).diagnostics.hasErrors, "\(refused)")
        }
    }
}
