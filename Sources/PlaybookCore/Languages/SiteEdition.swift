/// One language's edition of a site: its pages live under `prefix` (`""` for
/// the default language, `en/` for English beside Chinese) and speak its catalogue.
public struct SiteEdition: Sendable {
    public var language: String
    public var prefix: String
    public let messages: Messages
    /// Figures and dates as this language writes them, made once for every page of the edition.
    public let format: LocalFormat
    /// Content paths that have a page written in this language; nil for the
    /// default language, which has them all.
    public var translated: Set<String>?

    public init(
        language: String, prefix: String = "", messages: Messages = Messages(), translated: Set<String>? = nil, currency: String? = nil
    ) {
        self.language = language
        self.prefix = prefix
        self.messages = messages
        self.translated = translated
        format = LocalFormat(messages: messages, currency: currency)
    }

    /// The language's name in itself (`中文`, `English`), for the language switch.
    public var name: String { messages.has("language.name") ? messages["language.name"] : language }

    /// True when the page at `contentPath` is written in this language.
    public func hasTranslation(of contentPath: String) -> Bool {
        translated?.contains(contentPath) ?? true
    }
}
