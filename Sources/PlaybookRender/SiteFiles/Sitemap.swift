import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

/// `sitemap.xml` for search engines: the one place absolute URLs are needed,
/// so it is written only when a base URL is known.
package enum Sitemap {
    package static func xml(for site: Site) -> String? {
        guard let base = site.config.baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in site.pages {
            xml += "  <url><loc>\((base + page.url).htmlEscaped)</loc>"
            if let reviewed = page.frontMatter.reviewed { xml += "<lastmod>\(reviewed)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
