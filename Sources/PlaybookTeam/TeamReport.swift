import PlaybookContent
import PlaybookCore

/// Everything the site shows about the team, computed once from the data:
/// each rep's formula by period, roll-ups for managers, team totals, tiers,
/// funnels and the relationship spread. Pure: no I/O, no clock (`asOf` is given).
public struct TeamReport: Sendable {
    public var asOf: CalendarDate
    public var cadence: VisitCadence
    /// Reps by id.
    public var reps: [RepReport]
    /// Accounts by tier, then revenue (highest first), then id.
    public var accounts: [AccountReport]
    /// Every period in the data, earliest first.
    public var periods: [Period]
    /// The whole team, per period.
    public var totals: [PeriodFigures]
    private var repIndex: [String: Int] = [:]
    private var accountIndex: [String: Int] = [:]

    public init(data: TeamData, cadence: VisitCadence = .standard, asOf: CalendarDate) {
        self.asOf = asOf
        self.cadence = cadence
        let tiers = AccountTiering.tiers(data.accounts)
        let names = Dictionary(data.reps.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let accounts = data.accounts.map { account in
            let tier = tiers[account.id] ?? .E
            return AccountReport(
                account: account, tier: tier, ownerName: names[account.owner] ?? account.owner,
                isOverdue: cadence.isOverdue(tier: tier, lastVisit: account.lastVisit, today: asOf),
                nextVisitDue: cadence.nextVisitDue(tier: tier, lastVisit: account.lastVisit),
                daysOverdue: cadence.daysOverdue(tier: tier, lastVisit: account.lastVisit, today: asOf))
        }.sorted {
            ($0.tier, -$0.account.annualRevenue, $0.account.id) < ($1.tier, -$1.account.annualRevenue, $1.account.id)
        }
        self.accounts = accounts
        var accountsByOwner: [String: [Int]] = [:]
        for (index, report) in accounts.enumerated() { accountsByOwner[report.account.owner, default: []].append(index) }
        var reportsOf: [String: [String]] = [:]
        for rep in data.reps { if let manager = rep.manager { reportsOf[manager, default: []].append(rep.id) } }

        let sortedReps = data.reps.sorted { $0.id < $1.id }
        var own: [String: [PeriodFigures]] = [:]
        for rep in sortedReps { own[rep.id] = rep.metrics.map { PeriodFigures(rep: rep, metrics: $0) } }

        // A manager's team: everyone below them, and themselves. Memoised; a loop (reported by validation) stops the walk.
        var members: [String: [String]] = [:]
        func team(of id: String, visiting: inout Set<String>) -> [String] {
            if let known = members[id] { return known }
            guard visiting.insert(id).inserted else { return [] }
            var result = [id]
            for report in (reportsOf[id] ?? []).sorted() { result += team(of: report, visiting: &visiting) }
            members[id] = result
            return result
        }

        let reps = sortedReps.map { rep in
            var visiting: Set<String> = []
            let direct = (reportsOf[rep.id] ?? []).sorted()
            let everyone = direct.isEmpty ? [rep.id] : team(of: rep.id, visiting: &visiting)
            let mine = (accountsByOwner[rep.id] ?? []).map { accounts[$0] }
            var funnel: [AccountStage: Int] = [:]
            var spread = Array(repeating: 0, count: 5)
            for account in mine {
                funnel[account.account.stage, default: 0] += 1
                if spread.indices.contains(account.account.relationshipLevel - 1) { spread[account.account.relationshipLevel - 1] += 1 }
            }
            var change: GrowthFormula.Change?
            if rep.metrics.count >= 2 {
                change = GrowthFormula.change(from: rep.metrics[rep.metrics.count - 2], to: rep.metrics[rep.metrics.count - 1])
            }
            return RepReport(
                rep: rep, periods: own[rep.id] ?? [], change: change, directReports: direct,
                team: direct.isEmpty ? [] : PeriodFigures.rollUp(everyone.compactMap { own[$0] }),
                teamSize: everyone.count, accounts: accountsByOwner[rep.id] ?? [],
                funnel: funnel, relationshipSpread: spread)
        }
        self.reps = reps
        for (index, report) in reps.enumerated() where repIndex[report.rep.id] == nil { repIndex[report.rep.id] = index }
        for (index, report) in accounts.enumerated() where accountIndex[report.account.id] == nil {
            accountIndex[report.account.id] = index
        }
        totals = PeriodFigures.rollUp(sortedReps.compactMap { own[$0.id] })
        periods = Array(Set(data.reps.flatMap { $0.metrics.map(\.period) })).sorted()
    }

    public func rep(_ id: String) -> RepReport? {
        repIndex[id].map { reps[$0] }
    }

    public func account(_ id: String) -> AccountReport? {
        accountIndex[id].map { accounts[$0] }
    }
}

/// A rep's (or a team's) figures for one period.
public struct PeriodFigures: Sendable, Equatable {
    public var period: Period
    public var opportunities: Double
    /// The rep's own factors; nil in a roll-up, where only sums mean something.
    public var metrics: PeriodMetrics?
    public var velocity: Double
    public var expectedRevenue: Double
    public var target: Double?
    public var attainment: Double?
    public var visits: Double?
    public var calls: Double?
    public var customerSatisfaction: Double?
    public var employeeSatisfaction: Double?
    public var marketShare: Double?

    package init(rep: Rep, metrics: PeriodMetrics) {
        period = metrics.period
        opportunities = metrics.opportunities
        self.metrics = metrics
        velocity = GrowthFormula.velocity(metrics)
        expectedRevenue = GrowthFormula.expectedRevenue(metrics)
        target = rep.target(for: metrics.period)
        attainment = GrowthFormula.attainment(expected: expectedRevenue, target: target)
        visits = metrics.visits
        calls = metrics.calls
        customerSatisfaction = metrics.customerSatisfaction
        employeeSatisfaction = metrics.employeeSatisfaction
        marketShare = metrics.marketShare
    }

    /// Sums per period (velocity, revenue, targets, activity), averages of the
    /// satisfaction and share figures over those who report them.
    package static func rollUp(_ people: [[PeriodFigures]]) -> [PeriodFigures] {
        var byPeriod: [Period: [PeriodFigures]] = [:]
        for figures in people { for figure in figures { byPeriod[figure.period, default: []].append(figure) } }
        return byPeriod.keys.sorted().compactMap { period in
            guard let all = byPeriod[period], var result = all.first else { return nil }
            func sum(_ value: (PeriodFigures) -> Double?) -> Double? {
                let values = all.compactMap(value)
                return values.isEmpty ? nil : values.reduce(0, +)
            }
            func mean(_ value: (PeriodFigures) -> Double?) -> Double? {
                let values = all.compactMap(value)
                return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
            }
            result.metrics = nil
            result.opportunities = sum(\.opportunities) ?? 0
            result.velocity = sum(\.velocity) ?? 0
            result.expectedRevenue = sum(\.expectedRevenue) ?? 0
            result.target = sum(\.target)
            result.attainment = GrowthFormula.attainment(expected: result.expectedRevenue, target: result.target)
            result.visits = sum(\.visits)
            result.calls = sum(\.calls)
            result.customerSatisfaction = mean(\.customerSatisfaction)
            result.employeeSatisfaction = mean(\.employeeSatisfaction)
            result.marketShare = mean(\.marketShare)
            return result
        }
    }
}

/// A rep with everything computed about them.
public struct RepReport: Sendable {
    public var rep: Rep
    public var periods: [PeriodFigures]
    /// The latest period against the one before.
    public var change: GrowthFormula.Change?
    /// Ids of the reps reporting to this one.
    public var directReports: [String]
    /// For a manager, the roll-up of everyone below them and themselves; empty otherwise.
    public var team: [PeriodFigures]
    public var teamSize: Int
    /// Indices into `TeamReport.accounts` (so in tier order).
    public var accounts: [Int]
    public var funnel: [AccountStage: Int]
    /// Accounts at relationship levels 1…5.
    public var relationshipSpread: [Int]

    public var latest: PeriodFigures? { periods.last }
    public var isManager: Bool { !directReports.isEmpty }
}

/// An account with its tier and visit status.
public struct AccountReport: Sendable {
    public var account: Account
    public var tier: AccountTier
    public var ownerName: String
    public var isOverdue: Bool
    /// A cadence after the last visit (nil: never visited, or no cadence for the tier).
    public var nextVisitDue: CalendarDate? = nil
    /// Days past that date on the report's day, when past it.
    public var daysOverdue: Int? = nil
}
