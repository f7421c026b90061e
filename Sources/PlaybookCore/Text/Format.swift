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
        // Over the digits' bytes: counting and cutting a String by characters cost more than the rest of a team page's figures.
        let digits = Array(String(whole).utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count + digits.count / 3 + decimals + 2)
        if value < 0 && rounded != 0 { bytes.append(UInt8(ascii: "-")) }
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(digit)
        }
        if decimals > 0 {
            let fractionDigits = Array(String(Int(rounded - Double(whole) * scale)).utf8)
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, decimals - fractionDigits.count)))
            bytes.append(contentsOf: fractionDigits)
        }
        return String(decoding: bytes, as: UTF8.self)
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
