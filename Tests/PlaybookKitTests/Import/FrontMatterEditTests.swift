import Foundation
import PlaybookKit
import Testing

@Suite struct FrontMatterEditTests {
    private func edit(
        _ text: String, title: String? = nil, weight: Int? = nil, texts: [(String, String)] = [], comment: [String] = []
    )
        -> String?
    {
        var edit = PageEdit(title: title, weight: weight)
        edit.texts = texts.map { (key: $0.0, value: $0.1) }
        edit.commentedOut = comment
        return FrontMatterEdit.apply(edit, to: text)
    }

    @Test func aPageWithoutFrontMatterGetsAYAMLBlock() {
        #expect(edit("# A\n", title: "销售流程管理", weight: 10) == "---\ntitle: 销售流程管理\nweight: 10\n---\n\n# A\n")
        #expect(edit("Body", title: "Q: why?") == "---\ntitle: \"Q: why?\"\n---\n\nBody")
        #expect(edit("\u{FEFF}# A\r\n", weight: 10) == "\u{FEFF}---\r\nweight: 10\r\n---\r\n\r\n# A\r\n")
        #expect(edit("# A\n") == "# A\n", "nothing to set: the text as it was")
    }

    @Test func yamlKeysAreReplacedWhereTheyStandWithTheirContinuationLines() {
        let text = "---\ntitle: >\n  a long\n  title\ntags: [a]\nweight: 3\n---\nBody\n"
        #expect(edit(text, title: "New", weight: 20) == "---\ntitle: New\ntags: [a]\nweight: 20\n---\nBody\n")
        // Nested keys of the same name are not the page's.
        let nested = "---\nparams:\n  title: inner\n  weight: 1\n---\n"
        #expect(edit(nested, title: "T", weight: 10) == "---\ntitle: T\nweight: 10\nparams:\n  title: inner\n  weight: 1\n---\n")
        // `titles:` is another key.
        #expect(edit("---\ntitles: x\n---\n", title: "T") == "---\ntitle: T\ntitles: x\n---\n")
        #expect(edit("---\nlayout: wide\nx: 1\n...\n", comment: ["layout"]) == "---\n# layout: wide\nx: 1\n...\n")
    }

    @Test func tomlKeysAreWrittenAsTOMLBeforeTheFirstTable() {
        let text = "+++\ntitle = 'Old'\n[params]\nweight = 5\n+++\nBody\n"
        #expect(
            edit(text, title: "Say \"hi\"\\", weight: 10, texts: [("reviewed", "2026-03-01")])
                == "+++\nweight = 10\nreviewed = \"2026-03-01\"\ntitle = \"Say \\\"hi\\\"\\\\\"\n[params]\nweight = 5\n+++\nBody\n")
        let multiline = "+++\ntitle = \"\"\"\nTwo\nlines\"\"\"\ndraft = true\n+++\n"
        #expect(edit(multiline, title: "One") == "+++\ntitle = \"One\"\ndraft = true\n+++\n")
        #expect(edit("+++\nlayout = \"wide\"\n+++\n", comment: ["layout"]) == "+++\n# layout = \"wide\"\n+++\n")
        #expect(FrontMatterEdit.tomlString("a\tb\u{1}") == "\"a\\tb\\u0001\"")
    }

    @Test func jsonFrontMatterIsNotEdited() {
        #expect(edit("{\n\"title\": \"x\"\n}\nBody\n", title: "T") == nil)
    }

    @Test func theLineOfAKeyIsFoundInAnyCase() {
        let text = "---\ntitle: a\nLinkTitle: b\n---\n"
        #expect(FrontMatterEdit.line(of: "title", in: text) == 2)
        #expect(FrontMatterEdit.line(of: "linkTitle", in: text) == 3)
        #expect(FrontMatterEdit.line(of: "weight", in: text) == nil)
    }
}
