import Foundation
import Testing
@testable import PlaybookKit

@Suite struct LayoutLibraryTests {
    private func file(_ name: String, _ text: String) -> SourceFile {
        SourceFile(path: "templates/layouts/\(name).mustache", data: Data(text.utf8))
    }

    /// Text renders as itself through `RenderableText`: escaped in `{{x}}`, raw in `{{{x}}}`, and a
    /// section over text (empty text too) renders once with the text on top, as swift-mustache does.
    @Test func textRendersAsItself() {
        let (library, problems) = LayoutLibrary.compile([file("t", "{{s}}|{{{s}}}|{{#s}}[{{.}}]{{/s}}{{^s}}none{{/s}}|{{#e}}[{{.}}]{{/e}}{{^e}}none{{/e}}|{{uppercased(s)}}")])
        #expect(problems.isEmpty)
        #expect(library.render("t", context: ["s": "a<b", "e": ""]) == "a&lt;b|a<b|[a&lt;b]|[]|A&lt;B")
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
        #expect(problems[0].description.contains("error: layout syntax error: a section is closed with a name that does not match"))
    }

    @Test func unclosedTagIsLocated() {
        let (_, problems) = LayoutLibrary.compile([file("page", "ok\n{{title\n")])
        #expect(problems.count == 1)
        #expect(problems[0].location.line == 2 || problems[0].location.line == 3)
        #expect(problems[0].message.contains("layout syntax error"))
    }

    @Test func missingPartialIsAnErrorAtItsTag() {
        let (_, problems) = LayoutLibrary.compile([file("page", "<html>\n  {{> partials/nav }}\n")])
        #expect(problems.lines == ["templates/layouts/page.mustache:2:3: error: no layout 'partials/nav' for this partial (looked for templates/layouts/partials/nav.mustache)"])
    }
}
