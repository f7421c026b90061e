/// Text and attribute values of sanitized HTML: written again so that nothing
/// in them can open a tag or end a quoted value, and character references
/// (`&amp;`, `&#58;`) read the way a browser reads them.
package enum HTMLText {
    /// Text as written in HTML, made safe: a well-formed character reference
    /// (`&name;`, `&#58;`, `&#x3A;`, `&#58`) is kept as written, any other `&` becomes
    /// `&amp;`, and `<`, `>`, `"` are escaped.
    package static func escapingWritten(_ written: String) -> String {
        let bytes = Array(written.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == 0x22 })
        else { return written }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"):
                if let end = referenceEnd(bytes, at: index) {
                    result += bytes[index..<end]
                    index = end
                    continue
                }
                result += Array("&amp;".utf8)
            case UInt8(ascii: "<"): result += Array("&lt;".utf8)
            case UInt8(ascii: ">"): result += Array("&gt;".utf8)
            case 0x22: result += Array("&quot;".utf8)
            default: result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// What a browser reads in `written` (a URL as written in an attribute): numeric references and
    /// the named ones in `names`. Nil if it holds a named reference not in that list: a URL that can't
    /// be read for sure is not kept.
    package static func decoded(_ written: String) -> String? {
        let bytes = Array(written.utf8)
        guard bytes.contains(UInt8(ascii: "&")) else { return written }
        var result = ""
        var index = 0
        var plainStart = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "&"), let end = referenceEnd(bytes, at: index) else {
                index += 1
                continue
            }
            result += String(decoding: bytes[plainStart..<index], as: UTF8.self)
            let body = String(decoding: bytes[(index + 1)..<(bytes[end - 1] == UInt8(ascii: ";") ? end - 1 : end)], as: UTF8.self)
            if body.hasPrefix("#") {
                let isHex = body.dropFirst().first.map { $0 == "x" || $0 == "X" } ?? false
                let digits = body.dropFirst(isHex ? 2 : 1)
                let value = UInt32(digits, radix: isHex ? 16 : 10) ?? 0xFFFD
                result.unicodeScalars.append(value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}")
            } else if let character = names[body] {
                result += character
            } else {
                return nil
            }
            index = end
            plainStart = end
        }
        result += String(decoding: bytes[plainStart..<bytes.count], as: UTF8.self)
        return result
    }

    /// Where the character reference starting at the `&` at `start` ends (after its `;`), if it is well formed.
    /// Names run at most 32 letters: a longer one is no reference a browser knows.
    private static func referenceEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f")) }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
        }
        var count = 0
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            let hex = index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "x")
            if hex { index += 1 }
            while index < bytes.count, hex ? isHex(bytes[index]) : isDigit(bytes[index]) {
                index += 1
                count += 1
            }
        } else {
            guard !isDigit(bytes[index]) else { return nil }
            while index < bytes.count, isAlphanumeric(bytes[index]), count < 32 {
                index += 1
                count += 1
            }
        }
        guard count > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") { return index + 1 }
        // A numeric reference reads without its `;` too, up to its last digit (`&#106avascript:` is `javascript:`).
        return bytes[start + 1] == UInt8(ascii: "#") ? index : nil
    }

    /// The named references a URL may hold, besides numeric ones: the ASCII punctuation and spacing
    /// ones (`&colon;`, `&Tab;` are how `javascript:` is hidden) and the common few.
    private static let names: [String: String] = [
        "amp": "&", "AMP": "&", "lt": "<", "LT": "<", "gt": ">", "GT": ">", "quot": "\"", "QUOT": "\"", "apos": "'",
        "nbsp": "\u{A0}", "Tab": "\t", "NewLine": "\n", "excl": "!", "num": "#", "dollar": "$", "percnt": "%",
        "lpar": "(", "rpar": ")", "ast": "*", "midast": "*", "plus": "+", "comma": ",", "period": ".", "sol": "/",
        "colon": ":", "semi": ";", "equals": "=", "quest": "?", "commat": "@", "lsqb": "[", "lbrack": "[",
        "bsol": "\\", "rsqb": "]", "rbrack": "]", "Hat": "^", "lowbar": "_", "UnderBar": "_", "grave": "`",
        "DiacriticalGrave": "`", "lcub": "{", "lbrace": "{", "verbar": "|", "vert": "|", "VerticalLine": "|",
        "rcub": "}", "rbrace": "}",
    ]
}
