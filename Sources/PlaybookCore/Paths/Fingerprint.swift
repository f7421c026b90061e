import Foundation

/// Fingerprinted file names: the theme's stylesheets and scripts are also
/// written as `NAME.<8 hex digits>.EXT`, the digits taken from their bytes, so a
/// file that changes gets a new URL and no browser or CDN cache can serve the
/// old one after a deploy, while one that does not change keeps its name.
public enum Fingerprint {
    /// The extensions whose files get a fingerprinted name.
    public static let extensions: Set<String> = ["css", "js"]

    /// True when `path` names a file that gets a fingerprinted name (by its extension).
    public static func applies(to path: String) -> Bool {
        guard let dot = extensionStart(of: path) else { return false }
        return extensions.contains(String(path[path.index(after: dot)...]))
    }

    /// `assets/js/core.js` holding `data` → `assets/js/core.3f9c2e1a.js`.
    public static func name(_ path: String, data: Data) -> String {
        name(path, hash: StableID.hash(data))
    }

    /// The name for the bytes whose 64-bit FNV-1a hash is `hash`: its top 32 bits, as 8 hex digits.
    public static func name(_ path: String, hash: UInt64) -> String {
        let digits = String(hash >> 32, radix: 16)
        let hex = String(repeating: "0", count: 8 - digits.count) + digits
        guard let dot = extensionStart(of: path) else { return path + "." + hex }
        return String(path[..<dot]) + "." + hex + String(path[dot...])
    }

    /// The name a layout gives an asset, `{{site.asset.KEY}}`: its path under
    /// `assets/` with every character but an ASCII letter or digit written `_`
    /// (`js/core.js` → `js_core_js`, `playbook.css` → `playbook_css`).
    public static func key(_ path: String) -> String {
        String(path.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "_" })
    }

    /// Where the extension's dot is: in the last path segment, not its first character.
    private static func extensionStart(of path: String) -> String.Index? {
        let name = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[name...].lastIndex(of: "."), dot > name else { return nil }
        return dot
    }
}
