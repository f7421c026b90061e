/// The id of a heading and the URL name of a tag: one rule, so a tag page
/// and a heading of the same words get the same name.
public enum Slug {
    /// Lower case; letters of any script and digits kept; spaces become `-`;
    /// other punctuation dropped; "section" when nothing is left.
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, byte by byte: the same rules without the Unicode tables.
            var out: [UInt8] = []
            for byte in text.utf8 {
                let lower = byte.asciiLowercased
                switch lower {
                case UInt8(ascii: " "), UInt8(ascii: "-"): out.append(UInt8(ascii: "-"))
                case UInt8(ascii: "_"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(lower)
                default: break
                }
            }
            return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
        }
        // ASCII and characters without case (Chinese) are lowered here; any other text through the Unicode tables.
        let lowered = text.unicodeScalars.allSatisfy { $0.isASCII || $0.hasNoCase } ? text : text.lowercased()
        var out: [UInt8] = []  // UTF-8 into one buffer: a scalar view grown one scalar at a time cost more than the rest
        out.reserveCapacity(lowered.utf8.count)
        for var scalar in lowered.unicodeScalars {
            if scalar.isASCII { scalar = Unicode.Scalar(UInt8(scalar.value).asciiLowercased) }
            if scalar == " " || scalar == "-" {
                out.append(UInt8(ascii: "-"))
            } else if scalar == "_" || scalar.isLetterOrDigit {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }
}
