/// What words are made of, for heading slugs and search terms alike, with the
/// shortcuts that let both skip the Unicode tables for most text. Inlinable:
/// the search index and the slugs call them once a character, from other targets.
extension UInt8 {
    /// `A`–`Z` as `a`–`z`; every other byte as it is.
    @inlinable package var asciiLowercased: UInt8 { self &- 0x41 < 26 ? self | 0x20 : self }
}

extension Unicode.Scalar {
    /// A letter of any script or a decimal digit. ASCII is answered by a
    /// comparison and the rest of the Basic Multilingual Plane (all of Chinese
    /// text) by one bit of a table made once: asking the Unicode tables cost
    /// some hundred instructions a character, 4 % of a build of mixed text.
    @inlinable package var isLetterOrDigit: Bool {
        if value < 0x80 {
            let lower = value | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        if value < 0x1_0000 {
            return LetterOrDigitTable.plane0[Int(value &>> 6)] & (1 &<< UInt64(value & 63)) != 0
        }
        return isLetterOrDigitByUnicodeTables
    }

    /// A character lower-casing leaves as it is, known without the Unicode
    /// tables: general punctuation (U+2000–U+206F: dashes, quotes), CJK
    /// symbols, kana and the ideographs (U+3000–U+9FFF), Hangul syllables, and
    /// the full-width forms but for the capitals Ａ–Ｚ (Chinese punctuation:
    /// `，` `：`). Lower-casing a whole heading of Chinese text cost some 15,000
    /// instructions; now only text with other characters goes through the tables.
    package var hasNoCase: Bool {
        switch value {
        case 0x2000...0x206F, 0x3000...0x9FFF, 0xAC00...0xD7A3: true
        case 0xFF00...0xFFEF: !(0xFF21...0xFF3A).contains(value)
        default: false
        }
    }

    /// The rule itself, from the Unicode tables: what the shortcuts must agree with.
    @usableFromInline package var isLetterOrDigitByUnicodeTables: Bool {
        properties.isAlphabetic || properties.numericType == .decimal
    }
}

extension String {
    /// Whether lower-casing leaves every character but ASCII letters as it is (`hasNoCase`), read over
    /// the UTF-8 in place: asked of every heading, where a walk of its scalars cost more than the answer.
    package var hasNoCaseBeyondASCII: Bool {
        var text = self
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0x80 {
                    index += 1
                    continue
                }
                let (scalar, length) = bytes.scalar(at: index)
                guard scalar.hasNoCase else { return false }
                index += length
            }
            return true
        }
    }
}
