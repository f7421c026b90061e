/// One person of the sales team, as `team.yaml` describes them.
public struct Rep: Sendable {
    public var id: String
    public var name: String
    public var role: String?
    /// The id of the rep this one reports to.
    public var manager: String?
    public var region: String?
    /// Revenue target for every period, unless `periodTargets` names the period.
    public var revenueTarget: Double?
    public var periodTargets: [String: Double] = [:]
    /// Figures per period, earliest first.
    public var metrics: [PeriodMetrics] = []
    /// Where the rep's entry starts, and where its `manager:` value is.
    public var location: SourceLocation
    public var managerLocation: SourceLocation?

    public func target(for period: Period) -> Double? {
        periodTargets[period.name] ?? revenueTarget
    }

    package init(
        id: String, name: String, role: String? = nil, manager: String? = nil, region: String? = nil, revenueTarget: Double? = nil,
        periodTargets: [String: Double] = [:], metrics: [PeriodMetrics] = [], location: SourceLocation,
        managerLocation: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.manager = manager
        self.region = region
        self.revenueTarget = revenueTarget
        self.periodTargets = periodTargets
        self.metrics = metrics
        self.location = location
        self.managerLocation = managerLocation
    }
}

/// A rep's figures for one period: the four factors of the growth formula,
/// activity counts, and the optional figures of the other metric categories.
public struct PeriodMetrics: Sendable, Equatable {
    public var period: Period
    public var opportunities: Double
    public var conversionRate: Double
    public var averageDeal: Double
    public var cycleDays: Double
    public var visits: Double?
    public var calls: Double?
    /// Customer satisfaction, as the team measures it (a score or a share).
    public var customerSatisfaction: Double?
    public var employeeSatisfaction: Double?
    /// Market share, 0–1.
    public var marketShare: Double?

    public init(
        period: Period, opportunities: Double, conversionRate: Double, averageDeal: Double, cycleDays: Double,
        visits: Double? = nil, calls: Double? = nil, customerSatisfaction: Double? = nil,
        employeeSatisfaction: Double? = nil, marketShare: Double? = nil
    ) {
        self.period = period
        self.opportunities = opportunities
        self.conversionRate = conversionRate
        self.averageDeal = averageDeal
        self.cycleDays = cycleDays
        self.visits = visits
        self.calls = calls
        self.customerSatisfaction = customerSatisfaction
        self.employeeSatisfaction = employeeSatisfaction
        self.marketShare = marketShare
    }
}

/// A customer or prospect, one row of `accounts.csv`.
public struct Account: Sendable {
    public var id: String
    public var name: String
    /// The id of the rep who owns the account.
    public var owner: String
    public var segment: String
    public var annualRevenue: Double
    /// 1–5 on the buyer–seller relationship ladder.
    public var relationshipLevel: Int
    public var stage: AccountStage
    public var lastVisit: CalendarDate?
    /// The row's line, and where its `owner` field is.
    public var location: SourceLocation
    public var ownerLocation: SourceLocation

    package init(
        id: String, name: String, owner: String, segment: String, annualRevenue: Double, relationshipLevel: Int, stage: AccountStage,
        lastVisit: CalendarDate? = nil, location: SourceLocation, ownerLocation: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.owner = owner
        self.segment = segment
        self.annualRevenue = annualRevenue
        self.relationshipLevel = relationshipLevel
        self.stage = stage
        self.lastVisit = lastVisit
        self.location = location
        self.ownerLocation = ownerLocation
    }
}

/// Where an account stands in the funnel, from potential customer to customer.
public enum AccountStage: String, Sendable, CaseIterable {
    case potential, lead, opportunity, customer

    /// Position in the funnel, 0 for a potential customer.
    public var order: Int {
        switch self {
        case .potential: 0
        case .lead: 1
        case .opportunity: 2
        case .customer: 3
        }
    }

    /// The catalogue key of the stage's name (`潜在客户`, `Potential customer`).
    public var messageKey: String {
        switch self {
        case .potential: "stage.potential"
        case .lead: "stage.lead"
        case .opportunity: "stage.opportunity"
        case .customer: "stage.customer"
        }
    }
}

/// An account's tier by annual revenue: A is the top fifth, E the bottom fifth.
public enum AccountTier: String, Sendable, CaseIterable, Comparable {
    // swift-format-ignore: AlwaysUseLowerCamelCase
    // The tiers as sales teams name them.
    case A, B, C, D, E

    public static func < (a: AccountTier, b: AccountTier) -> Bool { a.rawValue < b.rawValue }
}

/// The five levels of the relationship ladder, lowest first, as catalogue
/// keys: how the customer sees us ("Delivers products to specification" …
/// "Contributes to the customer's organisational issues").
public enum RelationshipLevel {
    public static let messageKeys = ["ladder.level_1", "ladder.level_2", "ladder.level_3", "ladder.level_4", "ladder.level_5"]
}

/// The team data as read: reps and accounts.
public struct TeamData: Sendable {
    public var reps: [Rep] = []
    public var accounts: [Account] = []

    public init(reps: [Rep] = [], accounts: [Account] = []) {
        self.reps = reps
        self.accounts = accounts
    }

    public var isEmpty: Bool { reps.isEmpty && accounts.isEmpty }
}
