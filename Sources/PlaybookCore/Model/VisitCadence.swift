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

    package init(days: [AccountTier: Int]) {
        self.days = days
    }
}
