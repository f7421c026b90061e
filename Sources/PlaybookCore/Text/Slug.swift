/// The id of a heading and the URL name of a tag: one rule, so a tag page
/// and a heading of the same words get the same name.
public enum Slug {
    /// Lower case; letters of any script and digits kept; spaces become `-`;
    /// other punctuation dropped; "section" when nothing is left.
    public static func make(_ text: String) -> String {
        // ASCII and characters without case (Chinese) are lowered here; any other text through the Unicode tables.
        var lowered = text.hasNoCaseBeyondASCII ? text : text.lowercased()
        // Scalar by scalar over the UTF-8 in place, a kept character's bytes copied as they are.
        let out = lowered.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
                var index = 0
                while index < bytes.count {
                    let (scalar, length) = bytes.scalar(at: index)
                    if length == 1 {
                        let lower = bytes[index].asciiLowercased
                        switch lower {
                        case UInt8(ascii: " "), UInt8(ascii: "-"):
                            out[count] = UInt8(ascii: "-")
                            count += 1
                        case UInt8(ascii: "_"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                            out[count] = lower
                            count += 1
                        default: break
                        }
                    } else if scalar.isLetterOrDigit {
                        for offset in 0..<length { out[count + offset] = bytes[index + offset] }
                        count += length
                    }
                    index += length
                }
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }
}
