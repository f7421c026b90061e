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

/// The theme's partials over the account page's data: what a reader sees of an account's progress.
@Suite struct AccountProgressTests {
    @Test func theLadderMarksTheAccountsLevel() throws {
        let html = try #require(Theme.render("partials/ladder", ["ladder": AccountProgress.ladder(level: 2, Fixtures.messages("en"))]))
        #expect(html.hasPrefix("<ol class=\"ladder\">\n<li><span class=\"step-name\">Delivers products to specification</span></li>\n"))
        #expect(
            html.contains(
                "<li class=\"current\" aria-current=\"step\"><span class=\"step-name\">Delivers excellent products and services</span> <span class=\"current-mark\">Current level</span></li>\n"
            ))
        #expect(html.components(separatedBy: "aria-current").count == 2)
        #expect(html.contains("customer&#39;s business issues") && html.hasSuffix("</li>\n</ol>\n"))
        #expect(
            Theme.render("partials/ladder", ["ladder": AccountProgress.ladder(level: 9, Fixtures.messages("en"))])?.contains("aria-current")
                == false)
    }

    @Test func theFunnelMarksReachedStagesAndTheCurrentOne() {
        #expect(
            Theme.render("partials/stages", ["stages": AccountProgress.stages(at: .opportunity, Fixtures.messages("en"))]) == """
                <ol class="stages">
                <li class="reached"><span class="step-name">Potential customer</span></li>
                <li class="reached"><span class="step-name">Lead</span></li>
                <li class="reached current" aria-current="step"><span class="step-name">Opportunity</span> <span class="current-mark">Current stage</span></li>
                <li class=""><span class="step-name">Customer</span></li>
                </ol>

                """)
        #expect(
            Theme.render("partials/stages", ["stages": AccountProgress.stages(at: .potential, Fixtures.messages("en"))])?.components(
                separatedBy: "class=\"\""
            ).count
                == 4)
        #expect(AccountStage.allCases.map { AccountProgress.state(of: $0, at: .lead) } == ["reached", "reached current", "", ""])
    }
}

/// The project's own theme, for tests of single partials.
enum Theme {
    static func render(_ name: String, _ context: LayoutFields) -> String? { Fixtures.themeLayouts.render(name, context: context) }
}
