/// The settings of `playbook.yaml`. Every key is optional; a site without the
/// file builds with these defaults.
public struct SiteConfig: Sendable {
    public var title = "Sales playbook"
    public var description = ""
    /// The site's languages, the default first (`[zh-CN, en]`): the default is
    /// served at the root, each other under its own folder (`en/`).
    public var languages = ["en"]
    /// `title` and `description` in other languages than the default, where given.
    public var localizedTitle: [String: String] = [:]
    public var localizedDescription: [String: String] = [:]
    /// Shown on every money figure (`CNY`, `USD`, …); none when unset.
    public var currency: String?
    /// The Git repository the site's sources live in: "Edit this page" and "Propose on GitHub".
    public var repository: Repository?

    /// The default language: the `lang` of the pages at the root.
    public var language: String {
        get { languages[0] }
        set { languages[0] = newValue }
    }
    /// Where the site is published (`https://example.com/playbook/`). Only the
    /// sitemap and the 404 page use it: every other URL is relative.
    public var baseURL: String?
    public var markdown = MarkdownOptions()
    /// Pages whose `reviewed` date is older than this many days are flagged.
    public var reviewAfterDays: Int?
    /// The top of the scale satisfaction scores are given on (`8.3 / 10`).
    public var satisfactionScale: Double = 10
    /// Attainment on target, to watch, behind.
    public var attainmentBands = AttainmentBands.standard
    /// Days between visits for each account tier.
    public var visitCadence = VisitCadence.standard
    /// The day "overdue" is judged on. Unset, the build uses SOURCE_DATE_EPOCH
    /// when the environment sets it (reproducible builds), else today (UTC).
    public var asOf: CalendarDate?
    /// Set by `playbook serve --team`, never by `playbook.yaml`: pages offer
    /// Save and a sign-in page is made for each language.
    public var teamServer = false
    /// Free settings for layouts (`{{site.params.key}}`).
    public var params: [(key: String, value: YAMLValue)] = []

    public init() {}

    /// These settings as a page in `language` reads them: its title and description.
    public func localized(to language: String) -> SiteConfig {
        var config = self
        if let title = localizedTitle[language] { config.title = title }
        if let description = localizedDescription[language] { config.description = description }
        return config
    }

    /// Where the pages of `language` live below the site root: `""` for the default, else `en/`.
    public func urlPrefix(of language: String) -> String {
        language == self.language ? "" : language + "/"
    }
}
