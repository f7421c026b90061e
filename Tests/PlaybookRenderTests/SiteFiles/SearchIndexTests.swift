import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

@Suite struct SearchIndexTests {
    @Test func wordsByLettersAndDigitsChineseByPairs() {
        #expect(
            SearchIndex.terms("Visit the CFO; 承诺目标 and Ünïcode café, Q4-2026 x") == [
                "visit", "the", "cfo", "承诺", "诺目", "目标", "and", "ünïcode", "café", "q4", "2026",
            ])
        #expect(SearchIndex.terms("中") == ["中"])
        #expect(SearchIndex.terms("abc中文def") == ["abc", "中文", "def"])
        #expect(SearchIndex.terms("ひらがな한국어 ٣٤ 𠀀𠀁") == ["ひら", "らが", "がな", "な한", "한국", "국어", "٣٤", "𠀀𠀁"])
        #expect(SearchIndex.terms("") == [] && SearchIndex.terms(" , a . ") == [])
    }

    /// The index as JSON: its groups, pages and terms.
    static func parsed(_ script: String) throws -> [String: Any] {
        #expect(script.hasPrefix("window.PLAYBOOK_SEARCH={") && script.hasSuffix("};\n"))
        let json = script.dropFirst("window.PLAYBOOK_SEARCH=".count).dropLast(2)
        return try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// The sections (page URL, heading) a term's postings name.
    static func sections(of term: String, in index: [String: Any]) throws -> [String] {
        let pages = try #require(index["pages"] as? [[Any]])
        let all = pages.flatMap { page in (page[3] as! [[String]]).map { "\(page[1] as! String)#\($0[0])" } }
        let terms = try #require(index["terms"] as? [String: String])
        return SearchPostings.decode(try #require(terms[term])).map { all[$0] }
    }

    @Test func theIndexListsEachSectionOnceForATermInPageOrder() throws {
        let site = Site.of([
            "a.md": "## Alpha\n\nPilot pilot PILOT.\n", "b.md": "## Beta\n\nNo such word.\n",
            "c.md": "## Gamma\n\nA pilot.\n\n## Later\n\nPilot again.\n",
        ])
        let index = try Self.parsed(SearchIndex.script(for: site))
        #expect(try Self.sections(of: "pilot", in: index) == ["a/#Alpha", "c/#Gamma", "c/#Later"])
    }

    /// Pages are read and merged a batch at a time: the index is the same whatever the batch's size.
    @Test func theIndexIsTheSameWhateverTheMergeBatch() throws {
        var files: [String: String] = [:]
        for number in 0..<70 {
            files["s\(number % 3)/p\(number).md"] =
                "# Page \(number)\n\nCommon words \(number).\n\n## More\n\nCommon again, 承诺目标 \(number % 5).\n"
        }
        let site = Site.of(files)
        let whole = SearchIndex.bytes(for: site, batch: 1000)
        #expect(SearchIndex.script(for: site) == String(decoding: whole, as: UTF8.self))
        for batch in [1, 2, 7, 64] { #expect(SearchIndex.bytes(for: site, batch: batch) == whole, "batch \(batch)") }
        #expect(try Self.sections(of: "承诺", in: Self.parsed(SearchIndex.script(for: site))).count == 70)
    }

    /// The index's strings are JSON read back exactly, whatever the text holds: quotes, backslashes, a tab,
    /// `<` (never `</script>` in a script), Chinese, and long runs with nothing to escape between.
    @Test func theIndexQuotesEveryStringItWrites() throws {
        let title = "Say \"yes\" \\ no\tthen <b> 承诺"
        let site = Site.of(["a.md": "---\ntitle: '\(title)'\n---\n\nPlain words only.\n"])  // single-quoted: all literal
        let script = SearchIndex.script(for: site)
        #expect(!script.contains("<b>") && script.contains("\\u003cb>") && script.contains("no\\u0009then"))
        let pages = try #require(Self.parsed(script)["pages"] as? [[Any]])
        #expect(pages.contains { $0[0] as? String == title })
    }

    @Test func aTermOnManyPagesIsListedByPage() throws {
        var files: [String: String] = [:]
        for number in 0..<60 {
            files["p\(number).md"] = "# Page \(number)\n\nCommon words.\n\n## More\n\nCommon again\(number == 7 ? ", rare" : "").\n"
        }
        let site = Site.of(files)
        let index = try Self.parsed(SearchIndex.script(for: site))
        let terms = try #require(index["terms"] as? [String: String])
        let pages = try #require(index["pages"] as? [[Any]])
        // "common": on all 60 pages (more than 50, more than a tenth), by page; "rare" by section.
        #expect(terms["common"]?.hasPrefix("~") == true)
        let listed = SearchPostings.decode(try #require(terms["common"])).map { pages[$0][1] as? String ?? "" }
        #expect(listed == pages.compactMap { $0[1] as? String }.filter { $0.hasPrefix("p") })  // not the home page made for them
        #expect(try Self.sections(of: "rare", in: index) == ["p7/#More"])
        #expect(!SearchIndex.isListedByPage(pages: 50, of: 60) && !SearchIndex.isListedByPage(pages: 60, of: 601))
    }

    @Test func eachHeadingStartsASectionWithItsTextAndItsIDWhenTheBrowserCannotMakeIt() throws {
        let site = Site.of([
            "plan.md": """
            ---
            title: Plan
            summary: Before a visit.
            tags: [visits]
            ---

            Opening words.

            ## Share of wallet

            What they spend with us.

            - one
            - two

            ## Share of wallet

            Again.

            ## Pricing {#price}

            | Step | Who |
            | --- | --- |
            | Open | Rep |

            ## 承诺目标

            客户要做的事。

            ## Über uns

            Text.
            """
        ])
        let index = try Self.parsed(SearchIndex.script(for: site))
        let pages = try #require(index["pages"] as? [[Any]])
        let plan = try #require(pages.first { $0[1] as? String == "plan/" })
        #expect(plan[0] as? String == "Plan")
        #expect(
            plan[3] as? [[String]] == [
                ["", "Before a visit. · Opening words."],
                ["Share of wallet", "What they spend with us. one two"],
                ["Share of wallet", "Again.", "share-of-wallet-1"],
                ["Pricing", "Step Who Open Rep", "price"],
                ["承诺目标", "客户要做的事。"],
                ["Über uns", "Text.", "über-uns"],
            ])
        // The title and tags are found in the opening; a heading's words in its section; cells are words apart.
        #expect(try Self.sections(of: "visits", in: index) == ["plan/#"])
        #expect(try Self.sections(of: "wallet", in: index) == ["plan/#Share of wallet", "plan/#Share of wallet"])
        #expect(try Self.sections(of: "who", in: index) == ["plan/#Pricing"])
        #expect(try Self.sections(of: "承诺", in: index) == ["plan/#承诺目标"])
        #expect((index["terms"] as? [String: String])?["stepwho"] == nil)
    }

    @Test func repsAndAccountsAreFoundByNameInBothEditions() throws {
        let site = try TemporarySite.sample()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        for (path, prefix) in [("assets/search-index.js", ""), ("assets/search-index.en.js", "en/")] {
            let index = try Self.parsed(try #require(site.read(path)))
            let pages = try #require(index["pages"] as? [[Any]])
            let rep = try #require(pages.first { $0[1] as? String == prefix + "team/li-na/" })
            #expect(rep[0] as? String == "Li Na")
            #expect((rep[3] as? [[String]])?.first?[1].contains("Wei Zhang") == true)  // her manager
            let account = try #require(pages.first { $0[1] as? String == prefix + "accounts/harbor-logistics/" })
            #expect(account[0] as? String == "Harbor Logistics")
            #expect(try Self.sections(of: "harbor", in: index).contains(prefix + "accounts/harbor-logistics/#"))
            #expect(try Self.sections(of: "na", in: index).contains(prefix + "team/li-na/#"))
            // Tag pages and draft sheets are not searched.
            #expect(!pages.contains { ($0[1] as? String)?.hasPrefix(prefix + "tags/") == true })
        }
    }

    @Test func theIndexIsTheSameOnEveryBuild() throws {
        let site = try TemporarySite.sample()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let first = site.read("assets/search-index.js")
        try FileManager.default.removeItem(at: site.output)
        #expect(site.build().succeeded)
        #expect(first != nil && site.read("assets/search-index.js") == first)
    }

    @Test func postingsAreReadBackAsWritten() {
        var generator = SystemRandomNumberGenerator()
        let cases: [[Int32]] = [[0], [31], [32], [1023, 1024, 1025], [0, 1, 2, 3, 4, 5, 6], Array(0..<500).filter { $0 % 3 == 0 }]
        let random = (0..<50).map { _ in
            Array(Set((0..<Int.random(in: 1...300, using: &generator)).map { _ in Int32.random(in: 0..<100_000, using: &generator) }))
                .sorted()
        }
        for sections in cases + random {
            var out: [UInt8] = []
            SearchPostings.append(sections, to: &out)
            #expect(SearchPostings.decode(String(decoding: out, as: UTF8.self)) == sections.map(Int.init))
            #expect(!out.contains(UInt8(ascii: "\"")) && !out.contains(UInt8(ascii: "\\")) && !out.contains(UInt8(ascii: "<")))
        }
        // A term in most sections costs a bit a section.
        var dense: [UInt8] = []
        SearchPostings.append(Array(0..<600), to: &dense)
        #expect(dense.first == UInt8(ascii: "!") && dense.count == 101)
    }

    @Test func aSectionsTextIsCutBeforeAWordOrACharacter() {
        let english = String(repeating: "commitment ", count: 30)
        let cut = SearchSection.capped(english, to: 80)
        #expect(cut.hasSuffix("commitment…") && cut.utf8.count <= 80 + 3)
        let chinese = String(repeating: "承诺目标，", count: 30)
        let cutChinese = SearchSection.capped(chinese, to: 80)
        #expect(cutChinese.hasSuffix("…") && chinese.hasPrefix(String(cutChinese.dropLast())))
        #expect(cutChinese.utf8.count <= 80 + 3)
        #expect(SearchSection.capped("short", to: 80) == "short")
    }
}

extension SearchIndexTests {
    @Test func asciiTextIsLowerCasedAsAnyOther() {
        #expect(SearchIndex.terms("MEDDPICC Champion, Q4") == ["meddpicc", "champion", "q4"])
        #expect(SearchIndex.terms("MEDDPICC Champion, Q4 é") == ["meddpicc", "champion", "q4"])
        #expect(SearchIndex.terms("ÉCOLE École") == ["école", "école"])
    }
}

extension SearchIndexTests {
    /// Words beyond ASCII are lower-cased one by one: the terms must be those of the lower-cased whole text.
    @Test func wordsAreLowerCasedAsTheWholeTextWouldBe() {
        let texts = [
            "ÉCOLE École É é x É", "ΣΊΣΥΦΟΣ σοφία", "İstanbul İ", "Straße STRASSE", "Ⅻ ⓐⒷ", "ÀB—Ça “Quote” KÜNDEN", "Ǆemal ǅ", "ＡＢＣ ａｂ",
        ]
        for text in texts {
            #expect(SearchIndex.terms(text) == SearchIndex.terms(text.lowercased()), "\(text)")
        }
        #expect(SearchIndex.terms("É é Éa") == ["éa"])
    }
}

extension SearchIndexTests {
    /// A section's text loses its spaces at both ends as a walk by characters takes them off, also where a
    /// space is part of a character (a combining mark after it, an Arabic number sign before it).
    @Test func sectionTextsAreTrimmedAsCharactersAre() {
        func byCharacters(_ text: String) -> String {
            guard let first = text.firstIndex(where: { $0 != " " }), let last = text.lastIndex(where: { $0 != " " }) else { return "" }
            return String(text[first...last])
        }
        let texts = [
            "", " ", "   ", "plain", " lead", "trail ", "  both  ", " 承诺目标 ", "承诺 目标", "  \u{301}accent", "x\u{600} ",
            " é ", "a ", " \u{600}", "mid  dle",
        ]
        for text in texts {
            #expect(SearchSection.trimmed(text) == byCharacters(text), "\(Array(text.unicodeScalars))")
        }
    }
}
