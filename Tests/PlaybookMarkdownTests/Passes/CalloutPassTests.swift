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

@Suite struct CalloutPassTests {
    @Test func markerBecomesACalloutWithItsDefaultTitle() {
        let (html, _) = runPasses("> [!WARNING]\n> Never promise a discount.\n") { CalloutPass().run($0) }
        #expect(
            html == """
                <div class="callout callout-warning" role="note">
                <p class="callout-title">Warning</p>
                <p>Never promise a discount.</p>
                </div>

                """)
    }

    @Test func textAfterTheMarkerIsTheTitle() {
        let (html, _) = runPasses("> [!TIP] Before \"the\" *call* & after\n> Rehearse.\n") { CalloutPass().run($0) }
        #expect(html.contains("<p class=\"callout-title\">Before &quot;the&quot; call &amp; after</p>\n<p>Rehearse.</p>"))
    }

    @Test func noteWithSeveralBlocks() {
        let (html, _) = runPasses("> [!NOTE]\n>\n> First.\n>\n> - a\n") { CalloutPass().run($0) }
        #expect(
            html.hasPrefix("<div class=\"callout callout-note\" role=\"note\">\n<p class=\"callout-title\">Note</p>\n<p>First.</p>\n<ul>"))
    }

    @Test func plainBlockquotesStay() {
        let (html, _) = runPasses("> Just a quote [!NOTE]\n\n> \\[!NOTE] escaped\n") { CalloutPass().run($0) }
        #expect(html.components(separatedBy: "<blockquote>").count == 3)
        #expect(!html.contains("callout"))
    }

    @Test func unknownKindIsAWarning() {
        let (html, context) = runPasses("> [!DANGER]\n> x\n", lineOffset: 5) { CalloutPass().run($0) }
        #expect(html.contains("<blockquote>"))
        #expect(
            context.diagnostics.lines == [
                "content/guide/page.md:6:3: warning: unknown callout [!DANGER]: use one of [!CAUTION], [!IMPORTANT], [!NOTE], [!TIP], [!WARNING]"
            ])
    }
}
