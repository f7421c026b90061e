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

@Suite struct TeamReportTests {
    private func rep(_ id: String, manager: String? = nil, target: Double? = nil, _ periods: [(String, Double)] = []) -> Rep {
        var rep = Rep(id: id, name: id.uppercased(), manager: manager, location: SourceLocation(path: "t.yaml"))
        rep.revenueTarget = target
        rep.metrics = periods.map {
            PeriodMetrics(period: Period($0.0)!, opportunities: $0.1, conversionRate: 0.5, averageDeal: 92, cycleDays: 1)
        }
        return rep
    }

    private var data: TeamData {
        TeamData(
            reps: [
                rep("boss", target: 1000, [("2026-Q3", 1), ("2026-Q4", 1)]),
                rep("ann", manager: "boss", target: 1000, [("2026-Q4", 2)]),
                rep("bob", manager: "ann", [("2026-Q3", 2), ("2026-Q4", 4)]),
                rep("new", manager: "boss"),
            ],
            accounts: [
                account("x", revenue: 300, owner: "ann", level: 5, stage: .customer, lastVisit: "2026-11-20"),
                account("y", revenue: 200, owner: "ann", level: 1, stage: .lead),
                account("z", revenue: 100, owner: "bob", level: 1, stage: .lead, lastVisit: "2020-01-01"),
            ])
    }

    @Test func perRepFigures() throws {
        let report = TeamReport(data: data, asOf: CalendarDate("2026-11-27")!)
        let ann = try #require(report.rep("ann"))
        let q4 = try #require(ann.latest)
        // 2 × 0.5 × 92 / 1 = 92 per day; × 92 days in Q4 = 8,464
        #expect(q4.velocity == 92)
        #expect(q4.expectedRevenue == 8464)
        #expect(q4.target == 1000)
        #expect(q4.attainment == 8.464)
        #expect(ann.funnel == [.customer: 1, .lead: 1])
        #expect(ann.relationshipSpread == [1, 0, 0, 0, 1])
        #expect(ann.change == nil)  // one period only
        #expect(report.rep("bob")?.change?.biggestMover == .opportunities)
    }

    @Test func managersRollUpEveryoneBelowThem() throws {
        let report = TeamReport(data: data, asOf: CalendarDate("2026-11-27")!)
        let boss = try #require(report.rep("boss"))
        #expect(boss.directReports == ["ann", "new"])
        #expect(boss.teamSize == 4)
        let q4 = try #require(boss.team.last)
        // boss 1, ann 2, bob 4 opportunities in Q4 → 7 × 46 = 322 per day
        #expect(q4.velocity == 322)
        #expect(q4.target == 2000)  // bob and new have no target
        #expect(boss.team.map(\.period.name) == ["2026-Q3", "2026-Q4"])
        #expect(try #require(report.rep("ann")).team.last?.velocity == 276)  // ann 2 + bob 4
        #expect(report.totals.last?.velocity == 322)
        #expect(report.periods.map(\.name) == ["2026-Q3", "2026-Q4"])
    }

    @Test func aRepWithNoMetrics() throws {
        let report = TeamReport(data: data, asOf: CalendarDate("2026-11-27")!)
        let new = try #require(report.rep("new"))
        #expect(new.latest == nil && new.periods.isEmpty && new.change == nil && new.accounts.isEmpty)
        #expect(new.funnel.isEmpty && new.relationshipSpread == [0, 0, 0, 0, 0])
    }

    @Test func accountsInTierOrderWithOverdue() {
        let report = TeamReport(data: data, cadence: VisitCadence(days: [.A: 30, .B: 30, .D: 30]), asOf: CalendarDate("2026-11-27")!)
        #expect(report.accounts.map(\.account.id) == ["x", "y", "z"])
        #expect(report.accounts.map(\.tier) == [.A, .B, .D])  // N = 3: ⌊5r/3⌋ = 0, 1, 3
        #expect(report.accounts.map(\.isOverdue) == [false, true, true])
        #expect(report.accounts.map(\.ownerName) == ["ANN", "ANN", "BOB"])
        // The next visit is a cadence after the last; an account never visited has no date, and no day count.
        #expect(report.accounts.map(\.nextVisitDue) == [CalendarDate("2026-12-20"), nil, CalendarDate("2020-01-31")])
        #expect(
            report.accounts.map(\.daysOverdue) == [nil, nil, CalendarDate("2026-11-27")!.dayNumber - CalendarDate("2020-01-31")!.dayNumber])
    }

    @Test func calendarDaysCountBothWays() {
        for text in ["2024-02-28", "2024-02-29", "2024-03-01", "2000-02-29", "1999-12-31", "2100-03-01", "0001-01-01"] {
            let date = CalendarDate(text)!
            #expect(CalendarDate(dayNumber: date.dayNumber) == date, "\(text)")
        }
        #expect(CalendarDate("2026-12-20")!.adding(days: 30).description == "2027-01-19")
        #expect(CalendarDate("2024-02-28")!.adding(days: 1).description == "2024-02-29")
    }

    @Test func attainmentBands() {
        let bands = AttainmentBands.standard
        #expect([1.2, 1.0, 0.999, 0.9, 0.8999, 0.5].map { bands.band($0) } == [.onTarget, .onTarget, .watch, .watch, .behind, .behind])
    }
}
