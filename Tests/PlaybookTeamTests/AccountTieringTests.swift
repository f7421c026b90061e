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

func account(
    _ id: String, revenue: Double, owner: String = "r1", level: Int = 3, stage: AccountStage = .customer,
    lastVisit: String? = nil
) -> Account {
    Account(
        id: id, name: id, owner: owner, segment: "smb", annualRevenue: revenue, relationshipLevel: level, stage: stage,
        lastVisit: lastVisit.flatMap(CalendarDate.init), location: SourceLocation(path: "a.csv"),
        ownerLocation: SourceLocation(path: "a.csv"))
}

@Suite struct AccountTieringTests {
    @Test func tenAccountsTwoPerTier() {
        let accounts = (1...10).map { account("a\($0)", revenue: Double($0) * 1000) }
        let tiers = AccountTiering.tiers(accounts)
        #expect(tiers["a10"] == .A && tiers["a9"] == .A)
        #expect(tiers["a8"] == .B && tiers["a7"] == .B)
        #expect(tiers["a2"] == .E && tiers["a1"] == .E)
    }

    @Test func oneAccountIsTierA() {
        #expect(AccountTiering.tiers([account("only", revenue: 5)]) == ["only": .A])
    }

    @Test func countNotDivisibleByFive() {
        // N = 7: ranks 0…6 → ⌊5r/7⌋ = 0,0,1,2,2,3,4
        let accounts = (0..<7).map { account("a\($0)", revenue: Double(100 - $0)) }
        let tiers = AccountTiering.tiers(accounts)
        #expect((0..<7).map { tiers["a\($0)"]! } == [.A, .A, .B, .C, .C, .D, .E])
    }

    @Test func tiesAreBrokenByID() {
        let tiers = AccountTiering.tiers([
            account("b", revenue: 10), account("a", revenue: 10), account("c", revenue: 1),
            account("d", revenue: 1), account("e", revenue: 1),
        ])
        #expect(tiers["a"] == .A && tiers["b"] == .B)
        #expect(tiers["c"] == .C && tiers["d"] == .D && tiers["e"] == .E)
    }

    @Test func noAccounts() {
        #expect(AccountTiering.tiers([]).isEmpty)
    }

    @Test func overdueVisits() {
        let cadence = VisitCadence(days: [.A: 30, .B: 60])
        let today = CalendarDate("2026-11-27")!
        #expect(cadence.isOverdue(tier: .A, lastVisit: CalendarDate("2026-10-27"), today: today) == true)  // 31 days
        #expect(cadence.isOverdue(tier: .A, lastVisit: CalendarDate("2026-10-28"), today: today) == false)  // 30 days
        #expect(cadence.isOverdue(tier: .A, lastVisit: nil, today: today) == true)
        #expect(cadence.isOverdue(tier: .C, lastVisit: nil, today: today) == false)  // no cadence for C
        #expect(CalendarDate("2025-01-01")!.dayNumber - CalendarDate("2024-01-01")!.dayNumber == 366)
        #expect(CalendarDate("2026-03-01")!.dayNumber - CalendarDate("2026-02-28")!.dayNumber == 1)
    }
}
