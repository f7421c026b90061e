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

@Suite struct HTMLEscapingTests {
    /// The five characters, anywhere in short and long text, next to letters beyond ASCII; text with none comes back whole.
    @Test func escapesTheFiveCharactersAndNothingElse() {
        #expect("a<b".htmlEscaped == "a&lt;b")
        #expect("<script>alert('x' & \"y\")</script>".htmlEscaped == "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;")
        #expect("承诺 <目标> é&".htmlEscaped == "承诺 &lt;目标&gt; é&amp;")
        let long = String(repeating: "Plan the visit — 承诺目标. ", count: 40)
        #expect(long.htmlEscaped == long)
        #expect((long + "&").htmlEscaped == long + "&amp;")
        #expect("".htmlEscaped == "" && "?!#%:;=@[]`{}".htmlEscaped == "?!#%:;=@[]`{}")
    }
}
