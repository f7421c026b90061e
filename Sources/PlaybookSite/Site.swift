import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookTeam

/// The resolved site: every published page in its section, in reading order.
/// The one model that sees all pages; the render stage draws from it.
public struct Site: Sendable {
    public var config: SiteConfig
    /// The language of this edition of the site, where its pages live, and its catalogue.
    public var edition = SiteEdition(language: "en")
    /// Every edition of the site, the default language first (one for a one-language site).
    public var editions: [SiteEdition] = []
    /// Published pages (drafts left out), landing pages included, sorted by URL.
    public var pages: [Page]
    /// Sections by folder; `sections[0]` is the home page's (folder `""`).
    public var sections: [Section]
    /// Files under `content/` copied as they are.
    public var contentFiles: [StaticFile]
    /// The theme's assets, copied to `assets/`.
    public var assets: [StaticFile]
    /// The theme's stylesheets and scripts and every edition's scripts' messages, by output
    /// path (`assets/playbook.css`), each with the fingerprinted one it is also written
    /// under; the same in every edition.
    public var assetNames: [String: String] = [:]
    /// The fingerprinted paths as layouts name them, `site.asset.KEY` (`Fingerprint.key` of
    /// the path under `assets/`), in key order: made once, read for every folder depth.
    public var assetKeys: [(key: String, path: String)] = []

    /// A folder of `content/`: its landing page, its pages and sub-folders, in reading order.
    public struct Section: Sendable {
        public var folder: String
        /// Index into `pages` of the landing page.
        public var landing: Int
        /// Indices into `pages` of the section's own pages.
        public var pages: [Int]
        /// Indices into `sections`.
        public var subsections: [Int]
        /// Index into `sections`; nil for home.
        public var parent: Int?
    }

    /// Figures computed from team data; nil for a site without it.
    public var team: TeamReport?
    /// The form and scorecard templates, for filled sheets.
    public var templates = FormLibrary()
    /// The day freshness and overdue visits are judged on (see `SiteConfig.asOf`).
    public var asOf: CalendarDate?
    /// Pages by tag (indices into `pages`, in reading order), and each tag's URL slug.
    public var pagesByTag: [String: [Int]] = [:]
    public var tagSlugs: [String: String] = [:]
    /// Pages of filled forms and scorecards, newest first, by the rep and the account they name; a
    /// draft sheet is listed under its rep and that rep's manager, never under its account.
    public var sheetsByRep: [String: [Int]] = [:]
    public var sheetsByAccount: [String: [Int]] = [:]

    /// The section a page belongs to (for a landing page, its own section).
    public var sectionOfPage: [Int]
    /// Where a page stands in its section's `pages` (nil for landing pages).
    public var positionInSection: [Int?]

    /// Days since the page was last reviewed, when that is longer than `review_after_days`.
    public func overdueReview(_ page: Page) -> Int? {
        guard let days = config.reviewAfterDays, let asOf, let reviewed = page.frontMatter.reviewed.flatMap(CalendarDate.init) else {
            return nil
        }
        let age = asOf.dayNumber - reviewed.dayNumber
        return age > days ? age : nil
    }
}
