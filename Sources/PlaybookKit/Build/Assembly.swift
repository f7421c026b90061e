/// What the stages before `write` made of a site: kept by `LiveSite` between
/// rebuilds, so that an edit to one page re-parses and re-renders that page only.
struct Assembly: Sendable {
    /// The parser every page went through (the site's settings, templates and team data).
    var parser: PageParser
    /// Every parsed page, drafts included.
    var allPages: [Page]
    var layouts: LayoutLibrary
    var site: Site
    /// Every problem found (warnings not yet promoted by `strict`).
    var diagnostics: [Diagnostic]
    /// The rendered pages, search index and sitemap; empty when `blocked`.
    var files: [OutputFile]
    /// True when a problem stops the site from being written.
    var blocked: Bool

    /// Files copied as they are: from `content/`, and the theme's assets.
    var copies: [StaticFile] { site.contentFiles + site.assets }
}
