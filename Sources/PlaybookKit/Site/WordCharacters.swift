/// What words are made of, for heading slugs and search terms alike, with the
/// ASCII shortcuts that let both skip the Unicode tables for most text.
extension UInt8 {
    /// `A`–`Z` as `a`–`z`; every other byte as it is.
    var asciiLowercased: UInt8 { self &- 0x41 < 26 ? self | 0x20 : self }
}

extension Unicode.Scalar {
    /// A letter of any script or a decimal digit; ASCII answered without the Unicode tables.
    var isLetterOrDigit: Bool {
        if value < 0x80 {
            let lower = value | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        return properties.isAlphabetic || properties.numericType == .decimal
    }
}
