import PlaybookCore
import PlaybookMustache
import PlaybookSite

/// `manifest.webmanifest` in each edition's folder, laid out by the theme's
/// `manifest` layout: what a phone needs to put the playbook on its home
/// screen (name, start page, colours, icons), in the edition's language.
package enum WebManifest {
    package static let layout = "manifest"

    package static func path(for edition: SiteEdition) -> String {
        edition.prefix + SiteLayout.manifest
    }

    /// What the layout sees: `site` with its URLs relative to the manifest (the
    /// edition's folder), `scope` (the site's root: `./` or `../`), and `json`,
    /// the site's texts as JSON string literals, quotes included (insert them
    /// with triple braces: HTML escaping is not JSON's).
    package static func context(for site: Site) -> LayoutFields {
        let root = SitePath.rootPrefix(from: site.edition.prefix)
        var json: LayoutFields = [
            "title": JSONString.quoted(site.config.title), "language": JSONString.quoted(site.edition.language),
        ]
        if !site.config.description.isEmpty { json["description"] = JSONString.quoted(site.config.description) }
        return ["site": PageContext.siteValues(site, root: root), "scope": root.isEmpty ? "./" : root, "json": json]
    }
}
