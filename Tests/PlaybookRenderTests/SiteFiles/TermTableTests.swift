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

@Suite struct TermTableTests {
    private func insert(_ term: String, into table: inout TermTable) -> (id: Int, inserted: Bool) {
        var term = term
        return term.withUTF8 { table.insert($0) }
    }

    /// Past its first size the table grows; every term keeps its id, a repeat is found, order is by bytes.
    @Test func numbersEachTermOnceInTheOrderItCame() {
        var table = TermTable(capacity: 4)
        let words = (0..<500).map { "w\($0 * 7919 % 1000)" } + ["", "é", "e\u{301}", "承诺", "Z"]
        for (index, word) in words.enumerated() {
            #expect(insert(word, into: &table) == (index, true))
        }
        for (index, word) in words.enumerated().reversed() {
            #expect(insert(word, into: &table) == (index, false))
        }
        #expect(table.count == words.count)
        #expect(table.term(501) == "é" && table.term(502) == "e\u{301}")  // two terms: equal as text, not as bytes
        #expect(table.idsSortedByTerm().map(table.term) == words.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        let packed = table.packed()
        #expect(packed.ends.count == words.count && packed.bytes == Array(words.joined().utf8))
    }

    /// Emptied for a page's next section, the table keeps no term of the last: ids start again from 0, and
    /// terms that share their first eight bytes, or differ only past them, stay apart.
    @Test func emptiedTableStartsAgain() {
        var table = TermTable(capacity: 2)
        for word in ["销售周期", "销售周期长", "abcdefgh", "abcdefghi", "abcdefgi"] { _ = insert(word, into: &table) }
        #expect(table.count == 5)
        table.removeAll()
        #expect(table.count == 0 && table.packed().bytes.isEmpty)
        #expect(insert("abcdefghi", into: &table) == (0, true))
        #expect(insert("abcdefgh", into: &table) == (1, true))
        #expect(insert("abcdefghi", into: &table) == (0, false))
        #expect(insert("销售周期", into: &table) == (2, true))
        #expect(table.packed().bytes == Array("abcdefghiabcdefgh销售周期".utf8))
    }
}
