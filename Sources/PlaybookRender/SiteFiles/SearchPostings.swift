/// A term's postings in the search index: the ascending numbers of the
/// sections (of all pages, one after another) that hold it, as one string.
/// Written the shorter of two ways, so a word in a few sections costs a few
/// bytes and a word in most of them about a bit a section:
///
/// - **gaps**: each number minus the one before (the first plus one), in base
///   32, most significant digit first; the last digit of a number from
///   `final`, the others from `more`, so no separators are needed;
/// - **bits**: `!`, then the sections 0…last as bits, six to a base64 digit,
///   the lowest bit of the first digit section 0.
///
/// A word on many pages (`SearchIndex.isListedByPage`) is listed by page instead: `~`, then the page
/// numbers the same way; the browser counts it in every section of those pages. Which section such a word is
/// in says little, and listing it by section cost most of the postings' bytes (the 10,000-page corpus: 1.5 MB
/// against 0.6 MB).
///
/// Neither alphabet holds `"`, `\` or `<`: the string needs no escaping in the script.
package enum SearchPostings {
    package static let final = Array("abcdefghijklmnopqrstuvwxyz012345".utf8)
    package static let more = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ6789#$".utf8)
    package static let base64 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `sections` (ascending, not empty) as the string's bytes, quotes not included.
    package static func append(_ sections: [Int32], to out: inout [UInt8]) {
        guard let last = sections.last else { return }
        var gapsLength = 0
        var previous: Int32 = -1
        for section in sections {
            gapsLength += digits(Int(section - previous))
            previous = section
        }
        let bitsLength = 1 + (Int(last) + 6) / 6
        if bitsLength < gapsLength {
            var bits = [UInt8](repeating: 0, count: bitsLength - 1)
            for section in sections { bits[Int(section) / 6] |= 1 << UInt8(section % 6) }
            out.append(UInt8(ascii: "!"))
            for digit in bits { out.append(base64[Int(digit)]) }
            return
        }
        previous = -1
        for section in sections {
            appendGap(Int(section - previous), to: &out)
            previous = section
        }
    }

    private static func digits(_ gap: Int) -> Int {
        var count = 1
        var rest = gap >> 5
        while rest > 0 {
            count += 1
            rest >>= 5
        }
        return count
    }

    private static func appendGap(_ gap: Int, to out: inout [UInt8]) {
        if gap >= 32 {
            var high = gap >> 5
            var stack: [UInt8] = []
            while high > 0 {
                stack.append(more[high & 31])
                high >>= 5
            }
            out.append(contentsOf: stack.reversed())
        }
        out.append(final[gap & 31])
    }

    /// The numbers back from the string: what the browser script does, for the tests.
    package static func decode(_ text: String) -> [Int] {
        let bytes = Array(text.utf8.drop { $0 == UInt8(ascii: "~") })
        var sections: [Int] = []
        if bytes.first == UInt8(ascii: "!") {
            for (position, byte) in bytes.dropFirst().enumerated() {
                let digit = base64.firstIndex(of: byte) ?? 0
                for bit in 0..<6 where digit & (1 << bit) != 0 { sections.append(position * 6 + bit) }
            }
            return sections
        }
        var value = 0
        var previous = -1
        for byte in bytes {
            if let digit = more.firstIndex(of: byte) {
                value = value << 5 | digit
            } else if let digit = final.firstIndex(of: byte) {
                previous += value << 5 | digit
                sections.append(previous)
                value = 0
            }
        }
        return sections
    }
}
