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

    /// The string for `key` with each `{{name}}` replaced by `values[name]`.
    public func text(_ key: String, _ values: [String: String]) -> String {
        var text = self[key]
        guard text.contains("{{") else { return text }
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{{" + name + "}}", with: value)
        }
        return text
    }

    public var keys: Dictionary<String, String>.Keys { strings.keys }
}
