import PlaybookCore
import PlaybookKit

/// Who may save what: a rep saves visit plans for themselves; a manager also
/// saves scorecards for their reps and changes their reps' sheets; an admin
/// saves anything. Nobody replaces a sheet they did not create unless they
/// are its rep's manager or an admin.
struct SavePolicy: Sendable {
    var roster: TeamRoster

    /// Why `user` may not save `sheet` (a refusal code and the log's words), or nil when they may.
    /// `existing`: the sheet it would replace, with the id of who first saved it (nil: not saved on this server).
    func refusal(
        user: TeamUser, sheet: FilledForm, existing: (sheet: FilledForm?, creator: String?)?
    ) -> (code: String, reason: String)? {
        if user.role == .admin { return nil }
        let rep = sheet.rep
        switch (sheet.kind, user.role) {
        case (.scorecard, .rep):
            return ("scorecard", "a rep may not save scorecards")
        case (.scorecard, _):
            guard let rep, roster.manages(user.id, rep) else {
                return ("team", "scorecard for '\(sheet.rep ?? "no rep")', who is not one of \(user.id)'s reps")
            }
        case (.form, .rep):
            guard rep == nil || rep == user.id else { return ("self", "visit plan for '\(rep ?? "")', not for \(user.id)") }
        case (.form, _):
            guard rep == nil || rep == user.id || roster.manages(user.id, rep!) else {
                return ("team", "sheet for '\(rep ?? "")', who is neither \(user.id) nor one of their reps")
            }
        }
        if let existing, existing.creator != user.id {
            // Replacing someone else's sheet (or one saved outside the server): only its rep's manager may.
            let existingRep = existing.sheet?.rep
            let managesIt = user.role == .manager && existingRep.map { roster.manages(user.id, $0) } == true
            if !managesIt {
                return ("owner", "the sheet was saved by \(existing.creator.map { "'\($0)'" } ?? "someone outside the team server")")
            }
        }
        return nil
    }
}
