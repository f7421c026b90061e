import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

/// The build-time search index, `assets/search-index.js`: a script (not JSON
/// fetched at run time, which browsers refuse on `file://`) setting
/// `window.PLAYBOOK_SEARCH`, loaded by `search.js` when the search box is first used:
///
/// - `groups`: the titles of the sections pages are listed under;
/// - `pages`: `[title, URL from the site root, group number + 1 (0: none), sections]`, each section
///   `[heading, text]` or `[heading, text, id]` (`SearchSection`: the opening has no heading; the
///   text is capped, for the snippet);
/// - `terms`: each term to the sections that hold it, numbered across all pages in order, or for a
///   term on many pages to those pages (`SearchPostings`).
///
/// Terms: words of letters and digits, lower-cased, for alphabetic scripts
/// (the browser matches them by prefix, and one typo away); for Chinese, Japanese and Korean,
/// which put no spaces between words, every pair of adjacent characters, so a
/// phrase is found by the pairs it is made of. Rep and account pages are in it by
/// name, with their role, region, manager, segment and owner.
package enum SearchIndex {
    package static let path = "assets/search-index.js"

    /// Each language's own index: `assets/search-index.js` for the default, `assets/search-index.en.js` for English beside it.
    package static func path(for edition: SiteEdition) -> String {
        edition.prefix.isEmpty ? path : "assets/search-index.\(edition.language).js"
    }

    /// Pages found by search: the written ones (not draft sheets), and the team's and accounts'.
    package static func isSearched(_ page: Page) -> Bool {
        switch page.generated {
        case nil: !page.isDraftSheet
        case .team?, .rep?, .accounts?, .account?: true
        case .tags?, .tag?: false
        }
    }

    package static func script(for site: Site) -> String {
        String(decoding: bytes(for: site), as: UTF8.self)
    }

    /// The script's bytes, made for the file without a string between; `batch` pages are read before each merge.
    package static func bytes(for site: Site, batch mergeBatch: Int = mergeBatch) -> [UInt8] {
        let pages = site.pages.indices.filter { isSearched(site.pages[$0]) }
        var groups: [String] = []
        var groupNumbers: [Int: Int] = [:]  // by section index
        let groupOfPage = pages.map { index -> Int in
            guard site.pages[index].kind == .page else { return 0 }
            let section = site.sectionOfPage[index]
            if let number = groupNumbers[section] { return number }
            groups.append(site.pages[site.sections[section].landing].title)
            groupNumbers[section] = groups.count
            return groups.count
        }
        var entries: [UInt8] = []  // the pages' entries, each after ",\n"
        var terms = TermTable(capacity: 4096)
        var postings: [[Int32]] = []  // the sections of each of `terms`, by its id
        var sectionNumber: Int32 = 0
        var pageOfSection: [Int32] = []
        // Each page's entry and its sections' terms on its own (in parallel: this reads every word of the site), merged a
        // batch at a time: all pages' terms waiting for one merge were a quarter of a large build's peak memory.
        let work = Array(zip(pages, groupOfPage))
        for batch in stride(from: 0, to: work.count, by: mergeBatch) {
            let perPage = parallelMap(Array(work[batch..<min(work.count, batch + mergeBatch)])) { pair in
                entry(site.pages[pair.0], group: pair.1, in: site)
            }
            for (offset, page) in perPage.enumerated() {
                if batch + offset > 0 { entries.append(contentsOf: ",\n".utf8) }
                entries.append(contentsOf: page.entry)
                for section in page.terms {
                    pageOfSection.append(Int32(batch + offset))
                    section.bytes.withUnsafeBufferPointer { bytes in
                        var start = 0
                        for end in section.ends.lazy.map(Int.init) {
                            let term = terms.insert(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                            if term.inserted { postings.append([]) }
                            postings[term.id].append(sectionNumber)
                            start = end
                        }
                    }
                    sectionNumber += 1
                }
            }
        }
        var tail: [UInt8] = []
        for (position, id) in terms.idsSortedByTerm().enumerated() {
            if position > 0 { tail.append(UInt8(ascii: ",")) }
            appendQuoted(terms.term(id), to: &tail)
            tail.append(contentsOf: ":\"".utf8)
            var pages: [Int32] = []
            for section in postings[id] where pages.last != pageOfSection[Int(section)] { pages.append(pageOfSection[Int(section)]) }
            if isListedByPage(pages: pages.count, of: work.count) {
                tail.append(UInt8(ascii: "~"))
                SearchPostings.append(pages, to: &tail)
            } else {
                SearchPostings.append(postings[id], to: &tail)
            }
            tail.append(UInt8(ascii: "\""))
        }
        postings = []
        var head = Array("window.PLAYBOOK_SEARCH={\"groups\":[".utf8)
        for (number, group) in groups.enumerated() {
            if number > 0 { head.append(UInt8(ascii: ",")) }
            appendQuoted(group, to: &head)
        }
        head.append(contentsOf: "],\n\"pages\":[".utf8)
        let middle = Array("],\n\"terms\":{".utf8)
        let end = Array("}};\n".utf8)
        var script: [UInt8] = []
        script.reserveCapacity(head.count + entries.count + middle.count + tail.count + end.count)  // once: the script is megabytes
        for part in [head, entries, middle, tail, end] { script.append(contentsOf: part) }
        return script
    }

    /// How many pages are read before their terms are merged.
    package static let mergeBatch = 1024

    /// A page's entry in `pages`, and its sections' terms.
    private static func entry(_ page: Page, group: Int, in site: Site) -> (entry: [UInt8], terms: [Packed]) {
        let sections = SearchSection.of(page, in: site)
        var entry: [UInt8] = []
        entry.reserveCapacity(64 + SearchSection.openingTextLimit + sections.count * (SearchSection.textLimit + 48))
        entry.append(UInt8(ascii: "["))
        appendQuoted(page.title, to: &entry)
        entry.append(UInt8(ascii: ","))
        appendQuoted(page.url, to: &entry)
        entry.append(UInt8(ascii: ","))
        appendDecimal(group, to: &entry)
        entry.append(contentsOf: ",[".utf8)
        var terms: [Packed] = []
        var table = TermTable(capacity: 256)  // one for all the page's sections, emptied for each
        for (number, section) in sections.enumerated() {
            if number > 0 { entry.append(UInt8(ascii: ",")) }
            entry.append(UInt8(ascii: "["))
            appendQuoted(section.heading, to: &entry)
            entry.append(UInt8(ascii: ","))
            appendQuoted(section.kept, to: &entry)
            if let id = section.id {
                entry.append(UInt8(ascii: ","))
                appendQuoted(id, to: &entry)
            }
            entry.append(UInt8(ascii: "]"))
            // Each term once per section, in the order it first comes: the merge lists the section once for it.
            table.removeAll()
            forEachTerm(in: section.searched) { table.insert($0) }
            forEachTerm(in: section.heading) { table.insert($0) }
            forEachTerm(in: section.text) { table.insert($0) }
            terms.append(table.packed())
        }
        entry.append(contentsOf: "]]".utf8)
        return (entry, terms)
    }

    /// A term on more than a tenth of the pages, and on more than 50, is listed by page, not by section (see `SearchPostings`).
    package static func isListedByPage(pages: Int, of total: Int) -> Bool {
        pages > 50 && pages * 10 > total
    }

    private typealias Packed = (bytes: [UInt8], ends: [UInt32])

    /// `JSONString.quoted`, byte by byte into `out`: the index quotes every word of the site.
    private static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        var text = text
        out.append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            // The bytes between two that need escaping are copied in one piece: most text has none.
            var plain = 0
            for (index, byte) in bytes.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<index]))
                plain = index + 1
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "\\u003c".utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 15)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A page number's digits: `String(number)` for each of a million postings was a tenth of the merge.
    private static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        if number >= 10 { appendDecimal(number / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    /// The index terms of a text; the browser script splits a query the same way.
    package static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachTerm(in: text) { terms.append(String(decoding: $0, as: UTF8.self)) }
        return terms
    }

    /// Each of `terms(text)` as the UTF-8 of a lower-cased word, valid only while `body` runs: no string is made for it.
    package static func forEachTerm(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var bytes = Array(text.utf8)
        // ASCII letters lower-cased byte by byte here; a word with other letters is lower-cased on its own when it ends.
        bytes.withUnsafeMutableBufferPointer { bytes in
            for index in bytes.indices { bytes[index] = bytes[index].asciiLowercased }
        }
        bytes.withUnsafeBufferPointer { forEachTerm(utf8: $0, lowered: false, body) }
    }

    /// `forEachTerm` over UTF-8 whose ASCII is lower-cased, one pass, words kept as byte ranges. A word
    /// with a letter beyond ASCII is `lowercased()` (which may change its length) and read again, unless
    /// `lowered` says that was done: the whole text is not, as `lowercased()` costs most on long texts.
    private static func forEachTerm(utf8 bytes: UnsafeBufferPointer<UInt8>, lowered: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        func emit(_ start: Int, _ end: Int) { body(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
        var wordStart = 0
        var wordLength = 0  // the word being read: its first byte, its length in characters
        var wordIsASCII = true
        // Consecutive CJK characters (they have no case): each pair is emitted as its second character comes;
        // a character alone is emitted when its run ends.
        var runLength = 0
        var previousStart = 0
        var previousEnd = 0
        func flushWord(at end: Int) {
            if wordLength > 0, !wordIsASCII, !lowered {
                var word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self).lowercased()
                word.withUTF8 { forEachTerm(utf8: $0, lowered: true, body) }
            } else if wordLength >= 2 {
                emit(wordStart, end)
            }
            wordLength = 0
            wordIsASCII = true
        }
        func flushRun() {
            if runLength == 1 { emit(previousStart, previousEnd) }
            runLength = 0
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII: a letter or digit continues a word, anything else ends it.
                if (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
                    if runLength > 0 { flushRun() }
                    if wordLength == 0 { wordStart = index }
                    wordLength += 1
                } else {
                    if wordLength > 0 { flushWord(at: index) }
                    if runLength > 0 { flushRun() }
                }
                index += 1
                continue
            }
            let (scalar, length) = bytes.scalar(at: index)
            if isCJK(scalar) {
                if wordLength > 0 { flushWord(at: index) }
                if runLength > 0 { emit(previousStart, index + length) }
                runLength += 1
                previousStart = index
                previousEnd = index + length
            } else if scalar.isLetterOrDigit {
                if runLength > 0 { flushRun() }
                if wordLength == 0 { wordStart = index }
                wordLength += 1
                wordIsASCII = false
            } else {
                if wordLength > 0 { flushWord(at: index) }
                if runLength > 0 { flushRun() }
            }
            index += length
        }
        flushWord(at: bytes.count)
        flushRun()
    }

    /// Han, kana and Hangul: scripts written without spaces between words.
    package static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}
