import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

/// `sitemap.xml` for search engines: the one place absolute URLs are needed,
/// so it is written only when a base URL is known. A site in several
/// languages lists every edition's pages (not those shown untranslated), each
/// with its versions in the other languages as `hreflang` alternates.
package enum Sitemap {
    package static func xml(for site: Site, editions others: [Site] = []) -> String? {
        guard let base = site.config.baseURL else { return nil }
        let sites = [site] + others
        let multilingual = sites.count > 1
        // The written versions of each page, by its URL without the edition's folder.
        var versions: [String: [(language: String, url: String)]] = [:]
        if multilingual {
            for edition in sites {
                for page in edition.pages where page.textLanguage == nil {
                    versions[String(page.url.dropFirst(edition.edition.prefix.count)), default: []].append(
                        (edition.edition.language, page.url))
                }
            }
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        xml += multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n"
        for edition in sites {
            for page in edition.pages where page.textLanguage == nil && !page.isDraftSheet {
                xml += "  <url><loc>\((base + page.url).htmlEscaped)</loc>"
                if let reviewed = page.frontMatter.reviewed { xml += "<lastmod>\(reviewed)</lastmod>" }
                let alternates = versions[String(page.url.dropFirst(edition.edition.prefix.count))] ?? []
                if alternates.count > 1 {
                    for alternate in alternates {
                        let href = (base + alternate.url).htmlEscaped
                        xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(alternate.language)\" href=\"\(href)\"/>"
                    }
                }
                xml += "</url>\n"
            }
        }
        return xml + "</urlset>\n"
    }
}
