import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// What the stages before render made of a site: kept by `LiveSite` between
/// rebuilds, so that an edit to one page re-parses and re-renders that page only.
package struct Assembly: Sendable {
    /// The parser every page went through (the site's settings, templates and team data).
    package var parser: PageParser
    /// Every parsed page, drafts included.
    package var allPages: [Page]
    package var layouts: LayoutLibrary
    package var site: Site
    /// Every problem found (warnings not yet promoted by `strict`).
    package var diagnostics: [Diagnostic]
    /// True when a problem stops the site from being written.
    package var blocked: Bool
    /// The site in each language besides the default, in `languages` order.
    package var editions: [LanguageEdition] = []
    /// Each other language's pages that have no translation (content paths).
    package var untranslated: [String: [String]] = [:]
    /// The search index of `site`, made on another thread from the moment the site was resolved, so that it
    /// overlaps validation (one core, serial) instead of only the render stage. Made of `site` as assembled:
    /// an assembly changed afterwards must not hand it to `write` (`LiveSite` re-renders its own).
    package var searchIndex: Background<OutputFile>? = nil

    /// Files copied as they are: from `content/`, and the theme's assets.
    package var copies: [StaticFile] { site.contentFiles + site.assets + editions.flatMap(\.site.contentFiles) }
}
