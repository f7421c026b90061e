import PlaybookCore
import PlaybookMarkdown
import PlaybookTestSupport
import Testing

/// Callouts as MkDocs, Docusaurus, GitBook and Hugo's themes write them, rendered as the site's callouts with Markdown bodies.
@Suite struct ContainerCalloutPassTests {
    private func render(_ markdown: String) -> (html: String, warnings: [String]) {
        let renderer = MarkdownRenderer(markup: Fixtures.themeMarkup)
        let rendered = renderer.render(markdown, sourcePath: "content/guide/page.md", contentPath: "guide/page.md", lineOffset: 3)
        return (rendered.html, rendered.diagnostics.map(\.description))
    }

    @Test func mkdocsAdmonitionWithAnIndentedMarkdownBody() {
        let (html, warnings) = render(
            "!!! tip \"Before the visit\"\n    Read the **account** page and [the plan](plan.md).\n\n    ![map](map.png)\n\n    - one\n    - two\n\nAfter.\n"
        )
        #expect(warnings.isEmpty)
        #expect(
            html == """
                <div class="callout callout-tip" role="note">
                <p class="callout-title">Before the visit</p>
                <p>Read the <strong>account</strong> page and <a href="../plan/index.html">the plan</a>.</p>
                <p><img src="../map.png" alt="map" /></p>
                <ul>
                <li>one</li>
                <li>two</li>
                </ul>
                </div>
                <p>After.</p>

                """)
        #expect(!html.contains("<pre>"))
    }

    @Test func mkdocsCollapsibleAndNestedAdmonitions() {
        let (html, _) = render("??? danger \"Folded\"\n    Hidden.\n\n???+ note\n    Open.\n\n    !!! warning\n        Inner.\n")
        #expect(
            html.contains(
                "<details class=\"callout callout-caution\">\n<summary class=\"callout-title\">Folded</summary>\n<p>Hidden.</p>\n</details>"
            ))
        #expect(
            html.contains("<details class=\"callout callout-note\" open>\n<summary class=\"callout-title\">Note</summary>\n<p>Open.</p>"))
        #expect(
            html.contains(
                "<p>Open.</p>\n<div class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">Warning</p>\n<p>Inner.</p>\n</div>\n</details>"
            ))
    }

    @Test func docusaurusFencesNestByTheirColons() {
        let (html, warnings) = render(
            ":::tip Plan ahead\nBody with *emphasis*.\n\n- item\n:::\n\n::::note[Outer]\n:::caution\nInner\n:::\n::::\n")
        #expect(warnings.isEmpty)
        #expect(
            html == """
                <div class="callout callout-tip" role="note">
                <p class="callout-title">Plan ahead</p>
                <p>Body with <em>emphasis</em>.</p>
                <ul>
                <li>item</li>
                </ul>
                </div>
                <div class="callout callout-note" role="note">
                <p class="callout-title">Outer</p>
                <div class="callout callout-caution" role="note">
                <p class="callout-title">Caution</p>
                <p>Inner</p>
                </div>
                </div>

                """)
    }

    @Test func gitbookHintsAndHugoAlerts() {
        let (html, warnings) = render(
            "{% hint style=\"warning\" %}\nGitBook **hint**.\n{% endhint %}\n\n{{< alert title=\"Careful\" color=\"danger\" >}}\nAlert.\n{{< /alert >}}\n\n{{% notice tip %}}\nNotice.\n{{% /notice %}}\n"
        )
        #expect(warnings.isEmpty)
        #expect(
            html.contains(
                "<div class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">Warning</p>\n<p>GitBook <strong>hint</strong>.</p>\n</div>"
            ))
        #expect(
            html.contains(
                "<div class=\"callout callout-caution\" role=\"note\">\n<p class=\"callout-title\">Careful</p>\n<p>Alert.</p>\n</div>"))
        #expect(
            html.contains("<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Tip</p>\n<p>Notice.</p>\n</div>"))
    }

    @Test func markersInCodeStayAndProblemsAreLocated() {
        let (html, warnings) = render("```\n!!! note\n    in code\n:::tip\n```\n\n!!! bogus \"Odd\"\n    Body.\n\n:::tip\nnever closed\n")
        #expect(html.hasPrefix("<pre><code>!!! note\n    in code\n:::tip\n</code></pre>"))
        #expect(html.contains("<p class=\"callout-title\">Odd</p>"))
        #expect(html.contains("<p>:::tip\nnever closed</p>"))
        #expect(
            warnings == [
                "content/guide/page.md:10:1: warning: MkDocs callout type 'bogus' is not one Playbook knows: shown as a note "
                    + "(known: note, info, tip, success, important, warning, danger, caution …)",
                "content/guide/page.md:13:1: warning: Docusaurus callout ':::tip' is never closed: add its closing line",
            ])
    }

    /// A problem inside an indented body is reported where it is in the file, not where the body moved to.
    @Test func positionsInsideAnIndentedBodyAreTheFilesOwn() {
        let (_, warnings) = render("Intro.\n\n!!! note\n    See [gone](#nowhere).\n")
        #expect(warnings == ["content/guide/page.md:7:9: warning: no heading with id '#nowhere' on this page"])
    }

    @Test func aPageWithoutMarkersIsReadOnce() {
        var pass = ContainerCalloutPass()
        let document = MarkdownDocument(parsing: "# Title\n\n> quote\n\n{not a marker}\n")!
        #expect(pass.reread(document) == nil)
        #expect(pass.regions.isEmpty)
    }
}

@Suite struct CalloutMarkerTests {
    @Test func eachToolsOpeningLine() {
        let mkdocs = CalloutMarker.opening("???+ question \"Why?\"")
        #expect(mkdocs?.kind == "note")
        #expect(mkdocs?.title == "Why?")
        #expect(mkdocs?.collapsible == .open)
        #expect(mkdocs?.syntax == .indented)
        #expect(CalloutMarker.opening(":::danger[Stop]")?.title == "Stop")
        #expect(CalloutMarker.opening("::: {.warning}")?.kind == "warning")
        #expect(CalloutMarker.opening(":::::info")?.syntax == .fenced(closing: ":::::"))
        #expect(CalloutMarker.opening("{% hint style=\"success\" %}")?.kind == "tip")
        #expect(CalloutMarker.opening("{{< callout type=\"warning\" >}}")?.kind == "warning")
        #expect(CalloutMarker.opening("{{% notice note \"Heads up\" %}}")?.title == "Heads up")
        for line in ["!!!tip", "!!! ", ":::", "{% embed url=\"x\" %}", "{{< youtube id >}}", "{{< /alert >}}", "plain"] {
            #expect(CalloutMarker.opening(Substring(line)) == nil, "\(line)")
        }
    }

    @Test func closingLines() throws {
        let hugo = try #require(CalloutMarker.opening("{{< alert >}}"))
        #expect(hugo.closes("{{< /alert >}}") && hugo.closes("{{</alert>}}") && !hugo.closes("{{< /notice >}}"))
        let fence = try #require(CalloutMarker.opening(":::tip"))
        #expect(fence.closes(":::") && !fence.closes("::::") && !fence.closes("::: x"))
        #expect(try #require(CalloutMarker.opening("{% hint %}")).closes("{%endhint%}"))
    }
}
