/// One language's message catalogue as Swift code reads it: the strings a
/// reader sees that are made outside the layouts (generated page titles,
/// stage, tier and ladder names, chart labels). Layouts get the same strings
/// baked in by the layout parser; this is the lookup for everything else.
public struct Messages: Sendable {
    /// The language these strings are in (`zh-CN`, `en`).
    public var language: String
    private var strings: [String: String]

    public init(language: String = "en", strings: [String: String] = [:]) {
        self.language = language
        self.strings = strings
    }

    /// The string for `key`; the key itself when the catalogue lacks it (the
    /// build reports missing keys, so a reader never meets one unnoticed).
    public subscript(_ key: String) -> String {
        strings[key] ?? key
    }

    public func has(_ key: String) -> Bool { strings[key] != nil }

    /// The string for `key` with each `{{name}}` replaced by the value of that
    /// name in `values` (a name it lacks stays as written). Made for every
    /// figure of every team page: one pass over the bytes, no search per value.
    public func text(_ key: String, _ values: KeyValuePairs<String, String>) -> String {
        let template = self[key]
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        guard template.utf8.contains(open) else { return template }
        let source = Array(template.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(source.count + 32)
        var index = 0
        while index < source.count {
            if source[index] == open, index + 1 < source.count, source[index + 1] == open,
                let end = Self.closing(source, from: index + 2, close: close)
            {
                let name = String(decoding: source[(index + 2)..<end], as: UTF8.self)
                if let value = values.first(where: { $0.key == name })?.value {
                    result.append(contentsOf: value.utf8)
                } else {
                    result.append(contentsOf: source[index..<(end + 2)])
                }
                index = end + 2
            } else {
                result.append(source[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Where the `}}` that closes a name starting at `start` begins, if on the same name.
    private static func closing(_ bytes: [UInt8], from start: Int, close: UInt8) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == close && bytes[index + 1] == close { return index }
            if bytes[index] == UInt8(ascii: "{") { return nil }
            index += 1
        }
        return nil
    }

    public var keys: Dictionary<String, String>.Keys { strings.keys }
}
