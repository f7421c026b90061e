extension StringProtocol {
    /// What `trimmingCharacters(in: .whitespaces)` gives (spaces of Unicode
    /// category Zs and tabs off both ends), without the round trip through
    /// NSString that made it a tenth of the parse stage.
    package func trimmingSpaces() -> String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrTab }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpaceOrTab })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    package var isSpaceOrTab: Bool {
        switch value {
        case 0x09, 0x20: true
        case 0..<0x80: false
        default: properties.generalCategory == .spaceSeparator
        }
    }
}
