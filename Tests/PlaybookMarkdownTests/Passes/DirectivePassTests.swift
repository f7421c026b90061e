import Testing
import PlaybookCore
import PlaybookContent
import PlaybookMarkdown
import PlaybookForms
import PlaybookTeam
import PlaybookSite
import PlaybookRender
import PlaybookOutput
import PlaybookKit
import PlaybookTestSupport

@Suite struct DirectivePassTests {
    private let directives = Directives(
        html: ["form plan": "<form data-form=\"plan\"></form>\n"],
        templates: TemplateIndex(forms: ["plan"]))

    @Test func aKnownDirectiveBecomesItsTemplate() {
        let (html, context) = runPasses("Before\n\n```form plan\n```\n\nAfter\n") { DirectivePass(directives: directives).run($0) }
        #expect(html == "<p>Before</p>\n<form data-form=\"plan\"></form>\n<p>After</p>\n")
        #expect(context.diagnostics.isEmpty)
    }

    @Test func anUnknownNameIsAnErrorAtTheFence() {
        let (html, context) = runPasses("Text\n\n~~~scorecard nope\n~~~\n", lineOffset: 4) { DirectivePass(directives: directives).run($0) }
        #expect(context.diagnostics.lines == ["content/guide/page.md:7:1: error: unknown scorecard 'nope' (known: form plan)"])
        #expect(html.contains("<pre><code class=\"language-scorecard\">"))
    }

    @Test func otherCodeBlocksStay() {
        let (html, _) = runPasses("```formula\nx\n```\n\n```form\n```\n") { DirectivePass(directives: directives).run($0) }
        #expect(html.components(separatedBy: "<pre>").count == 3)
    }
}
