import PlaybookCore
import PlaybookForms
import PlaybookMustache
import PlaybookSite
import PlaybookTeam

/// Where an account stands: the relationship ladder and the funnel's stages as
/// the account page's context gives them to the theme's `partials/ladder` and
/// `partials/stages`.
package enum AccountProgress {
    /// The five levels, `level` (1–5) current, named in `messages`' language.
    package static func ladder(level: Int, _ messages: Messages) -> [LayoutFields] {
        RelationshipLevel.messageKeys.enumerated().map { index, key in
            ["number": index + 1, "name": messages[key], "current": index + 1 == level] as LayoutFields
        }
    }

    /// The funnel's stages, `stage` current and the ones before it reached.
    package static func stages(at stage: AccountStage, _ messages: Messages) -> [LayoutFields] {
        AccountStage.allCases.map { step in
            [
                "title": messages[step.messageKey], "current": step == stage, "reached": step.order <= stage.order,
                "state": state(of: step, at: stage),
            ] as LayoutFields
        }
    }

    /// The class list of funnel step `step` for an account at `stage`: `reached`, and `current` on its own stage.
    package static func state(of step: AccountStage, at stage: AccountStage) -> String {
        step == stage ? "reached current" : step.order <= stage.order ? "reached" : ""
    }
}
