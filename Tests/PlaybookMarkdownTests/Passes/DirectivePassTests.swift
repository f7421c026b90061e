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
