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

@Suite struct TeamPagesTests {
    static let team = """
        reps:
          - id: boss
            name: Big <Boss>
            role: Manager
            targets: {revenue: 10000}
            metrics:
              2026-Q3: {opportunities: 10, conversion_rate: 0.5, average_deal: 100, cycle_days: 10}
              2026-Q4: {opportunities: 20, conversion_rate: 0.5, average_deal: 100, cycle_days: 10, market_share: 0.25}
          - id: ann
            name: Ann
            manager: boss
        """
    static let accounts = """
        id,name,owner,segment,annual_revenue,relationship_level,stage,last_visit
        big,Big Co,ann,enterprise,5000,4,customer,2026-11-01
        small,Small Co,ann,smb,10,1,lead,
        """

    private func site() throws -> TemporarySite {
        try TemporarySite([
            "playbook.yaml": "as_of: 2026-11-27\nvisit_cadence: {A: 30, C: 10}\n",
            "content/_index.md": "# Home\n\nSee [the team](team/) and [accounts](accounts/).\n",
            "content/_data/team.yaml": Self.team,
            "content/_data/accounts.csv": Self.accounts,
        ])
    }

    @Test func pagesForTheTeamEachRepTheAccountsAndEachAccount() throws {
        let site = try site()
        defer { site.cleanUp() }
        let report = site.build(strict: true)
        #expect(report.diagnostics.lines == [])
        for page in [
            "team/index.html", "team/boss/index.html", "team/ann/index.html", "accounts/index.html",
            "accounts/big/index.html", "accounts/small/index.html",
        ] {
            #expect(site.read(page) != nil, "\(page)")
        }
        let boss = try #require(site.read("team/boss/index.html"))
        // 20 × 0.5 × 100 / 10 = 100 a day; × 92 days = 9,200 against 10,000.
        #expect(boss.contains("<data value=\"100\">100</data>"))
        #expect(boss.contains("<data value=\"9200\">9,200</data>"))
        #expect(boss.contains("<data value=\"0.92\">92.0 %</data>"))
        #expect(boss.contains("Big &lt;Boss&gt;"))
        #expect(!boss.contains("Big <Boss>"))
        #expect(boss.contains("the factor that moved it most: <strong>Opportunities</strong>"))
        #expect(boss.contains("<svg class=\"chart\""))
        #expect(boss.contains("<title id=\"rep-chart-title\">Big &lt;Boss&gt;: expected revenue by period</title>"))
        #expect(boss.contains("Team (2 people)"))
        #expect(boss.contains("<data value=\"0.25\">25.0 %</data>"))  // market share among the four categories

        let ann = try #require(site.read("team/ann/index.html"))
        #expect(ann.contains("No figures for this rep yet"))
        #expect(ann.contains("<a href=\"../../accounts/big/index.html\">Big Co</a>"))

        let big = try #require(site.read("accounts/big/index.html"))
        #expect(big.contains("Tier A"))
        #expect(big.contains("<li class=\"current\" aria-current=\"step\">Contributes to the customer&#39;s business issues</li>"))
        #expect(!big.contains("badge-overdue"))  // 26 days, cadence 30
        let small = try #require(site.read("accounts/small/index.html"))
        // Two accounts: ranks 0 and 1 → ⌊5·1/2⌋ = 2, so the second is tier C.
        #expect(small.contains("Tier C") && small.contains("none recorded") && small.contains("overdue on 2026-11-27"))

        let accounts = try #require(site.read("accounts/index.html"))
        #expect(accounts.contains("2 accounts") && accounts.contains("1 have a visit overdue"))
        let home = try #require(site.read("index.html"))
        #expect(home.contains("<a href=\"team/index.html\">Team</a>"))  // in the sidebar
    }

    @Test func badTeamDataStopsTheBuildAndKeepsTheOldSite() throws {
        let site = try site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let before = snapshot(site.output)
        try site.write("content/_data/accounts.csv", Self.accounts + "\nbig,Again,ann,smb,1,1,lead,\n")
        try site.write("content/_data/team.yaml", Self.team.replacingOccurrences(of: "manager: boss", with: "manager: nobody"))
        let report = site.build()
        #expect(
            report.diagnostics.lines == [
                "content/_data/accounts.csv:4:1: error: duplicate account id 'big' (first at line 2)",
                "content/_data/team.yaml:11:14: error: unknown manager 'nobody': no rep has that id",
            ])
        #expect(snapshot(site.output) == before)
        try site.write("content/_data/team.yaml", "reps: [\n")
        #expect(
            site.build().diagnostics.lines.contains(
                "content/_data/team.yaml:2:1: error: invalid YAML: did not find expected node content (while parsing a flow node)"))
    }

    @Test func aContentPageCannotTakeAGeneratedURL() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.write("content/team.md", "# Our team\n")
        let report = site.build()
        #expect(
            report.diagnostics.lines == [
                "content/team.md:1:1: error: two files claim the output 'team/index.html': content/_data/team.yaml (the page team/) and content/team.md; rename or move one"
            ])
    }

    @Test func configForCadenceAndDate() {
        let (config, problems) = ConfigParser.parse("as_of: 2026-11-27\nvisit_cadence: {A: 14, F: 3, B: 0}\n")
        #expect(config.asOf == CalendarDate("2026-11-27"))
        #expect(config.visitCadence.days == [.A: 14])
        #expect(
            problems.lines == [
                "playbook.yaml:2:24: error: unknown tier 'F' (tiers are A, B, C, D, E)",
                "playbook.yaml:2:33: error: 'visit_cadence.B' must be more than 0 days",
            ])
    }
}
