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
            RawHTMLPass().run($0)
        }
        #expect(html == "<p>Text bold and .</p>\n")
        #expect(
            context.diagnostics.lines == [
                "content/guide/page.md:2:1: warning: raw HTML dropped (and 3 more on this page): set `markdown: {raw_html: true}` in playbook.yaml to keep it"
            ])
    }

    @Test func commentsGoQuietly() {
        let (html, context) = runPasses("<!-- TODO: add examples -->\n\nText\n") { RawHTMLPass().run($0) }
        #expect(html == "<p>Text</p>\n")
        #expect(context.diagnostics.isEmpty)
    }

    @Test func keptWhenTheSiteAllowsIt() {
        let (html, context) = runPasses("<details><summary>More</summary>x</details>\n", rawHTML: true) { RawHTMLPass().run($0) }
        #expect(html == "<details><summary>More</summary>x</details>\n")
        #expect(context.diagnostics.isEmpty)
    }
}
