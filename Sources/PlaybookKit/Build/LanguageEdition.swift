import PlaybookCore
import PlaybookRender
import PlaybookSite

/// One language's edition besides the default: its layouts (its catalogue baked in) and its site.
package struct LanguageEdition: Sendable {
    package var layouts: LayoutLibrary
    package var site: Site
    /// Every page of the edition, drafts included.
    package var allPages: [Page]
    /// The edition's search index, being made since the edition was resolved (see `Assembly.searchIndex`).
    package var searchIndex: Background<OutputFile>? = nil
}
