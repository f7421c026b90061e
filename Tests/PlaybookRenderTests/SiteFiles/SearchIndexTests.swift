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

    @Test func theIndexListsEachPageOnceForATermInPageOrder() throws {
        let site = Site.of([
            "a.md": "# Alpha\n\nPilot pilot PILOT.\n", "b.md": "# Beta\n\nNo such word.\n", "c.md": "# Gamma\n\nA pilot.\n",
        ])
        let script = SearchIndex.script(for: site)
        #expect(script.hasPrefix("window.PLAYBOOK_SEARCH={\"pages\":["))
        let urls = site.pages.map(\.url)
        let pilot = try #require(script.range(of: "\"pilot\":[")).upperBound
        let listed = script[pilot...].prefix { $0 != "]" }.split(separator: ",").map { urls[Int($0)!] }
        #expect(listed == ["a/", "c/"])
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
