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

    /// When the next visit is due: a cadence after the last one; nil for an account never visited or a tier without a cadence.
    public func nextVisitDue(tier: AccountTier, lastVisit: CalendarDate?) -> CalendarDate? {
        guard let cadence = days[tier], let lastVisit else { return nil }
        return lastVisit.adding(days: cadence)
    }

    /// How many days past due the next visit is on `today`; nil when it is not overdue or was never due (never visited).
    public func daysOverdue(tier: AccountTier, lastVisit: CalendarDate?, today: CalendarDate) -> Int? {
        guard let due = nextVisitDue(tier: tier, lastVisit: lastVisit), today.dayNumber > due.dayNumber else { return nil }
        return today.dayNumber - due.dayNumber
    }

    package init(days: [AccountTier: Int]) {
        self.days = days
    }
}
