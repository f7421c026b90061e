import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

/// The build-time search index, `assets/search-index.js`: a script (not JSON
/// fetched at run time, which browsers refuse on `file://`) setting
/// `window.PLAYBOOK_SEARCH` to the pages (title, URL from the site root,
/// section) and an inverted index from each term to the pages that hold it.
///
/// Terms: words of letters and digits, lower-cased, for alphabetic scripts
/// (the browser matches them by prefix); for Chinese, Japanese and Korean,
/// which put no spaces between words, every pair of adjacent characters, so a
/// phrase is found by the pairs it is made of.
package enum SearchIndex {
    package static let path = "assets/search-index.js"

    /// Each language's own index: `assets/search-index.js` for the default, `assets/search-index.en.js` for English beside it.
    package static func path(for edition: SiteEdition) -> String {
        edition.prefix.isEmpty ? path : "assets/search-index.\(edition.language).js"
    }

    package static func script(for site: Site) -> String {
        let pages = site.pages.indices.filter {
            (site.pages[$0].generated == nil && !site.pages[$0].isDraftSheet) || site.pages[$0].generated == .team
        }
        // Each page's entry and terms on its own (in parallel: this reads every word of the site), then one merge in page order.
        let perPage = parallelMap(pages) { index -> (entry: String, terms: (bytes: [UInt8], ends: [UInt32])) in
            let page = site.pages[index]
            let section = site.pages[site.sections[site.sectionOfPage[index]].landing].title
            let entry =
                "[\(JSONString.quoted(page.title)),\(JSONString.quoted(page.url)),\(JSONString.quoted(page.kind == .page ? section : ""))]"
            let text = [page.title, page.frontMatter.summary ?? "", page.frontMatter.tags.joined(separator: " "), page.body.text]
                .joined(separator: " ")
            // Each term once per page, in the order it first comes: the merge lists the page once for it.
            var terms = TermTable()
            forEachTerm(in: text) { terms.insert($0) }
            return (entry, terms.packed())
        }
        var terms = TermTable(capacity: 4096)
        var postings: [[Int32]] = []  // the pages of each of `terms`, by its id
        for (number, page) in perPage.enumerated() {
            page.terms.bytes.withUnsafeBufferPointer { bytes in
                var start = 0
                for end in page.terms.ends.lazy.map(Int.init) {
                    let term = terms.insert(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    if term.inserted { postings.append([]) }
                    postings[term.id].append(Int32(number))
                    start = end
                }
            }
        }
        var script = Array("window.PLAYBOOK_SEARCH={\"pages\":[".utf8)
        script.append(contentsOf: perPage.map(\.entry).joined(separator: ",").utf8)
        script.append(contentsOf: "],\"terms\":{".utf8)
        for (position, id) in terms.idsSortedByTerm().enumerated() {
            if position > 0 { script.append(UInt8(ascii: ",")) }
            script.append(contentsOf: JSONString.quoted(terms.term(id)).utf8)
            script.append(contentsOf: ":[".utf8)
            for (index, page) in postings[id].enumerated() {
                if index > 0 { script.append(UInt8(ascii: ",")) }
                appendDecimal(Int(page), to: &script)
            }
            script.append(UInt8(ascii: "]"))
        }
        script.append(contentsOf: "}};\n".utf8)
        return String(decoding: script, as: UTF8.self)
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
        func emit(_ range: Range<Int>) { body(UnsafeBufferPointer(rebasing: bytes[range])) }
        var wordStart = 0
        var wordLength = 0  // the word being read: its first byte, its length in characters
        var wordIsASCII = true
        var run: [Range<Int>] = []  // consecutive CJK characters, each by its bytes (they have no case)
        func flushWord(at end: Int) {
            if wordLength > 0, !wordIsASCII, !lowered {
                var word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self).lowercased()
                word.withUTF8 { forEachTerm(utf8: $0, lowered: true, body) }
            } else if wordLength >= 2 {
                emit(wordStart..<end)
            }
            wordLength = 0
            wordIsASCII = true
        }
        func flushRun() {
            if run.count == 1 { emit(run[0]) }
            if run.count >= 2 {
                for i in 0..<(run.count - 1) { emit(run[i].lowerBound..<run[i + 1].upperBound) }
            }
            run.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < bytes.count {
            let (scalar, length) = decode(bytes, at: index)
            if isCJK(scalar) {
                flushWord(at: index)
                run.append(index..<(index + length))
            } else if scalar.isLetterOrDigit {
                if !run.isEmpty { flushRun() }
                if wordLength == 0 { wordStart = index }
                wordLength += 1
                if length > 1 { wordIsASCII = false }
            } else {
                flushWord(at: index)
                if !run.isEmpty { flushRun() }
            }
            index += length
        }
        flushWord(at: bytes.count)
        flushRun()
    }

    /// The scalar whose UTF-8 starts at `index` (a Swift string's bytes are valid UTF-8), and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<min(length, bytes.count - index) {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", min(length, bytes.count - index))
    }

    /// Han, kana and Hangul: scripts written without spaces between words.
    package static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}
