import PlaybookMarkdown
import Testing

@Suite struct HTMLTokenizerTests {
    @Test func tagsAttributesAndText() {
        let tokens = HTMLTokenizer.tokens("<IMG Src=\"a.png\" alt='A \"b\"' width=12 hidden/>x</Img >")
        #expect(
            tokens == [
                .startTag(
                    HTMLTag(
                        name: "img",
                        attributes: [
                            .init(name: "src", value: "a.png", offset: 5, valueRange: 9..<16),
                            .init(name: "alt", value: "A \"b\"", offset: 17, valueRange: 21..<28),
                            .init(name: "width", value: "12", offset: 29, valueRange: 35..<37),
                            .init(name: "hidden", value: nil, offset: 38),
                        ], selfClosing: true, offset: 0)),
                .text("x"),
                .endTag(name: "img", offset: 47),
            ])
    }

    @Test func commentsAndDeclarations() {
        #expect(HTMLTokenizer.tokens("a<!-- b -->c<!-->d") == [.text("a"), .comment, .text("c"), .comment, .text("d")])
        #expect(
            HTMLTokenizer.tokens("<!DOCTYPE html><?xml x?><![CDATA[<b>]]>") == [
                .declaration(offset: 0), .declaration(offset: 15), .declaration(offset: 24),
            ])
        #expect(HTMLTokenizer.tokens("<!-- never closed <b>") == [.comment])
    }

    /// What is not read as a tag is text: it is escaped later, never passed through.
    @Test func whatIsNoTagIsText() {
        #expect(HTMLTokenizer.tokens("<scr<script>ipt>") == [.text("<scr"), .startTag(HTMLTag(name: "script", offset: 4)), .text("ipt>")])
        for text in ["a < b", "<1>", "<a href=\"x>", "<a href=x", "<a\"b>", "</a b>", "<a =x>", "</>", "<!x", "<?x", "<a b=>"] {
            #expect(HTMLTokenizer.tokens(text) == [.text(text)], "\(text)")
        }
    }

    @Test func anUnquotedValueEndsAtTheFirstGreaterThan() {
        #expect(
            HTMLTokenizer.tokens("<a href=x>onclick=y>") == [
                .startTag(HTMLTag(name: "a", attributes: [.init(name: "href", value: "x", offset: 3, valueRange: 8..<9)])),
                .text("onclick=y>"),
            ])
    }

    /// A script's or a style's content is text up to its end tag, as a browser reads it.
    @Test func rawTextRunsToItsEndTag() {
        #expect(
            HTMLTokenizer.tokens("<script>a = '<b>'</SCRIPT>after") == [
                .startTag(HTMLTag(name: "script")), .text("a = '<b>'"), .endTag(name: "script", offset: 17), .text("after"),
            ])
        #expect(HTMLTokenizer.tokens("<style>p{}") == [.startTag(HTMLTag(name: "style")), .text("p{}")])
        #expect(HTMLTokenizer.tokens("<plaintext><b>x</b>") == [.startTag(HTMLTag(name: "plaintext")), .text("<b>x</b>")])
    }

    @Test func manyUnclosedMarkupsStayLinear() {
        let hostile = String(repeating: "<!<?<a x=\"", count: 20000)
        let clock = ContinuousClock()
        let time = clock.measure { _ = HTMLTokenizer.tokens(hostile) }
        #expect(time < .seconds(5))
    }
}
