/// A reporting period named as finance names it: `2026` (a year), `2026-H1`
/// (a half), `2026-Q4` (a quarter) or `2026-11` (a month). Its length in days
/// turns a velocity (revenue per day) into the revenue expected in the period.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let name: String
    public let year: Int
    /// First and last month of the period, 1–12.
    public let firstMonth: Int
    public let lastMonth: Int

    public init?(_ name: String) {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first), year > 0 else { return nil }
        switch parts.count {
        case 1:
            (firstMonth, lastMonth) = (1, 12)
        case 2:
            let part = parts[1]
            if part.count == 2, let quarter = Int(part.dropFirst()), part.first == "Q", (1...4).contains(quarter) {
                (firstMonth, lastMonth) = (quarter * 3 - 2, quarter * 3)
            } else if part.count == 2, let half = Int(part.dropFirst()), part.first == "H", (1...2).contains(half) {
                (firstMonth, lastMonth) = (half * 6 - 5, half * 6)
            } else if part.count == 2, let month = Int(part), (1...12).contains(month) {
                (firstMonth, lastMonth) = (month, month)
            } else {
                return nil
            }
        default:
            return nil
        }
        self.name = name
        self.year = year
    }

    /// The days from the first day of `firstMonth` to the last day of `lastMonth`.
    public var days: Int {
        (firstMonth...lastMonth).reduce(0) { $0 + CalendarDate.daysIn(month: $1, year: year) }
    }

    public var description: String { name }

    /// Earlier periods first; of two starting together, the shorter first.
    public static func < (a: Period, b: Period) -> Bool {
        (a.year, a.firstMonth, a.lastMonth) < (b.year, b.firstMonth, b.lastMonth)
    }

    public static let formats = "YYYY, YYYY-H1, YYYY-Q4 or YYYY-MM"
}
