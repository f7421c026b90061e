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

@Suite struct ChecklistPassTests {
    @Test func boxesWithStableIDsAndACount() {
        var lists: [Checklist] = []
        let (html, _) = runPasses("- [ ] Call the coach\n- [x] Book the room\n- plain item\n", lineOffset: 3) {
            lists = ChecklistPass().run($0)
        }
        #expect(lists.count == 1)
        let list = lists[0]
        #expect(list.items.map(\.text) == ["Call the coach", "Book the room"])
        #expect(list.items.map(\.checked) == [false, true])
        #expect(list.items.map(\.line) == [4, 5])
        #expect(list.checkedCount == 1)
        let first = list.items[0].id
        #expect(first == StableID.make("task-", "guide/page.md\nCall the coach"))
        #expect(html.contains("<input type=\"checkbox\" class=\"task-box\" id=\"\(first)\" data-task=\"\(first)\"> Call the coach</label>"))
        #expect(html.contains("data-task=\"\(list.items[1].id)\" checked> Book the room"))
        #expect(html.contains("<span class=\"checklist-done\">1</span> of <span class=\"checklist-total\">2</span> done"))
        #expect(html.contains("<li>plain item</li>"))
    }

    @Test func idsDependOnPageAndTextOnly() {
        var a: [Checklist] = []
        var b: [Checklist] = []
        var c: [Checklist] = []
        _ = runPasses("Intro.\n\n- [ ] Same item\n") { a = ChecklistPass().run($0) }
        _ = runPasses("# Moved\n\nOther text.\n\n- [x] Same item\n") { b = ChecklistPass().run($0) }
        _ = runPasses("- [ ] Same item\n", contentPath: "other/page.md") { c = ChecklistPass().run($0) }
        #expect(a[0].items[0].id == b[0].items[0].id)
        #expect(a[0].items[0].id != c[0].items[0].id)
    }

    @Test func repeatedItemsGetDistinctIDs() {
        var lists: [Checklist] = []
        _ = runPasses("- [ ] Check\n- [ ] Check\n") { lists = ChecklistPass().run($0) }
        let ids = lists[0].items.map(\.id)
        #expect(ids.count == 2 && ids[0] != ids[1] && ids[1] == ids[0] + "-1")
    }

    @Test func notAMarker() {
        var lists: [Checklist] = []
        let (html, _) = runPasses(
            "- \\[ ] escaped\n- [y] other\n- [ ]no space\n- text [ ] later\n- [é] accent\n- [承] han\n- [ ]\u{a0}nbsp\n"
        ) { lists = ChecklistPass().run($0) }
        #expect(lists.isEmpty)
        #expect(!html.contains("checkbox"))
    }

    /// A marker alone on its line, the item's text on the next, is a box too.
    @Test func markerBeforeALineBreak() {
        var lists: [Checklist] = []
        let (html, _) = runPasses("- [x]\n  signed off\n- [ ]\tby tab\n- [ ]   spaced\r\n") { lists = ChecklistPass().run($0) }
        #expect(lists.first?.items.map(\.checked) == [true, false, false])
        #expect(lists.first?.items.map(\.text) == ["signed off", "by tab", "spaced"])
        // The marker, the white space after it and the line break it stood before are gone from the text shown.
        #expect(html.contains(" checked> signed off</label>") && html.contains("> by tab</label>") && html.contains("> spaced</label>"))
    }

    @Test func orderedAndNestedLists() {
        var lists: [Checklist] = []
        let (html, _) = runPasses("1. [ ] one\n2. [X] two\n   - [ ] nested\n") { lists = ChecklistPass().run($0) }
        #expect(lists.count == 2)
        #expect(lists.map(\.items.count).sorted() == [1, 2])
        #expect(html.contains("<ol>"))
    }

    @Test func inlineMarkupInItemsIsKept() {
        let (html, _) = runPasses("- [ ] Read [the plan](x) **first**\n") { _ = ChecklistPass().run($0) }
        #expect(html.contains("> Read <a href=\"x\">the plan</a> <strong>first</strong></label>"))
    }
}
