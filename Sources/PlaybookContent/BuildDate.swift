import Foundation
import PlaybookCore

/// The day a build judges dates on, read from the environment with the rest
/// of the build's input.
public enum BuildDate {
    /// The day overdue visits are judged on when `as_of` is not set: the
    /// SOURCE_DATE_EPOCH of reproducible builds if set, else today in UTC.
    public static func today() -> CalendarDate {
        var seconds = Date().timeIntervalSince1970
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let value = Double(epoch) { seconds = value }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
