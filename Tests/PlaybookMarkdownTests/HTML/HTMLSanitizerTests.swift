import PlaybookMarkdown
import Testing

@Suite struct HTMLSanitizerTests {
    /// `html` sanitized in one container, URLs kept as they are.
    private func sanitized(_ html: String) -> (html: String, dropped: [String]) {
        var scopes = [HTMLSanitizer.Scope(isInline: false)]
        let (output, dropped) = HTMLSanitizer.sanitize(HTMLTokenizer.tokens(html), scopes: &scopes) { url, _, _ in url }
        return (output + scopes[0].closing, dropped.map(\.what))
    }

    @Test func keptElementsAreWrittenAgain() {
        #expect(
            sanitized("<DIV ALIGN=center TITLE='a \"b\"'><IMG SRC=a.png alt=A><BR/></DIV>").html
                == "<div align=\"center\" title=\"a &quot;b&quot;\"><img src=\"a.png\" alt=\"A\"><br></div>")
        #expect(sanitized("<details open><summary>S</summary>x</details>").html == "<details open=\"\"><summary>S</summary>x</details>")
        #expect(sanitized("<a href=x href=javascript:y>z</a>").html == "<a href=\"x\">z</a>")  // the first of two alike, as HTML reads
        #expect(sanitized("<abbr title=\"&lt;it's&gt; & co\">x</abbr>").html == "<abbr title=\"&lt;it's&gt; &amp; co\">x</abbr>")
    }

    @Test func droppedElementsAndAttributesAreNamed() {
        let (html, dropped) = sanitized("<p style=\"x\" onclick=\"y\" class=c>a<font>b</font><script>c</script><svg><b>d</b></svg>e</p>")
        #expect(html == "<p>abe</p>")
        #expect(dropped == ["style=", "on… event attributes", "class=", "<font>", "<script>", "<svg>"])
        #expect(sanitized("<svg/>x").html == "x")
    }

    /// Nothing is left open, and no end tag closes what the content did not open.
    @Test func elementsAreBalanced() {
        #expect(sanitized("<div><span><b>x</div>y").html == "<div><span><b>x</b></span></div>y")
        #expect(sanitized("</div><ul><li>a").html == "<ul><li>a</li></ul>")
        #expect(sanitized("</div>").dropped == ["</div>"])
        #expect(sanitized("a</br>b</img>").html == "ab")
    }

    @Test func urlsGoThroughTheCallerAndMayBeRefused() {
        var scopes = [HTMLSanitizer.Scope(isInline: true)]
        var asked: [String] = []
        let (html, _) = HTMLSanitizer.sanitize(
            HTMLTokenizer.tokens("<a href=\"a b.md\">x</a><img src=\"&#x6A;s:x\" srcset=\"c.png 1x,d.png 2x\"><blockquote cite=\"e\">"),
            scopes: &scopes
        ) { url, image, offset in
            asked.append("\(url) \(image) \(offset)")
            return url.hasPrefix("js:") ? nil : "/" + url
        }
        #expect(html == "<a href=\"/a%20b.md\">x</a><img srcset=\"/c.png 1x, /d.png 2x\"><blockquote cite=\"/e\">")
        // Each at its value; each of a `srcset`'s URLs at its own place.
        #expect(asked == ["a b.md false 9", "js:x true 32", "c.png true 51", "d.png true 60", "e false 88"])
    }

    /// The ids a link may name: of kept elements only, unless the HTML is kept as written.
    @Test func idsOfKeptElements() {
        let tokens = HTMLTokenizer.tokens(
            "<p id=\"a\"><a name=\"b\"></a><span name=\"no\"></span><font id=\"c\"></font><svg><a id=\"d\"></a></svg><i id=\"&#x65;\"></i></p>"
        )
        #expect(HTMLSanitizer.ids(in: tokens) == ["a", "b", "e"])
        #expect(HTMLSanitizer.ids(in: tokens, all: true) == ["a", "b", "c", "d", "e"])
    }

    @Test func srcsetIsReadAsHTMLReadsIt() {
        #expect(
            HTMLSanitizer.srcset(" a.png  1x , data:image/png;base64,iV 2x,c.png,") { url, _ in url }
                == "a.png 1x, data:image/png;base64,iV 2x, c.png"
        )
        var offsets: [Int] = []
        _ = HTMLSanitizer.srcset(" a.png  1x , data:image/png;base64,iV 2x,c.png,") { url, offset in
            offsets.append(offset)
            return url
        }
        #expect(offsets == [1, 13, 41])
        #expect(HTMLSanitizer.srcset("a.png 1x, b.png 2x") { url, _ in url == "b.png" ? nil : url } == nil)
    }
}
