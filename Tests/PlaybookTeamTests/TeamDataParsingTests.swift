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

@Suite struct TeamParserTests {
    @Test func repsWithTargetsAndMetrics() {
        let (reps, problems) = TeamParser().parse(
            """
            reps:
              - id: ann
                name: Ann
                role: AE
                manager: boss
                targets: {revenue: 1000, 2026-Q4: {revenue: 2000}}
                metrics:
                  2026-Q4: {opportunities: 10, conversion_rate: 0.2, average_deal: 500, cycle_days: 30, satisfaction: 8, share: 0.1}
                  2026-Q3: {opportunities: 8, conversion_rate: 0.25, average_deal: 400, cycle_days: 45}
            """)
        #expect(problems.isEmpty)
        let ann = reps[0]
        #expect(ann.id == "ann" && ann.manager == "boss" && ann.role == "AE")
        #expect(ann.managerLocation?.line == 5)
        #expect(ann.metrics.map(\.period.name) == ["2026-Q3", "2026-Q4"])
        #expect(ann.metrics[1].customerSatisfaction == 8 && ann.metrics[1].marketShare == 0.1)
        #expect(ann.target(for: Period("2026-Q4")!) == 2000)
        #expect(ann.target(for: Period("2026-Q3")!) == 1000)
    }

    @Test func everyBadFigureAtItsLine() {
        let (_, problems) = TeamParser().parse(
            """
            reps:
              - id: ann
                metrics:
                  2026-Q4: {opportunities: many, conversion_rate: 1.5, average_deal: 500, cycle_days: 0}
                  2026-Q9: {opportunities: 1, conversion_rate: 0.1, average_deal: 1, cycle_days: 1}
                  2026-Q3: {opportunities: 1, conversion_rate: 0.1}
              - name: No id
            """)
        #expect(
            problems.lines == [
                "content/_data/team.yaml:4:32: error: '2026-Q4.opportunities' must be a number, not 'many'",
                "content/_data/team.yaml:4:55: error: '2026-Q4.conversion_rate' must be between 0 and 1, not 1.5",
                "content/_data/team.yaml:4:91: error: '2026-Q4.cycle_days' must be more than 0, not 0",
                "content/_data/team.yaml:5:7: error: period '2026-Q9' must be written YYYY, YYYY-H1, YYYY-Q4 or YYYY-MM",
                "content/_data/team.yaml:6:16: error: 2026-Q3 needs the four factors of the growth formula; missing: average_deal, cycle_days",
                "content/_data/team.yaml:7:5: error: a rep needs an 'id'",
            ])
    }

    @Test func notYAML() {
        let (_, problems) = TeamParser().parse("reps:\n  - id: [unclosed\n")
        #expect(problems.count == 1)
        #expect(problems[0].description.hasPrefix("content/_data/team.yaml:3:1: error: invalid YAML"))
    }
}

@Suite struct AccountsParserTests {
    @Test func rowsWithOptionalLastVisit() {
        let (accounts, problems) = AccountsParser().parse(
            """
            id,name,owner,segment,annual_revenue,relationship_level,stage,last_visit
            acme,"Acme, Inc.",ann,smb,1000,3,customer,2026-10-01
            beta,Beta,bob,enterprise,2500.5,1,Lead,

            """)
        #expect(problems.isEmpty)
        #expect(accounts.map(\.name) == ["Acme, Inc.", "Beta"])
        #expect(accounts[0].lastVisit == CalendarDate("2026-10-01"))
        #expect(accounts[1].stage == .lead && accounts[1].lastVisit == nil && accounts[1].annualRevenue == 2500.5)
        #expect(accounts.map(\.location.line) == [2, 3])
    }

    @Test func everyBadFieldAtItsRowAndColumn() {
        let (accounts, problems) = AccountsParser().parse(
            """
            id,name,owner,segment,annual_revenue,relationship_level,stage,last_visit
            a1,"Multi
            line",ann,smb,lots,3,customer,
            a2,A2,ann,smb,100,6,prospect,2026-02-30
            ,A3,,smb,100,2,lead,
            """)
        #expect(accounts.isEmpty)
        #expect(
            problems.lines == [
                "content/_data/accounts.csv:2:1: error: 'annual_revenue' must be a number of at least 0, not 'lots'",
                "content/_data/accounts.csv:4:19: error: 'relationship_level' must be a whole number from 1 to 5, not '6'",
                "content/_data/accounts.csv:4:21: error: unknown stage 'prospect' (known: potential, lead, opportunity, customer)",
                "content/_data/accounts.csv:4:30: error: 'last_visit' must be a date written YYYY-MM-DD, not '2026-02-30'",
                "content/_data/accounts.csv:5:1: error: an account needs an 'id'",
                "content/_data/accounts.csv:5:5: error: account '' needs an 'owner' (a rep id)",
            ])
    }

    @Test func headerRowChecked() {
        let (_, problems) = AccountsParser().parse("id,name,owner,revenue\n")
        #expect(
            problems.lines == [
                "content/_data/accounts.csv:1:15: warning: unknown column 'revenue' (known: id, name, owner, segment, annual_revenue, relationship_level, stage, last_visit)",
                "content/_data/accounts.csv:1:1: error: the header row lacks the columns segment, annual_revenue, relationship_level, stage",
            ])
        #expect(
            AccountsParser().parse("").1.lines == ["content/_data/accounts.csv:1:1: error: accounts.csv is empty: it needs a header row"])
    }
}

@Suite struct TeamValidatorTests {
    private func rep(_ id: String, line: Int, manager: String? = nil) -> Rep {
        Rep(
            id: id, name: id, manager: manager, location: SourceLocation(path: "content/_data/team.yaml", line: line, column: 5),
            managerLocation: manager.map { _ in SourceLocation(path: "content/_data/team.yaml", line: line + 1, column: 14) })
    }

    @Test func unknownManagerLoopsDuplicatesAndOwners() {
        var owned = account("acct", revenue: 1, owner: "ghost")
        owned.location = SourceLocation(path: "content/_data/accounts.csv", line: 2)
        owned.ownerLocation = SourceLocation(path: "content/_data/accounts.csv", line: 2, column: 10)
        var twin = account("acct", revenue: 2, owner: "a")
        twin.location = SourceLocation(path: "content/_data/accounts.csv", line: 3)
        let data = TeamData(
            reps: [
                rep("a", line: 2, manager: "b"), rep("b", line: 5, manager: "c"), rep("c", line: 8, manager: "a"),
                rep("d", line: 11, manager: "nobody"), rep("a", line: 14), rep("bad id", line: 17),
            ], accounts: [owned, twin])
        #expect(
            TeamValidator().validate(data).sorted().lines == [
                "content/_data/accounts.csv:2:10: error: account 'acct' is owned by 'ghost', who is not a rep in team.yaml",
                "content/_data/accounts.csv:3:1: error: duplicate account id 'acct' (first at line 2)",
                "content/_data/team.yaml:3:14: error: management loop: a → b → c → a (someone in a team must have no manager, or one outside it)",
                "content/_data/team.yaml:12:14: error: unknown manager 'nobody': no rep has that id",
                "content/_data/team.yaml:14:5: error: duplicate rep id 'a' (first at line 2)",
                "content/_data/team.yaml:17:5: error: rep id 'bad id' is used in URLs: use letters, digits, '-', '_' and '.'",
            ])
    }

    @Test func aRepWhoManagesThemselves() {
        let problems = TeamValidator().validate(TeamData(reps: [rep("solo", line: 2, manager: "solo")]))
        #expect(
            problems.lines == [
                "content/_data/team.yaml:3:14: error: management loop: solo → solo (someone in a team must have no manager, or one outside it)"
            ])
    }
}

@Suite struct TeamDataReaderTests {
    /// The two files are read at once: each file's rows land in their own list, the team's problems come first.
    @Test func bothFilesReadTheirProblemsInFileOrder() {
        let team = SourceFile(
            path: "content/_data/team.yaml", data: Data("reps:\n  - id: ann\n    name: Ann\n    targets: {revenue: lots}\n".utf8))
        let accounts = SourceFile(
            path: "content/_data/accounts.csv",
            data: Data(
                """
                id,name,owner,segment,annual_revenue,relationship_level,stage,last_visit
                acme,Acme,ann,smb,1000,9,customer,
                beta,Beta,ann,smb,2000,1,lead,

                """.utf8))
        let (data, problems) = TeamDataReader.read(team: team, accounts: accounts)
        #expect(data.reps.map(\.id) == ["ann"])
        #expect(data.accounts.map(\.id) == ["beta"])  // a row with a bad field is left out
        #expect(problems.count == 2)
        #expect(problems.first?.location.path == "content/_data/team.yaml")
        #expect(problems.last?.location.path == "content/_data/accounts.csv")
        let (none, nothing) = TeamDataReader.read(team: nil, accounts: SourceFile(path: "content/_data/accounts.csv", data: Data([0xFF])))
        #expect(none.reps.isEmpty && none.accounts.isEmpty && nothing.count == 1)
    }
}
