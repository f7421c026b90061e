/// Accounts tiered A–E by revenue quintile: sorted by annual revenue, highest
/// first, ties broken by id, the account at 0-based rank r of N gets tier
/// "ABCDE"[⌊5r/N⌋]. The same list always gives the same tiers.
public enum AccountTiering {
    public static func tiers(_ accounts: [Account]) -> [String: AccountTier] {
        let ranked = accounts.sorted {
            $0.annualRevenue != $1.annualRevenue ? $0.annualRevenue > $1.annualRevenue : $0.id < $1.id
        }
        var tiers: [String: AccountTier] = [:]
        let count = ranked.count
        for (rank, account) in ranked.enumerated() {
            tiers[account.id] = AccountTier.allCases[5 * rank / count]
        }
        return tiers
    }
}

/// How often each tier should be visited, in days, from `playbook.yaml`'s `visit_cadence`.
public struct VisitCadence: Sendable, Equatable {
    public var days: [AccountTier: Int]

    public static let standard = VisitCadence(days: [.A: 30, .B: 60, .C: 90, .D: 180, .E: 365])

    /// Whether an account last visited on `lastVisit` is overdue on `today`; an
    /// account never visited is overdue in every tier with a cadence.
    public func isOverdue(tier: AccountTier, lastVisit: CalendarDate?, today: CalendarDate) -> Bool {
        guard let cadence = days[tier] else { return false }
        guard let lastVisit else { return true }
        return today.dayNumber - lastVisit.dayNumber > cadence
    }
}

extension CalendarDate {
    /// Days since 0000-03-01 in the proleptic Gregorian calendar: for differences between dates.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }
}
