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

@Suite struct LinkPassTests {
    @Test func markdownLinksBecomeRelativePageURLs() {
        var links: [LinkReference] = []
        let (html, _) = runPasses(
            "[a](other.md) [b](../intro/_index.md#why) [c](sub/deep.md) [d](/top.md) [home](../_index.md)",
            contentPath: "guide/page.md"
        ) {
            links = LinkPass().run($0, anchors: [])
        }
        #expect(html.contains("<a href=\"../other/index.html\">a</a>"))
        #expect(html.contains("<a href=\"../../intro/index.html#why\">b</a>"))
        #expect(html.contains("<a href=\"../sub/deep/index.html\">c</a>"))
        #expect(html.contains("<a href=\"../../top/index.html\">d</a>"))
        #expect(html.contains("<a href=\"../../index.html\">home</a>"))
        #expect(
            links.map(\.target) == [
                .page("guide/other.md"), .page("intro/_index.md"), .page("guide/sub/deep.md"), .page("top.md"), .page("_index.md"),
            ])
        #expect(links[1].fragment == "why")
    }

    @Test func filesAndFoldersAreAdjustedToThePagesPlace() {
        var links: [LinkReference] = []
        let (html, _) = runPasses("![chart](img/chart.png) [pdf](files/My%20Plan.pdf) [section](../guide/)", contentPath: "guide/page.md") {
            links = LinkPass().run($0, anchors: [])
        }
        #expect(html.contains("src=\"../img/chart.png\""))
        #expect(html.contains("href=\"../files/My%20Plan.pdf\""))
        #expect(html.contains("href=\"../index.html\""))  // ../guide/ from guide/page/ is the section page, one level up
        #expect(links.map(\.target) == [.file("guide/img/chart.png"), .file("guide/files/My Plan.pdf"), .file("guide")])
    }

    @Test func externalAndAnchorLinksAreKept() {
        var links: [LinkReference] = []
        let (html, context) = runPasses("[x](https://example.com/a.md) [m](mailto:a@b.c) [ok](#here) [bad](#there)", lineOffset: 2) {
            links = LinkPass().run($0, anchors: ["here"])
        }
        #expect(links.isEmpty)
        #expect(html.contains("href=\"https://example.com/a.md\""))
        #expect(html.contains("href=\"mailto:a@b.c\""))
        #expect(context.diagnostics.lines == ["content/guide/page.md:3:61: warning: no heading with id '#there' on this page"])
    }

    @Test func linksOutsideTheContentFolderAreReported() {
        let (_, context) = runPasses("see [x](../../secret.md)", contentPath: "guide/page.md") {
            _ = LinkPass().run($0, anchors: [])
        }
        #expect(
            context.diagnostics.lines == [
                "content/guide/page.md:1:5: warning: link '../../secret.md' leads outside the site's content/ folder"
            ])
    }

    @Test func scriptURLsAreDroppedInEveryMode() {
        for raw in MarkdownOptions.RawHTML.allCases {
            let (html, context) = runPasses(
                "[click](javascript:alert(1)) ![i](data:text/html;base64,xx) ![ok](data:image/png;base64,iV)", rawHTML: raw
            ) {
                _ = LinkPass().run($0, anchors: [])
            }
            #expect(!html.contains("javascript"))
            #expect(!html.contains("text/html"))
            #expect(html.contains("<p>click"))
            #expect(html.contains("data:image/png"))
            #expect(context.diagnostics.count == 2)
        }
        #expect(LinkPass.isScriptBearing(" JavaScript:x", image: false))
        #expect(LinkPass.isScriptBearing("java\tscript:x", image: false))
        #expect(!LinkPass.isScriptBearing("https://x", image: false))
    }

    @Test func textWithoutAPlaceKeepsItsLinks() {
        let (html, _) = runPasses("[a](/url) [b](other.md)", contentPath: nil) { _ = LinkPass().run($0, anchors: []) }
        #expect(html == "<p><a href=\"/url\">a</a> <a href=\"other.md\">b</a></p>\n")
    }
}

extension LinkPassTests {
    @Test func aSchemeIsALetterThenUpTo31LettersDigitsPlusMinusOrDot() {
        for url in ["https://x", "mailto:a@b", "tel:+1", "git+ssh://h", "a:", "x-y.z+1:rest", String(repeating: "a", count: 32) + ":"] {
            #expect(LinkPass.hasScheme(url), "\(url)")
        }
        for url in ["", ":x", "1a:", "a b:", "é:x", "../a.md", "a/b:c", "#x:y", String(repeating: "a", count: 33) + ":", "ab_c:"] {
            #expect(!LinkPass.hasScheme(url), "\(url)")
        }
    }
}
