import PlaybookCore
import PlaybookMustache
import PlaybookSite

/// `sw.js`, the service worker that keeps the playbook readable offline,
/// laid out by the theme's `service-worker` layout with what only the whole
/// build knows: the cache's name, made from every output file (a build that
/// changes any file has a new one, which replaces the old cache), and the
/// files to keep when it installs.
package enum ServiceWorker {
    package static let layout = "service-worker"
    /// At most this many files are kept when the worker installs: the theme's
    /// files, the manifests, the 404 page, then pages, shallowest first; beyond
    /// it a page is kept when it is read (a 10,000-page site is not fetched whole).
    package static let precacheLimit = 2_000
    /// Images of `content/` up to this size are kept with the pages that show them.
    package static let imageLimit = 1 << 20
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif"]

    /// False for the team server's build (`serve --team`): every address there
    /// needs a session, which a copy kept in the browser would outlive, and its
    /// site changes with every save, so a worker would announce a new version
    /// after each one. Its readers are online: saving needs the server.
    package static func isMade(for site: Site) -> Bool {
        !site.config.teamServer
    }

    /// `playbook-` and 16 hex digits, hashed from the path and digest of every
    /// output file but the worker itself, in path order.
    package static func cacheName(_ files: [String: FileDigest]) -> String {
        var bytes: [UInt8] = []
        for path in files.keys.sorted() where path != SiteLayout.serviceWorker {
            guard let digest = files[path] else { continue }
            bytes += path.utf8
            bytes.append(0)
            for value in [digest.hash, UInt64(digest.size)] {
                withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
            }
        }
        let digits = String(StableID.fnv1a(bytes), radix: 16)
        return "playbook-" + String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The files kept when the worker installs, as URLs relative to the site's
    /// root, at most `limit`: the theme's files (by their fingerprinted names,
    /// with the scripts' messages and the search indexes), each edition's
    /// manifest, `404.html`, the pages of every edition by depth (the home
    /// pages, then the top-level sections and pages, …), then the images of
    /// `content/` up to `imageLimit`. Only files the output has are listed.
    package static func precache(_ sites: [Site], files: [String: FileDigest], limit: Int = precacheLimit) -> [String] {
        guard let site = sites.first else { return [] }
        let twins = Set(site.assetNames.keys)
        var list = site.assets.map(\.outputPath).filter { !twins.contains($0) }
        for edition in sites.map(\.edition) {
            list += [MessagesScript.fingerprintedPath(for: edition), SearchIndex.path(for: edition)]
        }
        list.sort()
        list += sites.map { WebManifest.path(for: $0.edition) }
        list.append("404.html")
        var pages: [(depth: Int, edition: Int, url: String)] = []
        for (number, edition) in sites.enumerated() {
            for page in edition.pages {
                let depth = page.url.dropFirst(edition.edition.prefix.count).split(separator: "/").count
                pages.append((depth, number, page.url))
            }
        }
        list += pages.sorted { ($0.depth, $0.edition, $0.url) < ($1.depth, $1.edition, $1.url) }.map {
            SitePath.outputFile(forPageURL: $0.url)
        }
        list += sites.flatMap(\.contentFiles).map(\.outputPath).filter { path in
            let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
            return path.contains(".") && imageExtensions.contains(ext) && (files[path]?.size ?? .max) <= imageLimit
        }.sorted()
        var seen: Set<String> = []
        return Array(list.filter { files[$0] != nil && seen.insert($0).inserted }.prefix(limit))
    }

    /// What the layout sees: `cache_name`; `precache`, the list as a JSON array
    /// (insert it with triple braces), and `precache_count`; `not_found`, the
    /// 404 page; `site`, as seen from the root.
    package static func context(_ sites: [Site], files: [String: FileDigest], limit: Int = precacheLimit) -> LayoutFields {
        let list = precache(sites, files: files, limit: limit)
        let json = "[\n" + list.map { "  " + JSONString.quoted(url($0)) }.joined(separator: ",\n") + "\n]"
        var context: LayoutFields = [
            "cache_name": cacheName(files), "precache": json, "precache_count": list.count, "not_found": "404.html",
        ]
        if let site = sites.first { context["site"] = PageContext.siteValues(site, root: "") }
        return context
    }

    /// A path as a URL: the characters a URL would read as something else escaped.
    static func url(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "#", with: "%23")
            .replacingOccurrences(of: "?", with: "%3F")
    }
}
