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

@Suite struct MarkdownDocumentTests {
    @Test func linesAreFoundByNumberWithoutTheirEndings() throws {
        let document = try #require(MarkdownDocument(parsing: "# 标题\r\n| a | b |\n\n- [ ] 承诺目标\nlast"))
        #expect(document.line(1) == "# 标题")
        #expect(document.line(2) == "| a | b |")
        #expect(document.line(3) == "")
        #expect(document.line(4) == "- [ ] 承诺目标")
        #expect(document.line(5) == "last")
        #expect(document.line(0) == "" && document.line(6) == "")
        let trailing = try #require(MarkdownDocument(parsing: "one\n"))
        #expect(trailing.line(1) == "one" && trailing.line(2) == "" && trailing.line(3) == "")
    }

    @Test func referenceDefinitionsAreGatheredFromTheLines() throws {
        let document = try #require(
            MarkdownDocument(parsing: "Text [a][x].\n\n   [x]: https://example.com \"T\"\n    [y]: code, not a definition\n"))
        #expect(document.referenceDefinitions == "   [x]: https://example.com \"T\"\n")
    }
}

extension MarkdownDocumentTests {
    /// The text gathered as bytes from the nodes' literals reads as the nodes do, Chinese and markup included;
    /// the search text keeps blocks apart and marks where the heading's words are.
    @Test func plainTextAndSearchTextGatherTheLiteralsBytes() throws {
        let source = "# Plan *the* visit\n\nAsk the `CFO`,  then\nconfirm — 承诺目标.\n\n- one\n- two\n"
        let document = try #require(MarkdownDocument(parsing: source))
        #expect(document.root.plainText == "Plan the visitAsk the CFO,  then confirm — 承诺目标.onetwo")
        let heading = try #require(document.root.firstChild)
        let search = document.root.searchText(reserving: 8, marking: [heading])
        #expect(search.text == "Plan the visit Ask the CFO,  then confirm — 承诺目标. one two ")
        #expect(search.marked == [0..<14])
    }
}

extension MarkdownDocumentTests {
    /// The search index's text: blocks a space apart, and where each heading's text is, after every pass.
    @Test func searchTextKeepsBlocksApartAndFindsTheHeadings() throws {
        let rendered = MarkdownRenderer().render(
            "Opening.\n\n## Plan *the* visit\n\n- one\n- two\n\n| Step | Who |\n| --- | --- |\n| Open | Rep |\n\n## 承诺目标 {#goal}\n\n客户。\n",
            sourcePath: "content/a.md", contentPath: "a.md")
        #expect(rendered.text == "Opening. Plan the visit one two Step Who Open Rep 承诺目标 客户。 ")
        let utf8 = Array(rendered.text.utf8)
        let headings = rendered.headingRanges.map { String(decoding: utf8[$0], as: UTF8.self) }
        #expect(headings == ["Plan the visit", "承诺目标"])
        #expect(rendered.headings.map(\.id) == ["plan-the-visit", "goal"])
    }
}

extension MarkdownDocumentTests {
    /// One byte of a body line, as a pass asks for it: nil past the line's end, a closing `\r` not part of it.
    @Test func aByteOfALine() throws {
        let document = try #require(MarkdownDocument(parsing: "ab\r\n\n承x\nlast"))
        #expect(document.byte(line: 1, offset: 0) == UInt8(ascii: "a") && document.byte(line: 1, offset: 1) == UInt8(ascii: "b"))
        #expect(document.byte(line: 1, offset: 2) == nil && document.byte(line: 2, offset: 0) == nil)
        #expect(document.byte(line: 3, offset: 3) == UInt8(ascii: "x") && document.byte(line: 4, offset: 3) == UInt8(ascii: "t"))
        #expect(document.byte(line: 4, offset: 4) == nil && document.byte(line: 5, offset: 0) == nil)
        #expect(document.byte(line: 0, offset: 0) == nil && document.byte(line: 1, offset: -1) == nil)
    }
}

extension MarkdownDocumentTests {
    /// A kind the tree does not hold is answered without a walk; one that comes into the tree later — a node made
    /// by a pass, or nodes of a line parsed apart — is found all the same, as a walk of the tree finds it.
    @Test func nodesOfAKindAreFoundAfterTheTreeChanges() throws {
        let document = try #require(MarkdownDocument(parsing: "# Title\n\nText with a [link](a.md).\n"))
        #expect(document.descendants(ofKind: .image).isEmpty && document.descendants(ofKind: .customBlock).isEmpty)
        #expect(document.descendants(ofKind: .link).count == 1)
        let block = try #require(document.makeCustomBlock(onEnter: "<div>", onExit: "</div>"))
        document.root.append(block)
        #expect(document.descendants(ofKind: .customBlock) == [block])
        let holders = document.parseInlineLines(["an ![image](i.png) here"], references: nil)
        #expect(holders.count == 1)
        block.append(holders[0])  // into the tree, below the block made above
        #expect(document.descendants(ofKind: .image).count == 1)
        for kind: MarkdownNode.Kind in [.heading, .paragraph, .text, .link, .image, .customBlock, .customInline, .codeBlock, .list] {
            #expect(document.descendants(ofKind: kind) == document.root.descendants(ofKind: kind), "\(kind)")
        }
    }
}
