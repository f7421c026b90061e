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
}
