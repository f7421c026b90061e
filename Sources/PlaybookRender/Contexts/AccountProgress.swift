import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

/// Where an account stands, laid out: the relationship ladder and the stages of
/// the funnel, each an `<ol>` with the current step marked. Like the charts,
/// they are made here rather than in the layout: five or six steps a list, two
/// or three Mustache lookups a step, were a sixth of an account page's cost;
/// and there are only five ladders and four funnels, so each is made once.
/// The same steps stay in the context as data (`ladder`, `stages`) for themes
/// that lay them out themselves.
package enum AccountProgress {
    /// The ladder with `level` (1–5) current.
    package static func ladderHTML(level: Int) -> String {
        ladders.indices.contains(level - 1) ? ladders[level - 1] : ladder(current: nil)
    }

    /// The funnel with `stage` current and the stages before it reached.
    package static func stagesHTML(_ stage: AccountStage) -> String {
        funnels[stage.order]
    }

    /// The class list of funnel step `step` for an account at `stage`: `reached`, and `current` on its own stage.
    package static func state(of step: AccountStage, at stage: AccountStage) -> String {
        step == stage ? "reached current" : step.order <= stage.order ? "reached" : ""
    }

    private static let ladders = RelationshipLevel.names.indices.map { ladder(current: $0) }
    private static let funnels = AccountStage.allCases.map(funnel)

    private static func ladder(current: Int?) -> String {
        var html = "<ol class=\"ladder\">\n"
        for (index, name) in RelationshipLevel.names.enumerated() {
            html += index == current ? "<li class=\"current\" aria-current=\"step\">" : "<li>"
            html += name.htmlEscaped + "</li>\n"
        }
        return html + "</ol>"
    }

    private static func funnel(_ stage: AccountStage) -> String {
        var html = "<ol class=\"stages\">\n"
        for step in AccountStage.allCases {
            html += "<li class=\"" + state(of: step, at: stage) + "\""
            html += (step == stage ? " aria-current=\"step\"" : "") + ">" + step.title.htmlEscaped + "</li>\n"
        }
        return html + "</ol>"
    }
}
