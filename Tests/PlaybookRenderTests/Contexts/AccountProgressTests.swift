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

@Suite struct AccountProgressTests {
    @Test func theLadderMarksTheAccountsLevel() {
        let html = AccountProgress.ladderHTML(level: 2)
        #expect(html.hasPrefix("<ol class=\"ladder\">\n<li>Delivers products to specification</li>\n"))
        #expect(html.contains("<li class=\"current\" aria-current=\"step\">Delivers excellent products and services</li>\n"))
        #expect(html.components(separatedBy: "aria-current").count == 2)
        #expect(html.contains("customer&#39;s business issues") && html.hasSuffix("</li>\n</ol>"))
        #expect(!AccountProgress.ladderHTML(level: 9).contains("aria-current"))
    }

    @Test func theFunnelMarksReachedStagesAndTheCurrentOne() {
        #expect(
            AccountProgress.stagesHTML(.opportunity) == """
                <ol class="stages">
                <li class="reached">Potential customer</li>
                <li class="reached">Lead</li>
                <li class="reached current" aria-current="step">Opportunity</li>
                <li class="">Customer</li>
                </ol>
                """)
        #expect(AccountProgress.stagesHTML(.potential).components(separatedBy: "class=\"\"").count == 4)
        #expect(AccountStage.allCases.map { AccountProgress.state(of: $0, at: .lead) } == ["reached", "reached current", "", ""])
    }
}
