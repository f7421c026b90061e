import PlaybookCore
import Yams

/// The type of an unquoted, untagged YAML value settled from its bytes where
/// that is plain to see, as `YAMLReader.resolver` would settle it: most front
/// matter (titles, tags, weights) then costs no regular expression at all.
/// Anything less plain is left to the resolver (nil).
package enum PlainScalar {
    /// `.str` for text that does not begin like a number and is not a bool or
    /// null word (no rule could match it); `.int` for a decimal such as `70`.
    package static func typeName(of text: String) -> Tag.Name? {
        guard let first = text.utf8.first else { return nil }
        if decimal(text) != nil { return .int }
        if numberLike.contains(first) || reservedWords.contains(text) { return nil }
        return .str
    }

    /// A whole number written in decimal digits alone, with no leading zero
    /// (`017` is octal in YAML 1.1, `1_000` has a separator: Yams reads those).
    package static func decimal(_ text: String) -> Int? {
        let bytes = text.utf8
        guard let first = bytes.first, bytes.count <= 18, first != 0x30 || bytes.count == 1,
            bytes.allSatisfy({ $0 &- 0x30 < 10 })
        else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// The first bytes of every value the bool, int, float and null rules match, but for their words.
    private static let numberLike: Set<UInt8> = Set(Array("-+.0123456789~".utf8))
    /// The bool and null words of YAML 1.1, as Yams's rules spell them out.
    private static let reservedWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]
}

extension Node {
    /// Whether YAML's resolver gave the value this type (`12` is an int, `"12"` a string).
    package func isTagged(_ name: Tag.Name) -> Bool { typeName == name }

    /// The type YAML's rules (`YAMLReader.resolver`) give the value; plain
    /// text and decimals without asking Yams. Nodes are composed without rules,
    /// so an untagged scalar is typed here, never through Yams's `tag`, which
    /// would call it text. (Mapping keys are typed as text by Yams's duplicate
    /// check: they are names here.)
    package var typeName: Tag.Name {
        guard case .scalar(let scalar) = self, scalar.tag.rawValue.isEmpty else { return Tag.Name(rawValue: tag.rawValue) }
        if scalar.style == .plain, let name = PlainScalar.typeName(of: scalar.string) { return name }
        return YAMLReader.resolver.resolveTag(of: self)
    }

    /// The whole number the value spells: a plain decimal read here, any other form by Yams.
    package var wholeNumber: Int? {
        if case .scalar(let scalar) = self, scalar.style == .plain, let value = PlainScalar.decimal(scalar.string) {
            return value
        }
        return int
    }
}
