import PlaybookCore
import PlaybookSite
import PlaybookTeam

/// One part of a page as the search index holds it: the page's opening (no
/// heading: its title, summary, tags and the text before the first heading,
/// or a rep's or account's details) or a heading with the text up to the
/// next one. A result links to the heading of the section its words are in.
package struct SearchSection: Equatable {
    /// The heading as a reader sees it; empty for the page's opening.
    package var heading: String
    /// The heading's id; nil for the opening, and written out only when the browser cannot make it from `heading`.
    package var id: String?
    /// Words only searched, never shown (the title, tags: the result shows the title already).
    package var searched: String
    /// The text shown around a match: the section's own words.
    package var text: String

    /// Bytes of a section's text the index keeps for the snippet: the page's opening 160 (about 25 English words
    /// or 50 Chinese characters: the summary, a rep's or account's details), each other section 80. The words
    /// further on are still found, and linked to their heading, but not shown. Chosen to keep the index under
    /// 5 % of the HTML on the 10,000-page corpus (docs/performance.md).
    package static let openingTextLimit = 160
    package static let textLimit = 80

    /// The text the index keeps of this section.
    package var kept: String { Self.capped(text, to: heading.isEmpty ? Self.openingTextLimit : Self.textLimit) }

    package init(heading: String, id: String?, searched: String, text: String) {
        self.heading = heading
        self.id = id
        self.searched = searched
        self.text = text
    }

    /// The sections of a page, in order; its opening first, even when empty.
    package static func of(_ page: Page, in site: Site) -> [SearchSection] {
        let body = page.body
        let tags = page.frontMatter.tags.joined(separator: " ")
        let summary = page.frontMatter.summary ?? ""
        var opening = [summary] + details(of: page, in: site)
        guard !body.headings.isEmpty, body.headingRanges.count == body.headings.count else {
            opening.append(body.text)
            return [SearchSection(heading: "", id: nil, searched: page.title + " " + tags, text: joined(opening))]
        }
        let utf8 = body.text.utf8
        func slice(_ from: Int, _ to: Int) -> String {
            String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]))
        }
        opening.append(slice(0, body.headingRanges[0].lowerBound))
        var sections = [SearchSection(heading: "", id: nil, searched: page.title + " " + tags, text: joined(opening))]
        for (number, heading) in body.headings.enumerated() {
            let end = number + 1 < body.headings.count ? body.headingRanges[number + 1].lowerBound : utf8.count
            let text = slice(body.headingRanges[number].upperBound, end)
            sections.append(
                SearchSection(
                    heading: heading.text, id: browserMakesID(heading) ? nil : heading.id, searched: "", text: trimmed(text)))
        }
        return sections
    }

    /// What a rep's or an account's page shows besides its name, as words to find it by.
    private static func details(of page: Page, in site: Site) -> [String] {
        switch page.generated {
        case .rep(let id)?:
            guard let rep = site.team?.rep(id)?.rep else { return [] }
            let manager = rep.manager.flatMap { site.team?.rep($0)?.rep.name }
            return [rep.region, manager].compactMap { $0 }
        case .account(let id)?:
            guard let report = site.team?.account(id) else { return [] }
            return [report.account.segment, report.ownerName]
        default:
            return []
        }
    }

    private static func joined(_ parts: [String]) -> String {
        parts.map(trimmed).filter { !$0.isEmpty }.joined(separator: " · ")
    }

    package static func trimmed(_ text: String) -> String {
        // Most texts neither start nor end with a space: known from two bytes, without reading characters.
        let space = UInt8(ascii: " ")
        let utf8 = text.utf8
        guard utf8.first == space || utf8.last == space else { return text }
        // The spaces counted as bytes when ASCII lies next to them: then each is a character of its own. Beside
        // other letters a space may belong to one (a combining mark after it, a prefix mark before it): those
        // texts are read by characters.
        guard let first = utf8.firstIndex(where: { $0 != space }), let last = utf8.lastIndex(where: { $0 != space }) else { return "" }
        guard utf8[first] < 0x80, utf8[last] < 0x80 else {
            guard let first = text.firstIndex(where: { $0 != " " }), let last = text.lastIndex(where: { $0 != " " }) else { return "" }
            return String(text[first...last])
        }
        return String(Substring(utf8[first...last]))
    }

    /// True when the browser's `slug` (search.js) gives this heading's id: its text has no letters with case
    /// beyond ASCII (the two lower-case those the same way) and the id is the slug, not numbered or written.
    private static func browserMakesID(_ heading: Heading) -> Bool {
        !heading.text.isEmpty && heading.text.hasNoCaseBeyondASCII && Slug.make(heading.text) == heading.id
    }

    /// `text` at most `limit` bytes long, cut before a word (or a character, in Chinese) and marked `…` when cut.
    package static func capped(_ text: String, to limit: Int) -> String {
        let utf8 = text.utf8
        guard utf8.count > limit else { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: limit)
        while end > utf8.startIndex, UTF8.isContinuation(utf8[end]) { end = utf8.index(before: end) }
        // Back to the space before a word cut in two: ASCII letters and digits on both sides of the cut.
        func isWordByte(_ byte: UInt8) -> Bool { byte < 0x80 && Unicode.Scalar(byte).isLetterOrDigit }
        if isWordByte(utf8[end]), end > utf8.startIndex, isWordByte(utf8[utf8.index(before: end)]) {
            var back = end
            while back > utf8.startIndex, isWordByte(utf8[utf8.index(before: back)]) { back = utf8.index(before: back) }
            if back > utf8.startIndex { end = back }
        }
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
        return String(decoding: utf8[..<end], as: UTF8.self) + "…"  // bytes: a Substring counted its characters
    }
}
