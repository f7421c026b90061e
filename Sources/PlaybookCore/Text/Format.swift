/// Numbers for people and for machines, the same on every computer: no locale,
/// no Foundation formatters.
public enum Format {
    /// The exact value, for `<data value="…">`: whole numbers without a decimal point.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// `1,234,567` or, with `decimals`, `1,234.57`. Beyond what whole numbers
    /// hold exactly (10^15) it falls back to `1e+20`; infinity is `∞`.
    public static func grouped(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return value.isNaN ? "—" : value < 0 ? "−∞" : "∞" }
        guard abs(value) < 1e15 else { return String(value) }
        let scale = pow10(decimals)
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        var digits = String(whole)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        var text = (value < 0 && rounded != 0 ? "-" : "") + groups.joined(separator: ",")
        if decimals > 0 {
            let fraction = Int(rounded - Double(whole) * scale)
            let fractionDigits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - fractionDigits.count) + fractionDigits
        }
        return text
    }

    /// A ratio as a percentage: `0.253` → `25.3 %`.
    public static func percent(_ ratio: Double, decimals: Int = 1) -> String {
        grouped(ratio * 100, decimals: decimals) + " %"
    }

    /// A change as a signed percentage: `1.12` → `+12.0 %`.
    public static func change(_ ratio: Double) -> String {
        let delta = ratio - 1
        return (delta > 0 ? "+" : delta < 0 ? "−" : "") + grouped(abs(delta) * 100, decimals: 1) + " %"
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, n) { result *= 10 }
        return result
    }
}
