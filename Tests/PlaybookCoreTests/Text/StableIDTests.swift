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

@Suite struct StableIDTests {
    /// A checklist tick is saved in the reader's browser under its id: the ids must never change.
    @Test func idsAreTheFirstTenHexDigitsOfTheHash() {
        #expect(StableID.make("task-", "") == "task-cbf29ce484")  // FNV-1a's offset basis: the hash of nothing
        #expect(
            StableID.make("task-", "guide/page.md\nCall the coach") == "task-"
                + String(StableID.hash("guide/page.md\nCall the coach") >> 24, radix: 16).leftPadded(to: 10))
        for text in ["a", "承诺目标", "visit-planning/prepare.md\nlist\nAgree the agenda", String(repeating: "x", count: 500)] {
            let hex = String(StableID.hash(text), radix: 16)
            let expected = String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))  // as ids were first made
            #expect(StableID.make("checklist-", text) == "checklist-" + expected)
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
