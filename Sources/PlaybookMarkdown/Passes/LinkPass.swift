import Foundation
import PlaybookCore

/// Relative links to `.md` files (as they work on any Git host) become links to
/// the pages made of them; links to other files in `content/` are adjusted to
/// the page's place in the output; `#anchors` on the page are checked here,
/// links to other pages are returned for the resolve stage to check.
/// Script-bearing URLs (`javascript:` and the like) are dropped.
package struct LinkPass {
    package func run(_ context: MarkdownPassContext, anchors: Set<String>) -> [LinkReference] {
        var references: [LinkReference] = []
        var nodes = context.document.descendants(ofKind: .link)
        nodes += context.document.descendants(ofKind: .image)
        nodes.sort { ($0.startLine, $0.startColumn) < ($1.startLine, $1.startColumn) }
        for node in nodes {
            guard let url = node.url, !url.isEmpty else { continue }
            switch Self.resolve(url, image: node.kind == .image, at: context.location(of: node), context, anchors: anchors) {
            case .asWritten: continue
            case .dropped: Self.unwrap(node)
            case .rewritten(let rewritten, let reference):
                node.url = rewritten
                references.append(reference)
            }
        }
        return references
    }

    /// What becomes of a URL a page links to.
    package enum Outcome: Equatable {
        /// Another site's, or text with no place in the site: left as it is.
        case asWritten
        /// Script-bearing: the link goes (a warning said so).
        case dropped
        /// The address the page links with, and what the resolve stage checks.
        case rewritten(String, LinkReference)
    }

    /// One link's URL resolved as its author meant it, the same for Markdown
    /// links and for URLs inside kept HTML; problems found here are reported at `location`.
    package static func resolve(
        _ url: String, image: Bool, at location: SourceLocation, _ context: MarkdownPassContext, anchors: Set<String>
    ) -> Outcome {
        if isScriptBearing(url, image: image) {
            context.report(.warning(location, "link to '\(shortened(url))' dropped: script-bearing URLs are not allowed"))
            return .dropped
        }
        if hasScheme(url) || url.hasPrefix("//") { return .asWritten }
        // Text with no place in the site (`playbook render` of standard input): links stay as written.
        guard context.hasPlaceInSite || url.hasPrefix("#") else { return .asWritten }

        var path = url
        var fragment: String? = nil
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        var query = ""
        if let mark = path.utf8.firstIndex(of: UInt8(ascii: "?")) {
            query = String(path[mark...])
            path = String(path[..<mark])
        }
        let decodedFragment = fragment.map(percentDecoded)

        if path.isEmpty {
            if let decodedFragment, !decodedFragment.isEmpty, !anchors.contains(decodedFragment) {
                context.report(.warning(location, "no heading with id '#\(decodedFragment)' on this page"))
            }
            return .asWritten
        }
        let decoded = percentDecoded(path)
        let pageURL = context.pageURL
        var fromFile = SitePath.resolve(decoded, against: context.folder)
        // `../b/` as Hugo's authors mean it, from the page's address, when only that way leads to a page.
        if decoded.utf8.first != UInt8(ascii: "/"), !context.pageAddresses.isEmpty, fromFile?.hasSuffix(".md") != true,
            fromFile.flatMap(SitePath.pageAddress).map({ context.pageAddresses.contains($0) }) != true,
            let fromPage = SitePath.resolve(decoded, against: SitePath.address(ofPageURL: pageURL)),
            let address = SitePath.pageAddress(fromPage), context.pageAddresses.contains(address)
        {
            fromFile = fromPage
        }
        guard var resolved = fromFile else {
            context.report(.warning(location, "link '\(url)' leads outside the site's content/ folder"))
            return .asWritten
        }
        let suffix = query + (fragment.map { "#" + $0 } ?? "")
        if resolved.hasSuffix(".md") {
            resolved = context.folderPages[resolved] ?? resolved
            let target = SitePath.pageURL(forContentPath: resolved)
            return .rewritten(
                encode(SitePath.relative(from: pageURL, to: target)) + suffix,
                LinkReference(target: .page(resolved), fragment: decodedFragment, written: url, location: location))
        }
        let isFolder = decoded.hasSuffix("/") || resolved.isEmpty
        let target = isFolder ? (resolved.isEmpty ? "" : resolved + "/") : resolved
        return .rewritten(
            encode(SitePath.relative(from: pageURL, to: target)) + suffix,
            LinkReference(target: .file(resolved), fragment: decodedFragment, written: url, location: location))
    }

    /// Keeps a link's text, drops the link.
    private static func unwrap(_ node: MarkdownNode) {
        for child in node.children {
            child.unlink()
            node.insertBefore(child)
        }
        node.remove()
    }

    /// `scheme:` first: an ASCII letter, then up to 31 letters, digits, `+`, `-` or `.`.
    package static func hasScheme(_ url: String) -> Bool {
        var length = 0
        for byte in url.utf8 {
            if byte == UInt8(ascii: ":") { return length > 0 }
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let allowed =
                length == 0
                ? isLetter
                : isLetter || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            guard allowed, length < 32 else { return false }
            length += 1
        }
        return false
    }

    /// The schemes libcmark's safe mode refuses, refused here in every mode. White space and control
    /// characters are left out wherever they are, as browsers drop them (`java&#10;script:` in HTML).
    package static func isScriptBearing(_ url: String, image: Bool) -> Bool {
        guard url.utf8.contains(UInt8(ascii: ":")) else { return false }  // no scheme at all: most links
        var start = ""
        for scalar in url.unicodeScalars where !scalar.properties.isWhitespace && scalar.properties.generalCategory != .control {
            start.unicodeScalars.append(scalar)
            if start.unicodeScalars.count == 32 { break }
        }
        let lowered = start.lowercased()
        if lowered.hasPrefix("javascript:") || lowered.hasPrefix("vbscript:") || lowered.hasPrefix("file:") { return true }
        if lowered.hasPrefix("data:") {
            let safeImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !(image && safeImages.contains(where: { lowered.hasPrefix($0) }))
        }
        return false
    }

    private static func encode(_ path: String) -> String {
        // Most paths need no escaping: Foundation's encoder only for those that may.
        if path.utf8.allSatisfy(isPlainPathByte) { return path }
        return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    /// ASCII letters, digits and `-._~/`: in `.urlPathAllowed`, so `encode` leaves them as they are.
    private static func isPlainPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"): true
        default: false
        }
    }

    private static func percentDecoded(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "%")) ? (text.removingPercentEncoding ?? text) : text
    }

    /// For a message: at most 40 characters, and control characters (a URL in raw HTML may hold `&NewLine;`)
    /// written as escapes, so the message stays on its one line.
    private static func shortened(_ url: String) -> String {
        let short = url.count > 40 ? String(url.prefix(40)) + "…" : url
        guard short.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return short }
        var shown = ""
        for scalar in short.unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\t": shown += "\\t"
            case _ where scalar.properties.generalCategory == .control:
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    package init() {
    }
}
