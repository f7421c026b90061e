extension String {
    /// Text made safe to place in HTML text or a quoted attribute. Read as
    /// bytes: every `{{x}}` of every page comes through here, and most have
    /// nothing to escape, so they are returned as they are.
    public var htmlEscaped: String {
        var text = self
        return text.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(where: Self.needsEscaping) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x22: out.append(contentsOf: "&quot;".utf8)
                case 0x27: out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? self
    }

    /// `&`, `<`, `>`, `"` and `'`: all between 0x20 and 0x3F, which most bytes of text are not.
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte & 0xE0 == 0x20 && (byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27)
    }
}
