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
        let (html, context) = runPasses("<details><summary>More</summary>x</details>\n", rawHTML: true) { _ = RawHTMLPass().run($0) }
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
}
