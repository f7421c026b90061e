import Foundation
import PlaybookContent
import PlaybookCore

/// The growth formula: performance = opportunities × conversion rate ×
/// average deal ÷ sales cycle. A velocity — revenue per day — whose four
/// factors are the levers a manager can design activities for.
public enum GrowthFormula {
    /// Revenue per day.
    public static func velocity(_ m: PeriodMetrics) -> Double {
        m.opportunities * m.conversionRate * m.averageDeal / m.cycleDays
    }

    /// Velocity × the period's days: what the period should bring in.
    public static func expectedRevenue(_ m: PeriodMetrics) -> Double {
        velocity(m) * Double(m.period.days)
    }

    /// Expected revenue as a share of the target; nil without a positive target.
    public static func attainment(expected: Double, target: Double?) -> Double? {
        guard let target, target > 0 else { return nil }
        return expected / target
    }

    public enum Factor: String, Sendable, CaseIterable {
        case opportunities, conversionRate, averageDeal, cycle

        /// The catalogue key of the factor's name (`商机数`, `Opportunities`).
        public var messageKey: String {
            switch self {
            case .opportunities: "figures.opportunities"
            case .conversionRate: "figures.conversion_rate"
            case .averageDeal: "figures.average_deal"
            case .cycle: "figures.sales_cycle"
            }
        }
    }

    /// How velocity changed between two periods, factor by factor.
    public struct Change: Sendable, Equatable {
        /// Current velocity ÷ previous velocity (nil when the previous was zero).
        public var velocityRatio: Double?
        /// Each factor's effect on velocity as a ratio: for the cycle, previous ÷ current
        /// (a shorter cycle raises velocity). Nil where the previous value was zero.
        public var effects: [Factor: Double]
        /// The factor whose effect was largest (furthest from 1 on a log scale), if any moved.
        public var biggestMover: Factor?
    }

    /// Velocity is a product, so its ratio is the product of the factors' ratios,
    /// and the factor with the largest |log ratio| moved it most.
    public static func change(from previous: PeriodMetrics, to current: PeriodMetrics) -> Change {
        func ratio(_ now: Double, _ before: Double) -> Double? { before > 0 ? now / before : nil }
        var effects: [Factor: Double] = [:]
        effects[.opportunities] = ratio(current.opportunities, previous.opportunities)
        effects[.conversionRate] = ratio(current.conversionRate, previous.conversionRate)
        effects[.averageDeal] = ratio(current.averageDeal, previous.averageDeal)
        effects[.cycle] = ratio(previous.cycleDays, current.cycleDays)
        var biggest: (Factor, Double)?
        for factor in Factor.allCases {
            guard let effect = effects[factor], effect > 0 else { continue }
            let size = abs(log(effect))
            if size > 1e-12, size > (biggest?.1 ?? 0) { biggest = (factor, size) }
        }
        let before = velocity(previous)
        return Change(velocityRatio: before > 0 ? velocity(current) / before : nil, effects: effects, biggestMover: biggest?.0)
    }
}
