import Foundation
import PlaybookCore
import PlaybookSite

/// `assets/messages.<language>.js`: the catalogue's `js.*` strings as a script
/// setting `window.PLAYBOOK_MESSAGES`, so that what the scripts write for a
/// reader (search status, form status lines) is in the page's language. A
/// script, not JSON fetched at run time, which browsers refuse on `file://`.
package enum MessagesScript {
    /// What a key starts with to be given to the scripts.
    package static let prefix = "js."

    /// The script's plain name, kept for themes that name it so (`{{site.assets}}messages.en.js`).
    package static func path(for edition: SiteEdition) -> String {
        SiteLayout.outputAssets + "messages.\(edition.language).js"
    }

    /// Its fingerprinted name (`assets/messages.en.3f9c2e1a.js`), which the default theme loads.
    package static func fingerprintedPath(for edition: SiteEdition) -> String {
        Fingerprint.name(path(for: edition), data: Data(script(for: edition).utf8))
    }

    /// The same, as the pipeline noted it in the site's `assetNames` (made once a build), else made now.
    package static func fingerprintedPath(in site: Site) -> String {
        site.assetNames[path(for: site.edition)] ?? fingerprintedPath(for: site.edition)
    }

    /// The script, keys without their prefix and in order (the same bytes every build).
    package static func script(for edition: SiteEdition) -> String {
        let messages = edition.messages
        let entries = messages.keys.filter { $0.hasPrefix(prefix) }.sorted().map { key in
            JSONString.quoted(String(key.dropFirst(prefix.count))) + ":" + JSONString.quoted(messages[key])
        }
        return "window.PLAYBOOK_MESSAGES = {" + entries.joined(separator: ",\n") + "};\n"
    }
}
