import PlaybookCore

/// The message catalogue of one language as the layout parser bakes it in:
/// each string parsed once as a small Mustache text (so a string may name the
/// context's fields, `{{count}} pages`), its own text escaped for HTML when
/// the layout's tag escapes. `{{i18n.search.placeholder}}` then costs nothing
/// per page: the layout holds the text itself.
public struct LayoutMessages: Sendable {
    /// What a tag's name starts with to name a catalogue string.
    public static let prefix = "i18n."

    private var raw: [String: [LayoutTemplate.Node]] = [:]
    private var escaped: [String: [LayoutTemplate.Node]] = [:]

    public init() {}

    /// `strings` by key; a string that is not valid Mustache is an error at its place.
    public static func make(_ strings: [(key: String, text: String, location: SourceLocation)]) -> (LayoutMessages, [Diagnostic]) {
        var messages = LayoutMessages()
        var diagnostics: [Diagnostic] = []
        for (key, text, location) in strings {
            switch LayoutParser(text).parse(path: location.path) {
            case .success(let template):
                messages.raw[key] = template.nodes
                messages.escaped[key] = template.nodes.map { node in
                    guard case .text(let bytes) = node else { return node }
                    return .text(Array(String(decoding: bytes, as: UTF8.self).htmlEscaped.utf8))
                }
            case .failure(let error):
                diagnostics.append(.error(location, "catalogue string '\(key)': \(error.message)"))
            }
        }
        return (messages, diagnostics)
    }

    /// The nodes that stand for `key`, its text escaped or as written.
    public func nodes(_ key: String, escaped: Bool) -> [LayoutTemplate.Node]? {
        escaped ? self.escaped[key] : raw[key]
    }

    public var isEmpty: Bool { raw.isEmpty }
}
