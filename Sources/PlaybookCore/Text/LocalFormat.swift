/// Figures and dates as a reader of one language writes them: the patterns
/// come from that language's catalogue (`format.percent`, `format.money`,
/// `format.date`, `format.months`), so a theme can change them and the digits
/// stay `Format`'s, the same on every machine.
public struct LocalFormat: Sendable {
    public var messages: Messages
    /// The ISO 4217 code shown on money (`CNY`); plain amounts without one.
    public var currency: String?
    private var months: [String]

    public init(messages: Messages, currency: String? = nil) {
        self.messages = messages
        self.currency = currency
        months = messages["format.months"].split(separator: " ").map(String.init)
    }

    /// `0.253` → `25.3 %` (en) or `25.3%` (zh).
    public func percent(_ ratio: Double, decimals: Int = 1) -> String {
        messages.text("format.percent", ["value": Format.grouped(ratio * 100, decimals: decimals)])
    }

    /// A change as a signed percentage: `1.12` → `+12.0 %`.
    public func change(_ ratio: Double) -> String {
        let delta = ratio - 1
        return (delta > 0 ? "+" : delta < 0 ? "−" : "") + percent(abs(delta))
    }

    /// An amount with the site's currency: `CNY 1,250,000` (en), `¥1,250,000` (zh).
    public func money(_ value: Double) -> String {
        let amount = Format.grouped(value)
        guard let currency else { return amount }
        let symbol = Self.symbols[currency] ?? currency + " "
        return messages.text("format.money", ["code": currency, "symbol": symbol, "amount": amount])
    }

    /// `27 November 2026` (en), `2026年11月27日` (zh).
    public func date(_ date: CalendarDate) -> String {
        let month = months.indices.contains(date.month - 1) ? months[date.month - 1] : String(date.month)
        return messages.text("format.date", ["year": String(date.year), "month": month, "day": String(date.day)])
    }

    /// A `YYYY-MM-DD` text as `date` writes it; any other text as it is.
    public func date(_ text: String) -> String {
        CalendarDate(text).map(date) ?? text
    }

    /// The sign a currency is written with where a catalogue's `format.money`
    /// uses `{{symbol}}`; a code not listed is written as itself and a space.
    public static let symbols = ["CNY": "¥", "USD": "US$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "HKD": "HK$"]
}
