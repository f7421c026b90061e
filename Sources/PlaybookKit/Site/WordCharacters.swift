/// What words are made of, for heading slugs and search terms alike, with the
/// shortcuts that let both skip the Unicode tables for most text.
extension UInt8 {
    /// `A`–`Z` as `a`–`z`; every other byte as it is.
    var asciiLowercased: UInt8 { self &- 0x41 < 26 ? self | 0x20 : self }
}

extension Unicode.Scalar {
    /// A letter of any script or a decimal digit. ASCII is answered by a
    /// comparison and the rest of the Basic Multilingual Plane (all of Chinese
    /// text) by one bit of a table made once: asking the Unicode tables cost
    /// some hundred instructions a character, 4 % of a build of mixed text.
    var isLetterOrDigit: Bool {
        if value < 0x80 {
            let lower = value | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        if value < 0x1_0000 {
            return LetterOrDigitTable.plane0[Int(value &>> 6)] & (1 &<< UInt64(value & 63)) != 0
        }
        return isLetterOrDigitByUnicodeTables
    }

    /// The rule itself, from the Unicode tables: what the shortcuts must agree with.
    var isLetterOrDigitByUnicodeTables: Bool {
        properties.isAlphabetic || properties.numericType == .decimal
    }
}

/// One bit for each code point below U+10000.
private enum LetterOrDigitTable {
    static let plane0: [UInt64] = (0..<1024).map { word in
        var bits: UInt64 = 0
        for bit in 0..<64 {
            if let scalar = Unicode.Scalar(UInt32(word * 64 + bit)), scalar.isLetterOrDigitByUnicodeTables {
                bits |= 1 << UInt64(bit)
            }
        }
        return bits
    }
}
