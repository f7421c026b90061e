import PlaybookCore
import PlaybookMarkdown
import PlaybookTestSupport
import Testing

@Suite struct ShortcodePassTests {
    @Test func eachShortcodeIsAWarningAtItsColumnSayingWhatToWrite() {
        let (html, context) = runPasses(
            "Intro {{< youtube abc >}} and [x]({{< ref \"a.md\" >}}).\n\nThen {% embed url=\"https://x\" %} and `{{< code >}}`.\n",
            lineOffset: 2
        ) { ShortcodePass().run($0) }
        #expect(html.contains("{{&lt; youtube abc &gt;}}"))
        #expect(
            context.diagnostics.map(\.description) == [
                "content/guide/page.md:3:7: warning: Hugo shortcode {{< youtube >}} is not run by Playbook and shows as text: "
                    + "write a link to it: [title](https://…)",
                "content/guide/page.md:3:35: warning: Hugo shortcode {{< ref >}} is not run by Playbook and shows as text: "
                    + "write a relative link to the page's file: [text](../page.md)",
                "content/guide/page.md:5:6: warning: GitBook tag {% embed %} is not run by Playbook and shows as text: "
                    + "write a link to it: [title](https://…)",
            ])
    }

    @Test func closingTagsBracesAndCodeAreQuiet() {
        let (_, context) = runPasses("{{% /notice %}} {% endhint %} {braces} {{ var }}\n\n    {{< indented code >}}\n") {
            ShortcodePass().run($0)
        }
        #expect(context.diagnostics.isEmpty)
    }
}
