import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookMustache
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

@Suite struct LayoutLibraryTests {
    private func file(_ name: String, _ text: String) -> SourceFile {
        SourceFile(path: "templates/layouts/\(name).mustache", data: Data(text.utf8))
    }

    /// Text renders as itself: escaped in `{{x}}`, raw in `{{{x}}}`, and a section over text (empty
    /// text too) renders once with the text on top, as swift-mustache did; there are no transforms.
    @Test func textRendersAsItself() {
        let (library, problems) = LayoutLibrary.compile([
            file("t", "{{s}}|{{{s}}}|{{#s}}[{{.}}]{{/s}}{{^s}}none{{/s}}|{{#e}}[{{.}}]{{/e}}{{^e}}none{{/e}}|")
        ])
        #expect(problems.isEmpty)
        #expect(library.render("t", context: ["s": "a<b", "e": ""]) == "a&lt;b|a<b|[a&lt;b]|[]|")
    }

    @Test func rendersWithPartialsAndEscapes() {
        let (library, problems) = LayoutLibrary.compile([
            file("page", "<h1>{{title}}</h1>{{> partials/body}}"),
            file("partials/body", "{{{html}}}"),
        ])
        #expect(problems.isEmpty)
        #expect(library.names == ["page", "partials/body"])
        let html = library.render("page", context: ["title": "<script>", "html": "<p>ok</p>"])
        #expect(html == "<h1>&lt;script&gt;</h1><p>ok</p>")
    }

    @Test func syntaxErrorsAreLocated() {
        let (_, problems) = LayoutLibrary.compile([file("page", "<main>\n  {{#items}}\n  <li>{{name}}</li>\n{{/things}}\n")])
        #expect(problems.count == 1)
        #expect(problems[0].description.hasPrefix("templates/layouts/page.mustache:4:"))
        #expect(problems[0].description.contains("error: layout syntax error: 'items' is closed with 'things'"))
    }

    @Test func unclosedTagIsLocated() {
        let (_, problems) = LayoutLibrary.compile([file("page", "ok\n{{title\n")])
        #expect(problems.count == 1)
        #expect(problems[0].location.line == 2 || problems[0].location.line == 3)
        #expect(problems[0].message.contains("layout syntax error"))
    }

    @Test func missingPartialIsAnErrorAtItsTag() {
        let (_, problems) = LayoutLibrary.compile([file("page", "<html>\n  {{> partials/nav }}\n")])
        #expect(
            problems.lines == [
                "templates/layouts/page.mustache:2:3: error: no layout 'partials/nav' for this partial (looked for templates/layouts/partials/nav.mustache)"
            ])
    }
}

extension LayoutLibraryTests {
    /// A site partial is rendered once for `site` and then inserted as text: the page must come out as if it had
    /// been rendered in place, braces in the site's own text included.
    @Test func sitePartialsRenderAsTheyWouldInPlace() {
        let page = "<html>{{> partials/site-top}}\n  {{> partials/site-top}}\n<h1>{{page.title}}</h1>{{> partials/site-bottom}}"
        let top = "<a href=\"{{site.root}}index.html\">{{site.title}}</a>\n<p>{{#site.description}}{{.}}{{/site.description}}</p>\n"
        let bottom = "\n<footer>{{site.title}}{{page.title}}</footer>"  // a blank first line, and a page value it cannot see
        let (library, problems) = LayoutLibrary.compile([
            file("page", page), file("partials/site-top", top), file("partials/site-bottom", bottom),
        ])
        #expect(problems.isEmpty)
        let site: LayoutFields = ["title": "{{Deals}} & <co>", "root": "../", "description": "{{=<% %>=}} \u{1}"]
        let context: LayoutFields = ["site": site, "page": ["title": "Plan"]]
        let inPlace = library.render("page", context: context)
        let cached = library.withSitePartials(site: site).render("page", context: context)
        #expect(inPlace?.contains("<a href=\"../index.html\">{{Deals}} &amp; &lt;co&gt;</a>") == true)
        #expect(
            cached?.replacingOccurrences(of: "Plan</footer>", with: "</footer>")
                == inPlace?.replacingOccurrences(of: "Plan</footer>", with: "</footer>"))
        #expect(cached?.hasSuffix("<footer>{{Deals}} &amp; &lt;co&gt;</footer>") == true)
    }

    @Test func aLiteralGivesItsTextBack() throws {
        for text in [
            "{{x}} {{{y}}} {{#z}}{{/z}} {{=<% %>=}} {{> p}}\n  indented\n", "", "plain", "\u{2}", "\n\n  {{after}} blank lines", " \n",
            "a \u{1} b",
        ] {
            let engine = LayoutEngine(templates: ["literal": LayoutTemplate(literal: text)])
            #expect(engine.render("literal", context: LayoutFields()).map { String(decoding: $0, as: UTF8.self) } == text)
        }
    }
}
