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
    /// files, the manifests, the 404 page, then pages (see `precache`); beyond
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
        bytes.reserveCapacity(files.count * 64)
        for (path, digest) in files.sorted(by: { $0.key < $1.key }) where path != SiteLayout.serviceWorker {
            bytes.append(contentsOf: path.utf8)
            bytes.append(0)
            for value in [digest.hash, UInt64(digest.size)] {
                withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
            }
        }
        let digits = String(bytes.withUnsafeBufferPointer { StableID.hash($0) }, radix: 16)
        return "playbook-" + String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The files kept when the worker installs, as URLs relative to the site's
    /// root, at most `limit`: the theme's files (by their fingerprinted names,
    /// with the scripts' messages and the search indexes), each edition's
    /// manifest, `404.html`, the pages of every edition (by `rank`, then by
    /// depth — the home pages, then the top-level ones, … — then by place in
    /// their section, so that each section's first pages in reading order come
    /// before any section's later ones), then the images of `content/` up to
    /// `imageLimit`. Only files the output has are listed.
    package static func precache(_ sites: [Site], files: [String: FileDigest], limit: Int = precacheLimit) -> [String] {
        guard let site = sites.first else { return [] }
        var list = site.assets.map(\.outputPath).filter { site.assetNames[$0] == nil }  // by fingerprinted name only
        for edition in sites {
            list += [MessagesScript.fingerprintedPath(in: edition), SearchIndex.path(for: edition.edition)]
        }
        list.sort()
        list += sites.map { WebManifest.path(for: $0.edition) }
        list.append("404.html")
        // Pages by rank, depth in their edition, place in their section (the first page of every section before the
        // second of any), edition, then URL (each edition's pages are in URL order already).
        var pages: [(rank: Int, depth: Int, place: Int, edition: Int, index: Int)] = []
        for (number, edition) in sites.enumerated() {
            let prefix = edition.edition.prefix.utf8.count
            for (index, page) in edition.pages.enumerated() {
                let depth = page.url.utf8.dropFirst(prefix).reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }  // a page URL ends in `/`
                pages.append((rank(page), depth, edition.positionInSection[index] ?? 0, number, index))
            }
        }
        pages.sort { ($0.rank, $0.depth, $0.place, $0.edition, $0.index) < ($1.rank, $1.depth, $1.place, $1.edition, $1.index) }
        var kept: [String] = []
        var seen: Set<String> = []
        func keep(_ path: String) -> Bool {
            if files[path] != nil, seen.insert(path).inserted { kept.append(path) }
            return kept.count < limit
        }
        for path in list where !keep(path) { return kept }
        for page in pages where !keep(SitePath.outputFile(forPageURL: sites[page.edition].pages[page.index].url)) { return kept }
        let images = sites.flatMap(\.contentFiles).map(\.outputPath).filter { path in
            let name = path.split(separator: "/").last ?? ""
            let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last.map { $0.lowercased() } ?? "" : ""
            return imageExtensions.contains(ext) && (files[path]?.size ?? .max) <= imageLimit
        }
        for path in images.sorted() where !keep(path) { return kept }
        return kept
    }

    /// Which pages come first: the home and landing pages and the lists of the
    /// team, the accounts and the tags (0), then the playbook's own pages (1),
    /// then the pages made of team data, tags and filled sheets (2).
    static func rank(_ page: Page) -> Int {
        switch page.generated {
        case .team?, .accounts?, .tags?: return 0
        case .rep?, .account?, .tag?: return 2
        case nil: return page.kind != .page ? 0 : page.filledForm == nil ? 1 : 2
        }
    }

    /// What the layout sees: `cache_name`; `precache`, the list as a JSON array
    /// (insert it with triple braces), and `precache_count`; `not_found`, the
    /// 404 page; `site`, as seen from the root.
    package static func context(_ sites: [Site], files: [String: FileDigest], limit: Int = precacheLimit) -> LayoutFields {
        let list = precache(sites, files: files, limit: limit)
        let json = "[\n" + list.map { "  " + literal($0) }.joined(separator: ",\n") + "\n]"
        var context: LayoutFields = [
            "cache_name": cacheName(files), "precache": json, "precache_count": list.count, "not_found": "404.html",
        ]
        if let site = sites.first { context["site"] = PageContext.siteValues(site, root: "") }
        return context
    }

    /// A path as a JSON string of its URL: `%`, `#` and `?`, which a URL would read
    /// as something else, escaped, and what JSON escapes. Most paths need
    /// neither, which one pass over their bytes tells (Foundation's replacing
    /// cost 20,000 instructions a path).
    package static func literal(_ path: String) -> String {
        let plain = path.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != UInt8(ascii: "%") && byte != UInt8(ascii: "#") && byte != UInt8(ascii: "?")
                && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "<")
        }
        if plain { return "\"" + path + "\"" }
        var url = ""
        for character in path.unicodeScalars {
            switch character {
            case "%": url += "%25"
            case "#": url += "%23"
            case "?": url += "%3F"
            default: url.unicodeScalars.append(character)
            }
        }
        return JSONString.quoted(url)
    }
}
