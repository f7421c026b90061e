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

@Suite struct RawHTMLPassTests {
    @Test func rawHTMLIsDroppedWithAWarning() {
        let (html, context) = runPasses(
            "<div onclick=\"x()\">block</div>\n\nText <b>bold</b> and <!-- note -->.\n\n<script>alert(1)</script>\n", lineOffset: 1
        ) {
            _ = RawHTMLPass().run($0)
        }
        #expect(html == "<p>Text bold and .</p>\n")
        #expect(
            context.diagnostics.lines == [
                "content/guide/page.md:2:1: warning: raw HTML dropped (and 3 more on this page): set `markdown: {raw_html: safe}` or `true` in playbook.yaml to keep it"
            ])
    }

    @Test func commentsGoQuietly() {
        let (html, context) = runPasses("<!-- TODO: add examples -->\n\nText\n") { _ = RawHTMLPass().run($0) }
        #expect(html == "<p>Text</p>\n")
        #expect(context.diagnostics.isEmpty)
    }

    @Test func keptWhenTheSiteAllowsIt() {
        let (html, context) = runPasses("<details><summary>More</summary>x</details>\n", rawHTML: .keep) { _ = RawHTMLPass().run($0) }
        #expect(html == "<details><summary>More</summary>x</details>\n")
        #expect(context.diagnostics.isEmpty)
    }

    private func safe(
        _ markdown: String, contentPath: String? = "guide/page.md"
    ) -> (html: String, context: MarkdownPassContext, links: [LinkReference]) {
        let document = MarkdownDocument(parsing: markdown)!
        let context = MarkdownPassContext(
            sourcePath: "content/" + (contentPath ?? "page.md"), contentPath: contentPath, options: MarkdownOptions(rawHTML: .safe),
            document: document)
        let links = RawHTMLPass().run(context)
        return (document.renderHTML(allowRawHTML: true), context, links)
    }

    @Test func safeModeKeepsWhatGitHubKeeps() {
        let (html, context, _) = safe(
            "Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup><br>, <abbr title=\"Key account\">KA</abbr>.\n\n"
                + "<details open>\n<summary>More</summary>\n\nInside **Markdown**.\n\n</details>\n\n"
                + "<figure><img src=\"https://example.com/a.png\" alt=\"A\" width=\"300\" height=\"200\"><figcaption>Cap</figcaption></figure>\n\n"
                + "<table><tr><th colspan=\"2\">H</th></tr><tr><td>a</td><td>b</td></tr></table>\n")
        #expect(context.diagnostics.isEmpty)
        #expect(
            html.contains("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup><br>, <abbr title=\"Key account\">KA</abbr>."))
        #expect(html.contains("<details open=\"\">\n<summary>More</summary>\n<p>Inside <strong>Markdown</strong>.</p>\n</details>"))
        #expect(html.contains("<img src=\"https://example.com/a.png\" alt=\"A\" width=\"300\" height=\"200\"><figcaption>Cap</figcaption>"))
        #expect(html.contains("<th colspan=\"2\">H</th>"))
    }

    @Test func urlsInKeptHTMLAreRewrittenAndCheckedLikeLinks() {
        let (html, context, links) = safe("See <a href=\"other.md#why\">other</a>, <img src=\"map.png\">, <a href=\"#nowhere\">x</a>.\n")
        #expect(html.contains("<a href=\"../other/index.html#why\">other</a>"))
        #expect(html.contains("<img src=\"../map.png\">"))
        #expect(links.map(\.target) == [.page("guide/other.md"), .file("guide/map.png")])
        #expect(links.map(\.location.column) == [14, 49])
        #expect(context.diagnostics.lines == ["content/guide/page.md:1:69: warning: no heading with id '#nowhere' on this page"])
    }

    @Test func whatIsNotSafeIsDroppedWithOneWarning() {
        let (html, context, _) = safe(
            "Text <span style=\"color:red\" class=\"x\" onclick=\"alert(1)\">kept</span> and <font>plain</font>.\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>\n")
        #expect(html == "<p>Text <span>kept</span> and plain.</p>\n")
        #expect(
            context.diagnostics.lines == [
                "content/guide/page.md:1:6: warning: raw HTML kept only where safe: dropped style=, class=, on… event attributes, <font> "
                    + "and 1 more on this page (set `markdown: {raw_html: true}` in playbook.yaml to keep it as written)"
            ])
    }

    @Test func safeIsTheDefault() {
        #expect(MarkdownOptions().rawHTML == .safe)
    }

    // MARK: raw_html: safe, written again

    /// Safe mode over `markdown` as the renderer writes it, libcmark's own filter on: the HTML and the messages.
    private func sanitized(_ markdown: String) -> (html: String, messages: [String]) {
        let (html, context) = runPasses(markdown, rawHTML: .safe) { _ = RawHTMLPass().run($0) }
        return (html, context.diagnostics.lines)
    }

    private func warning(_ place: String, _ dropped: String) -> String {
        "content/guide/page.md:\(place): warning: raw HTML kept only where safe: dropped \(dropped) on this page "
            + "(set `markdown: {raw_html: true}` in playbook.yaml to keep it as written)"
    }

    @Test func imagesKeepTheirSizeAndText() {
        let (html, messages) = sanitized(
            "<p align=\"center\"><img src=\"https://example.com/logo.png\" width=\"120\" height=40 alt=\"Logo\"></p>\n")
        #expect(html == "<p align=\"center\"><img src=\"https://example.com/logo.png\" width=\"120\" height=\"40\" alt=\"Logo\"></p>\n")
        #expect(messages.isEmpty)
    }

    @Test func detailsAndSummaryHoldMarkdown() {
        let (html, messages) = sanitized("<details open>\n<summary>More</summary>\n\nSome **Markdown**\n\n</details>\n\nAfter\n")
        #expect(html == "<details open=\"\">\n<summary>More</summary>\n<p>Some <strong>Markdown</strong></p>\n</details>\n<p>After</p>\n")
        #expect(messages.isEmpty)
    }

    /// An end tag in a paragraph may close what a block opened (the paragraph's own elements first).
    @Test func anEndTagInAParagraphClosesWhatABlockOpened() {
        let (html, messages) = sanitized("<details>\n<summary>More</summary>\n\nText <b>bold</details>\n\nAfter\n")
        #expect(html == "<details>\n<summary>More</summary>\n<p>Text <b>bold</b></details></p>\n<p>After</p>\n")
        #expect(messages.isEmpty)
    }

    @Test func inlineElementsAreKept() {
        let (html, messages) = sanitized(
            "Press <kbd>Ctrl</kbd>+<kbd>C</kbd>: H<sub>2</sub>O, x<sup>2</sup>, <abbr title=\"Key account\">KA</abbr>,<br>"
                + "<mark>new</mark> <s>old</s> <ins>in</ins> <del>out</del> <small>fine</small> <q>quote</q> <var>n</var>\n")
        #expect(
            html
                == "<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>: H<sub>2</sub>O, x<sup>2</sup>, <abbr title=\"Key account\">KA</abbr>,<br>"
                + "<mark>new</mark> <s>old</s> <ins>in</ins> <del>out</del> <small>fine</small> <q>quote</q> <var>n</var></p>\n")
        #expect(messages.isEmpty)
    }

    @Test func figuresAndTablesAreKept() {
        let figure =
            "<figure>\n<img src=\"https://example.com/a.png\" alt=\"A\">\n<figcaption>The <em>figure</em></figcaption>\n</figure>\n"
        #expect(sanitized(figure).html == figure)
        let table =
            "<table>\n<caption>Tiers</caption>\n<thead><tr><th colspan=\"2\" scope=\"col\">Head</th></tr></thead>\n"
            + "<tbody><tr><td rowspan=\"2\">a</td><td align=\"right\">b</td></tr></tbody>\n</table>\n"
        let (html, messages) = sanitized(table)
        #expect(html == table)
        #expect(messages.isEmpty)
    }

    @Test func elementsLeftOpenAreClosedWhereTheyWereOpened() {
        // In the paragraph for inline HTML, in the block quote for a block: never after the theme's own markup.
        #expect(sanitized("Some <b>bold\n\nnext\n").html == "<p>Some <b>bold</b></p>\n<p>next</p>\n")
        #expect(sanitized("> <div>\n> quoted\n\nafter\n").html == "<blockquote>\n<div>\nquoted\n</div>\n</blockquote>\n<p>after</p>\n")
        // An end tag with nothing of its kind open is dropped: it would close the theme's element.
        let (html, messages) = sanitized("<div>\n\nText\n\n</div>\n\n</div>\n\nEnd </span></p>\n")
        #expect(html == "<div>\n<p>Text</p>\n</div>\n<p>End </p>\n")
        #expect(messages == [warning("7:1", "</div>, </span>, </p>")])
    }

    @Test func whatIsDroppedIsNamedAtItsFirstPlace() {
        let (html, messages) = sanitized(
            "Intro\n\n  <div class=\"x\" style=\"color: red\">\n    <img src=\"https://example.com/a.png\"\n      onerror=\"alert(1)\">\n  </div>\n\n"
                + "<iframe src=\"https://example.com\"></iframe>\n\nText <font color=red>red</font> and <!-- a note -->.\n")
        #expect(html == "<p>Intro</p>\n  <div>\n    <img src=\"https://example.com/a.png\">\n  </div>\n<p>Text red and .</p>\n")
        #expect(messages == [warning("3:3", "class=, style=, on… event attributes, <iframe> and 1 more")])
    }

    /// What is dropped is reported at its tag, a URL at its value, wherever the HTML is: in a table's cell, a list item, a
    /// quote, on a tag's second line.
    @Test func droppedPlacesAreFoundInTablesListsAndQuotes() {
        for (markdown, place, message) in [
            ("| a | b |\n|---|---|\n| <kbd>x</kbd> | <b onclick=\"y\">z</b> |\n", "3:18", "raw HTML kept only where safe"),
            ("- item\n\n  <div>\n  <i onclick=\"y\">z</i>\n  </div>\n", "4:3", "raw HTML kept only where safe"),
            ("> <div\n>   onclick=\"y\">\n> </div>\n", "1:3", "raw HTML kept only where safe"),
            ("Text <span\n  onclick=\"y\">z</span>\n", "1:6", "raw HTML kept only where safe"),
            ("| a | b |\n|---|---|\n| <kbd>x</kbd> | <a href=\"#gone\">z</a> |\n", "3:27", "no heading with id '#gone'"),
            ("- item\n\n  <div>\n  <i title=\"y\"><a href=\"#gone\">z</a></i>\n  </div>\n", "4:25", "no heading with id '#gone'"),
            ("> <p\n>   title=\"t\"><a href=\"#gone\">g</a></p>\n", "2:24", "no heading with id '#gone'"),
            ("Text <a title=\"t\"\n  href=\"#gone\">z</a>\n", "2:9", "no heading with id '#gone'"),
        ] {
            let document = MarkdownDocument(parsing: markdown)!
            let context = MarkdownPassContext(
                sourcePath: "content/guide/page.md", contentPath: "guide/page.md", options: MarkdownOptions(), document: document)
            TablePass().run(context)
            _ = RawHTMLPass().run(context)
            let first = context.diagnostics.lines.first ?? ""
            #expect(first.hasPrefix("content/guide/page.md:\(place): warning: \(message)"), "\(first)")
            #expect(!document.renderHTML(allowRawHTML: false).contains("onclick"))
        }
    }

    @Test func commentsGoQuietlyInSafeMode() {
        let (html, messages) = sanitized("<!-- TODO -->\n\nText <!-- inline --> here\n")
        #expect(html == "<p>Text  here</p>\n")
        #expect(messages.isEmpty)
    }

    @Test func textAndReferencesAreEscapedSafely() {
        let (html, _) = sanitized("<p>a &lt; b &amp; c & d &copy; &#169; &#xA9; &bogus; \"q\" > e</p>\n")
        #expect(html == "<p>a &lt; b &amp; c &amp; d &copy; &#169; &#xA9; &bogus; &quot;q&quot; &gt; e</p>\n")
        let (attribute, _) = sanitized("<abbr title='say \"hi\" & <bye>'>x</abbr>\n")
        #expect(attribute == "<p><abbr title=\"say &quot;hi&quot; &amp; &lt;bye&gt;\">x</abbr></p>\n")
    }

    // MARK: URLs and ids in kept HTML

    /// The whole renderer, so heading ids are known to the links.
    private func rendered(_ markdown: String, _ mode: MarkdownOptions.RawHTML = .safe) -> RenderedMarkdown {
        MarkdownRenderer(options: MarkdownOptions(rawHTML: mode)).render(
            markdown, sourcePath: "content/guide/page.md", contentPath: "guide/page.md")
    }

    @Test func urlsInHTMLAreRewrittenAsMarkdownLinksAre() {
        let page = rendered(
            "# Page\n\n<a href=\"other.md#part\">o</a> <a href=\"/sales/orders/\">s</a> <a href=\"#page\">p</a> "
                + "<img src=\"img/a.png\" srcset=\"img/a.png 1x, /img/b.png 2x\"> <a href=\"https://example.com/x?a=1&amp;b=2\">e</a>\n")
        #expect(
            page.html
                == "<h1 id=\"page\">Page</h1>\n<p><a href=\"../other/index.html#part\">o</a> <a href=\"../../sales/orders/index.html\">s</a> "
                + "<a href=\"#page\">p</a> <img src=\"../img/a.png\" srcset=\"../img/a.png 1x, ../../img/b.png 2x\"> "
                + "<a href=\"https://example.com/x?a=1&amp;b=2\">e</a></p>\n")
        #expect(page.diagnostics.isEmpty)
        #expect(
            page.links.map { "\($0.target) \($0.fragment ?? "") \($0.location)" } == [
                "page(\"guide/other.md\") part content/guide/page.md:3:10",
                "file(\"sales/orders\")  content/guide/page.md:3:40",
                "file(\"guide/img/a.png\")  content/guide/page.md:3:94",
                "file(\"guide/img/a.png\")  content/guide/page.md:3:113",
                "file(\"img/b.png\")  content/guide/page.md:3:127",
            ])
    }

    @Test func idsInHTMLAreAnchors() {
        let page = rendered(
            "# Page\n\nSee <a href=\"#nowhere\">x</a> and <a href=\"#spot\">y</a>.\n\n<p id=\"spot\">Here</p>\n\n[z](#spot) [n](#name)\n\n"
                + "<a name=\"name\"></a> <span id=\"&#x73;ign\">s</span> <font id=\"dropped\">f</font>\n")
        #expect(
            page.diagnostics.lines == [
                "content/guide/page.md:3:14: warning: no heading with id '#nowhere' on this page",
                warning("9:51", "<font>"),
            ])
        #expect(page.htmlIDs == ["spot", "name", "sign"])
    }

    @Test func scriptURLsAreDroppedFromKeptHTML() {
        let page = rendered("<a href=\"JaVaScRiPt&#58;alert(1)\">x</a> <img src=\"data:image/png;base64,iV\" alt=\"dot\">\n")
        #expect(page.html == "<p><a>x</a> <img src=\"data:image/png;base64,iV\" alt=\"dot\"></p>\n")
        #expect(
            page.diagnostics.lines == [
                "content/guide/page.md:1:10: warning: link to 'JaVaScRiPt:alert(1)' dropped: script-bearing URLs are not allowed"
            ])
    }

    // MARK: raw_html: true

    @Test func keptAsWrittenButForItsURLs() {
        let page = rendered(
            "<div onclick=\"go()\" style=\"color: red\"><a href='other.md' target=_blank>o</a> <a href=\"#gone\">g</a></div>\n"
                + "<script>let a = '<a href=\"x.md\">';</script>\n", .keep)
        #expect(
            page.html
                == "<div onclick=\"go()\" style=\"color: red\"><a href=\"../other/index.html\" target=_blank>o</a> <a href=\"#gone\">g</a></div>\n"
                + "<script>let a = '<a href=\"x.md\">';</script>\n")
        #expect(page.diagnostics.lines == ["content/guide/page.md:1:88: warning: no heading with id '#gone' on this page"])
        #expect(page.links.map(\.target) == [.page("guide/other.md")])
    }

    /// Script-bearing URLs are dropped in every mode, in HTML kept as written too: the attribute goes, with the link's warning.
    @Test func keptAsWrittenButForScriptURLs() {
        let page = rendered(
            "<p><a title=\"t\" href=\"java&#x09;script:alert(1)\">x</a> <iframe src=vbscript:x></iframe></p>\n<a href=\"jav&NewLine;a&#1;script:\">y</a>\n",
            .keep)
        #expect(page.html == "<p><a title=\"t\" >x</a> <iframe ></iframe></p>\n<a >y</a>\n")
        // A control character in the URL is shown escaped: the message stays on its line.
        #expect(
            page.diagnostics.lines == [
                "content/guide/page.md:1:23: warning: link to 'java\\tscript:alert(1)' dropped: script-bearing URLs are not allowed",
                "content/guide/page.md:1:68: warning: link to 'vbscript:x' dropped: script-bearing URLs are not allowed",
                "content/guide/page.md:2:10: warning: link to 'jav\\na\\u{1}script:' dropped: script-bearing URLs are not allowed",
            ])
    }
}
