import PlaybookCore
import PlaybookMarkdown
import PlaybookTestSupport
import Testing

@Suite struct ImageAttributePassTests {
    @Test func widthAndHeightInPixelsSizeTheImage() {
        let (html, context) = runPasses(
            "![The *plan* & map](maps/plan.png \"Plan\"){ width=\"600px\" height=400 } and after.\n\n![Kramdown](k.png){: width=\"80\"}\n"
        ) { context in
            _ = LinkPass().run(context, anchors: [])
            ImageAttributePass().run(context)
        }
        #expect(context.diagnostics.isEmpty)
        #expect(
            html == """
                <p><img src="../maps/plan.png" alt="The plan &amp; map" title="Plan" width="600" height="400" /> and after.</p>
                <p><img src="../k.png" alt="Kramdown" width="80" /></p>

                """)
    }

    @Test func otherAttributesAreDroppedWithAWarningAndTheListIsNotShown() {
        let (html, context) = runPasses("Intro ![a](a.png){ .wide #hero width=\"50%\" style=\"x\" } text {not a list}\n") {
            ImageAttributePass().run($0)
        }
        #expect(html == "<p>Intro <img src=\"a.png\" alt=\"a\" /> text {not a list}</p>\n")
        #expect(
            context.diagnostics.map(\.description) == [
                "content/guide/page.md:1:18: warning: image attribute '#hero', '.wide', 'width=\"50%\"', 'style=\"x\"' dropped: "
                    + "an image keeps only width and height, in pixels ({ width=\"600\" })"
            ])
    }

    @Test func bracesThatAreNotAListStay() {
        let (html, context) = runPasses("![a](a.png){curly} and ![b](b.png) {width=1}\n") { ImageAttributePass().run($0) }
        #expect(html == "<p><img src=\"a.png\" alt=\"a\" />{curly} and <img src=\"b.png\" alt=\"b\" /> {width=1}</p>\n")
        #expect(context.diagnostics.isEmpty)
    }
}
