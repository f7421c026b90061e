/// The settings of `playbook.yaml`. Every key is optional; a site without the
/// file builds with these defaults.
public struct SiteConfig: Sendable {
    public var title = "Sales playbook"
    public var description = ""
    /// The `lang` of every page (`en`, `zh-CN`, …).
    public var language = "en"
    /// Where the site is published (`https://example.com/playbook/`). Only the
    /// sitemap and the 404 page use it: every other URL is relative.
    public var baseURL: String?
    public var markdown = MarkdownOptions()
    /// Pages whose `reviewed` date is older than this many days are flagged.
    public var reviewAfterDays: Int?
    /// Days between visits for each account tier.
    public var visitCadence = VisitCadence.standard
    /// The day "overdue" is judged on. Unset, the build uses SOURCE_DATE_EPOCH
    /// when the environment sets it (reproducible builds), else today (UTC).
    public var asOf: CalendarDate?
    /// Free settings for layouts (`{{site.params.key}}`).
    public var params: [(key: String, value: YAMLValue)] = []

    public init() {}
}
