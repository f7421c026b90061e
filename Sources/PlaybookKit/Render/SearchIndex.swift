/// The build-time search index, `assets/search-index.js`: a script (not JSON
/// fetched at run time, which browsers refuse on `file://`) setting
/// `window.PLAYBOOK_SEARCH` to the pages (title, URL from the site root,
/// section) and an inverted index from each term to the pages that hold it.
///
/// Terms: words of letters and digits, lower-cased, for alphabetic scripts
/// (the browser matches them by prefix); for Chinese, Japanese and Korean,
/// which put no spaces between words, every pair of adjacent characters, so a
/// phrase is found by the pairs it is made of.
enum SearchIndex {
    static let path = "assets/search-index.js"

    static func script(for site: Site) -> String {
        let pages = site.pages.indices.filter { site.pages[$0].generated == nil || site.pages[$0].generated == .team }
        // Each page's entry and terms on its own (in parallel: this reads every word of the site), then one merge in page order.
        let perPage = parallelMap(pages) { index -> (entry: String, terms: [String]) in
            let page = site.pages[index]
            let section = site.pages[site.sections[site.sectionOfPage[index]].landing].title
            let entry = "[\(FormHTML.json(page.title)),\(FormHTML.json(page.url)),\(FormHTML.json(page.kind == .page ? section : ""))]"
            var seen: Set<String> = []
            let text = [page.title, page.frontMatter.summary ?? "", page.frontMatter.tags.joined(separator: " "), page.body.text]
                .joined(separator: " ")
            return (entry, Self.terms(text).filter { seen.insert($0).inserted })
        }
        var terms: [String: [Int]] = [:]
        for (number, page) in perPage.enumerated() {
            for term in page.terms { terms[term, default: []].append(number) }
        }
        let entries = perPage.map(\.entry)
        var script = "window.PLAYBOOK_SEARCH={\"pages\":[" + entries.joined(separator: ",") + "],\"terms\":{"
        script += terms.keys.sorted().map { term in
            FormHTML.json(term) + ":[" + (terms[term] ?? []).map(String.init).joined(separator: ",") + "]"
        }.joined(separator: ",")
        return script + "}};\n"
    }

    /// The index terms of a text; the browser script splits a query the same way.
    static func terms(_ text: String) -> [String] {
        var result: [String] = []
        let lowered = text.lowercased()
        let scalars = lowered.unicodeScalars
        // The word being read, as a range of `scalars` (not copied scalar by scalar).
        var wordStart = scalars.startIndex, wordLength = 0
        var run: [Unicode.Scalar] = []  // consecutive CJK characters
        var index = scalars.startIndex
        func flushWord() {
            if wordLength >= 2 { result.append(String(scalars[wordStart..<index])) }
            wordLength = 0
        }
        func flushRun() {
            if run.count == 1 { result.append(String(run[0])) }
            if run.count >= 2 { for i in 0..<(run.count - 1) { result.append(String(run[i]) + String(run[i + 1])) } }
            run.removeAll(keepingCapacity: true)
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isCJK(scalar) {
                flushWord()
                run.append(scalar)
            } else if scalar.value < 0x80
                ? (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                : scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                // ASCII answered without the Unicode tables (the text is lower-cased already).
                if !run.isEmpty { flushRun() }
                if wordLength == 0 { wordStart = index }
                wordLength += 1
            } else {
                flushWord()
                if !run.isEmpty { flushRun() }
            }
            index = scalars.index(after: index)
        }
        flushWord()
        flushRun()
        return result
    }

    /// Han, kana and Hangul: scripts written without spaces between words.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}
