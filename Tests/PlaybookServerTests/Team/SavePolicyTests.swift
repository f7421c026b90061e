import PlaybookCore
import PlaybookKit
import Testing

@testable import PlaybookServer

/// The team server's rules: who may save what, and replace whose sheet.
@Suite struct SavePolicyTests {
    static let roster = TeamRoster([
        Rep(id: "wei", name: "Wei", location: SourceLocation(path: "t")),
        Rep(id: "li", name: "Li", manager: "wei", location: SourceLocation(path: "t")),
        Rep(id: "tom", name: "Tom", manager: "wei", location: SourceLocation(path: "t")),
        Rep(id: "maria", name: "Maria", location: SourceLocation(path: "t")),
        Rep(id: "sam", name: "Sam", manager: "maria", location: SourceLocation(path: "t")),
    ])
    static let policy = SavePolicy(roster: roster)

    static func user(_ id: String, _ role: TeamUser.Role) -> TeamUser {
        TeamUser(id: id, name: id, role: role, passwordHash: "")
    }

    static func sheet(_ kind: FilledForm.Kind, rep: String?) -> FilledForm {
        FilledForm(
            kind: kind, templateName: kind == .form ? "visit-plan" : "call-coaching", title: "t",
            values: rep.map { ["rep": .string($0)] } ?? [:], scores: [:])
    }

    func code(_ user: TeamUser, _ sheet: FilledForm, existing: (FilledForm?, String?)? = nil) -> String? {
        Self.policy.refusal(user: user, sheet: sheet, existing: existing.map { (sheet: $0.0, creator: $0.1) })?.code
    }

    @Test func aRepSavesVisitPlansForThemselvesOnly() {
        let li = Self.user("li", .rep)
        #expect(code(li, Self.sheet(.form, rep: "li")) == nil)
        #expect(code(li, Self.sheet(.form, rep: "tom")) == "self")
        #expect(code(li, Self.sheet(.scorecard, rep: "li")) == "scorecard")
    }

    @Test func aManagerSavesForThemselvesAndTheirReps() {
        let wei = Self.user("wei", .manager)
        #expect(code(wei, Self.sheet(.form, rep: "wei")) == nil)
        #expect(code(wei, Self.sheet(.form, rep: "li")) == nil)
        #expect(code(wei, Self.sheet(.form, rep: "sam")) == "team")
        #expect(code(wei, Self.sheet(.scorecard, rep: "tom")) == nil)
        #expect(code(wei, Self.sheet(.scorecard, rep: "sam")) == "team")
        #expect(code(wei, Self.sheet(.scorecard, rep: "wei")) == "team")  // nobody scores their own calls
        #expect(code(wei, Self.sheet(.scorecard, rep: nil)) == "team")
    }

    @Test func anAdminSavesAnything() {
        let admin = Self.user("root", .admin)
        #expect(code(admin, Self.sheet(.scorecard, rep: "sam")) == nil)
        #expect(code(admin, Self.sheet(.form, rep: "li"), existing: (Self.sheet(.form, rep: "li"), "li")) == nil)
    }

    @Test func onlyTheCreatorOrTheRepsManagerReplacesASheet() {
        let existing = (Self.sheet(.form, rep: "li") as FilledForm?, "li" as String?)
        #expect(code(Self.user("li", .rep), Self.sheet(.form, rep: "li"), existing: existing) == nil)
        #expect(code(Self.user("wei", .manager), Self.sheet(.form, rep: "li"), existing: existing) == nil)
        #expect(code(Self.user("maria", .manager), Self.sheet(.form, rep: "maria"), existing: existing) == "owner")
        // A sheet committed outside the server (no creator) is the rep's manager's or an admin's to replace.
        #expect(code(Self.user("li", .rep), Self.sheet(.form, rep: "li"), existing: (existing.0, nil)) == "owner")
        #expect(code(Self.user("wei", .manager), Self.sheet(.form, rep: "li"), existing: (existing.0, nil)) == nil)
    }
}
