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

/// A sheet still being filled in (`draft: true`) is published for its rep and
/// their manager, badged as a draft, and never listed as done.
@Suite struct DraftSheetTests {
    static let path = "content/visit-plans/2026-12-01-pioneer-agritech.md"
    static let url = "visit-plans/2026-12-01-pioneer-agritech/"
    static let draft = """
        ---
        form: visit-plan
        draft: true
        rep: anna-kowalski
        account: pioneer-agritech
        date: 2026-12-01
        reason:
        best_commitment: 一次产品测试。
        minimum_commitment:
        ---

        """

    @Test func aDraftBuildsStrictWithNotesAtItsEmptyFields() throws {
        let site = try TemporarySite.sample()
        defer { site.cleanUp() }
        try site.write(Self.path, Self.draft)
        let report = site.build(strict: true)
        #expect(report.succeeded, "\(report.diagnostics.lines)")
        #expect(
            report.diagnostics.lines == [
                "\(Self.path):7:8: note: required field 'reason' is empty; fill it in before removing 'draft: true'",
                "\(Self.path):9:20: note: required field 'minimum_commitment' is empty; fill it in before removing 'draft: true'",
            ])
        #expect(report.lines(format: .text, command: "build").last?.contains("(0 errors, 0 warnings, 2 notes)") == true)
        #expect(
            report.lines(format: .github, command: "check").first
                == "::notice file=\(Self.path),line=7,col=8::required field 'reason' is empty; fill it in before removing 'draft: true'")
    }

    @Test func aDraftsMistakesStillFailTheBuild() throws {
        let site = try TemporarySite.sample()
        defer { site.cleanUp() }
        try site.write(
            Self.path,
            Self.draft.replacingOccurrences(of: "rep: anna-kowalski", with: "rep: nobody")
                .replacingOccurrences(of: "reason:\n", with: "reason: Lunch\n"))
        let report = site.build(strict: true)
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.filter { $0.severity == .error }.lines == [
                "\(Self.path):4:6: error: field 'rep' names 'nobody', who is not a rep in team.yaml",
                "\(Self.path):7:9: error: field 'reason' must be one of 'Executive visit', 'First visit', 'Reviving a stalled deal', "
                    + "'Rare contact with this customer', not 'Lunch'",
            ])
    }

    @Test func withoutDraftTheSameSheetFails() throws {
        let site = try TemporarySite.sample()
        defer { site.cleanUp() }
        try site.write(Self.path, Self.draft.replacingOccurrences(of: "draft: true\n", with: ""))
        let report = site.build()
        #expect(
            report.diagnostics.lines == [
                "\(Self.path):6:8: error: required field 'reason' is empty",
                "\(Self.path):8:20: error: required field 'minimum_commitment' is empty",
            ])
        // Without notes the summary line is as it always was.
        #expect(report.lines(format: .text, command: "build").last?.hasPrefix("build failed: 2 errors, 0 warnings; nothing") == true)
    }

    @Test func aDraftShowsOnItsRepsAndManagersPagesBadgedAndNotOnTheAccounts() throws {
        let site = try TemporarySite.sample()
        defer { site.cleanUp() }
        try site.write(Self.path, Self.draft)
        let report = site.build(strict: true)
        #expect(report.succeeded, "\(report.diagnostics.lines)")

        let sheet = try #require(site.read(Self.url + "index.html"))
        #expect(sheet.contains("class=\"sheet-draft\"") && sheet.contains("草稿"))
        #expect(site.read("en/" + Self.url + "index.html")?.contains(">Draft</span>") == true)
        for (language, badge) in [("", "草稿"), ("en/", "Draft")] {
            for rep in ["anna-kowalski", "maria-lopez"] {  // the rep, and the rep's manager
                let page = try #require(site.read(language + "team/\(rep)/index.html"))
                let row = try #require(page.split(separator: "\n").first { $0.contains(Self.url) }, "\(language)\(rep)")
                #expect(row.contains("<span class=\"badge badge-draft\">\(badge)</span>"), "\(row)")
            }
            #expect(site.read(language + "team/wei-zhang/index.html")?.contains(Self.url) == false)
            #expect(site.read(language + "accounts/pioneer-agritech/index.html")?.contains(Self.url) == false)
            #expect(site.read(language + "visit-plans/index.html")?.contains(Self.url) == false)
        }
        // A finished sheet of the account is still listed there, without a badge.
        let account = try #require(site.read("accounts/pioneer-agritech/index.html"))
        #expect(account.contains("visit-plans/2026-11-18-pioneer-agritech/") && !account.contains("badge-draft"))
        #expect(site.read("assets/search-index.js")?.contains(Self.url) == false)
    }
}
