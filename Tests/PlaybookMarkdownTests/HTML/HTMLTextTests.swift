import PlaybookMarkdown
import Testing

@Suite struct HTMLTextTests {
    @Test func writtenTextKeepsWellFormedReferences() {
        #expect(
            HTMLText.escapingWritten("a &amp; b &copy; &#169; &#xa9; & c &amp d &#; &1; &#58 &#58x <x> \"q\" 'r'")
                == "a &amp; b &copy; &#169; &#xa9; &amp; c &amp;amp d &amp;#; &amp;1; &#58 &#58x &lt;x&gt; &quot;q&quot; 'r'")
        #expect(HTMLText.escapingWritten("plain text") == "plain text")
    }

    /// URLs are read as a browser reads them, so a hidden `javascript:` is found.
    @Test func urlsAreDecoded() {
        #expect(HTMLText.decoded("JaVaScRiPt&#58;alert(1)") == "JaVaScRiPt:alert(1)")
        #expect(HTMLText.decoded("&#x6A;ava&Tab;script&colon;x") == "java\tscript:x")
        #expect(HTMLText.decoded("a?b=1&amp;c=2&d=3") == "a?b=1&c=2&d=3")
        #expect(HTMLText.decoded("&#0;&#x110000;") == "\u{FFFD}\u{FFFD}")
        #expect(HTMLText.decoded("&#0000106&#x61vascript&#58alert(1)") == "javascript:alert(1)")
        #expect(HTMLText.decoded("a&#1b&#00000000106;") == "a\u{1}bj")
        #expect(HTMLText.decoded("&unknown;javascript:x") == nil)
    }
}
