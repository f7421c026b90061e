import Foundation
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

@Suite struct SpaceTrimmingTests {
    /// The same as Foundation's `.whitespaces` trimming, which it replaces on the parse stage's hot paths.
    @Test(arguments: [
        "", " ", "\t", "plain", "  both ends\t", "\u{3000}全角空格\u{3000}", "\u{A0}no-break\u{A0}", "\u{2003}em\u{2009}",
        "inner  spaces stay", "\nnewlines stay\n", " \n mixed \n ", "e\u{301} ", " \u{301}", "😀 ", " 🇨🇳 ",
    ])
    func trimsWhatFoundationTrims(_ text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        let sub = ("x" + text + "x").dropFirst().dropLast()
        #expect(sub.trimmingSpaces() == String(sub).trimmingCharacters(in: .whitespaces))
    }
}
