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

@Suite struct FilledFormCheckerTests {
    static let library: FormLibrary = {
        var parser = FormParser(path: "templates/forms/plan.yaml")
        let form = parser.form(
            """
            title: Plan
            sections:
              - title: One
                fields:
                  - {id: rep, type: rep, required: true}
                  - {id: account, type: account, required: true}
                  - {id: date, type: date, required: true}
                  - {id: reason, type: choice, options: [First visit, Executive visit], required: true}
                  - {id: tags_, type: multichoice, options: [a, b]}
                  - {id: stars, type: rating}
                  - {id: done, type: checkbox}
                  - {id: size, type: number}
                  - id: people
                    type: list
                    fields: [{id: name, type: text, required: true}, {id: role, type: text}]
            """
        ).0!
        var cardParser = FormParser(path: "templates/scorecards/call.yaml")
        let card = cardParser.scorecard(
            """
            title: Call
            criteria: [{id: a, weight: 50}, {id: b, weight: 50}]
            bands: [{name: Low, min: 0, max: 59}, {name: High, min: 60, max: 100}]
            """
        ).0!
        return FormLibrary(forms: ["plan": form], scorecards: ["call": card])
    }()

    private let checker = FilledFormChecker(library: FilledFormCheckerTests.library, repIDs: ["ann"], accountIDs: ["acme"])

    @Test func aValidPlan() throws {
        let (form, problems) = checker.check(
            yaml: """
                form: plan
                rep: ann
                account: acme
                date: 2026-10-01
                reason: First visit
                tags_: [a]
                stars: 4
                done: true
                size: 12.5
                people:
                  - {name: Grace, role: COO}
                """, path: "content/visit-plans/p.md", firstLine: 2)
        #expect(problems.lines == [])
        let filled = try #require(form)
        #expect(filled.rep == "ann" && filled.account == "acme" && filled.date == "2026-10-01")
        #expect(filled.values["people"] == .list([.map([(key: "name", value: .string("Grace")), (key: "role", value: .string("COO"))])]))
    }

    @Test func everyMistakeAtTheLineOfItsField() {
        let (_, problems) = checker.check(
            yaml: """
                form: plan
                rep: bob
                account: ""
                date: 2026-02-30
                reason: Lunch
                tags_: [c]
                stars: 9
                done: maybe
                size: big
                people:
                  - {role: COO}
                extra: 1
                """, path: "content/visit-plans/p.md", firstLine: 2)
        #expect(
            problems.lines == [
                "content/visit-plans/p.md:3:6: error: field 'rep' names 'bob', who is not a rep in team.yaml",
                "content/visit-plans/p.md:4:10: error: required field 'account' is empty",
                "content/visit-plans/p.md:5:7: error: field 'date' must be a real date written YYYY-MM-DD, not '2026-02-30'",
                "content/visit-plans/p.md:6:9: error: field 'reason' must be one of 'First visit', 'Executive visit', not 'Lunch'",
                "content/visit-plans/p.md:7:8: error: field 'tags_' has 'c', which is not one of 'a', 'b'",
                "content/visit-plans/p.md:8:8: error: field 'stars' must be a whole number from 1 to 5, not '9'",
                "content/visit-plans/p.md:9:7: error: field 'done' must be true or false, not 'maybe'",
                "content/visit-plans/p.md:10:7: error: field 'size' must be a number, not 'big'",
                "content/visit-plans/p.md:12:5: error: required field 'name' of a row of 'people' is missing",
                "content/visit-plans/p.md:13:1: warning: 'extra' is not a field of form plan",
            ])
    }

    @Test func missingRequiredFieldsPointAtTheFormLine() {
        let (_, problems) = checker.check(yaml: "title: Mine\nform: plan\n", path: "p.md", firstLine: 2)
        #expect(
            problems.lines == [
                "p.md:3:1: error: required field 'rep' is missing",
                "p.md:3:1: error: required field 'account' is missing",
                "p.md:3:1: error: required field 'date' is missing",
                "p.md:3:1: error: required field 'reason' is missing",
            ])
    }

    @Test func unknownTemplate() {
        let (form, problems) = checker.check(yaml: "form: nope\n", path: "p.md", firstLine: 2)
        #expect(form == nil)
        #expect(problems.lines == ["p.md:2:7: error: unknown form 'nope' (known: form plan, scorecard call)"])
    }

    @Test func anyIDWithoutTeamData() {
        let open = FilledFormChecker(library: Self.library, repIDs: nil, accountIDs: nil)
        let (_, problems) = open.check(
            yaml: "form: plan\nrep: x\naccount: y\ndate: 2026-01-01\nreason: First visit\n", path: "p.md", firstLine: 2)
        #expect(problems.isEmpty)
    }

    @Test func scorecards() throws {
        let (form, problems) = checker.check(
            yaml: """
                scorecard: call
                rep: ann
                scored_by: ann
                date: 2026-11-01
                subject: Call to Acme
                scores: {a: 5, b: 3}
                """, path: "s.md", firstLine: 2)
        #expect(problems.isEmpty)
        let filled = try #require(form)
        #expect(filled.scores == ["a": 5, "b": 3])
        #expect(Self.library.scorecards["call"]!.total(filled.scores) == 80)

        let (_, bad) = checker.check(
            yaml: "scorecard: call\nrep: ann\nscored_by: ann\ndate: 2026-11-01\nsubject: x\nscores: {a: 6, c: 1}\n",
            path: "s.md", firstLine: 2)
        #expect(
            bad.lines == [
                "s.md:7:13: error: score 'a' must be a whole number from 1 to 5",
                "s.md:7:16: error: 'c' is not a criterion of scorecard call (known: a, b)",
                "s.md:7:1: error: criterion 'b' has no score",
            ])
    }

    /// A draft is checked for what it has; what it lacks is only noted, at the field's line.
    @Test func aDraftNotesItsEmptyRequiredFields() throws {
        let yaml = """
            form: plan
            draft: true
            rep: ann
            account:
            date: 2026-10-01
            reason:
            people:
              - {role: COO}
            """
        let (form, problems) = checker.check(yaml: yaml, path: "p.md", firstLine: 2)
        #expect(form != nil)
        #expect(
            problems.lines == [
                "p.md:5:9: note: required field 'account' is empty; fill it in before removing 'draft: true'",
                "p.md:7:8: note: required field 'reason' is empty; fill it in before removing 'draft: true'",
                "p.md:9:5: note: required field 'name' of a row of 'people' is missing; fill it in before removing 'draft: true'",
            ])
        #expect(!problems.hasErrors && problems.promotingWarnings() == problems)

        // The same sheet, finished (no `draft: true`), fails as before.
        let (_, done) = checker.check(yaml: yaml.replacingOccurrences(of: "draft: true\n", with: ""), path: "p.md", firstLine: 2)
        #expect(done.errorCount == 3 && done.noteCount == 0)
    }

    /// What a draft has is still checked: a wrong option or an unknown rep is an error at its line.
    @Test func aDraftsMistakesAreStillErrors() {
        let (_, problems) = checker.check(
            yaml: "form: plan\ndraft: true\nrep: bob\nreason: Lunch\ndate: 2026-02-30\n", path: "p.md", firstLine: 2)
        #expect(
            problems.lines.sorted() == [
                "p.md:2:1: note: required field 'account' is missing; fill it in before removing 'draft: true'",
                "p.md:4:6: error: field 'rep' names 'bob', who is not a rep in team.yaml",
                "p.md:5:9: error: field 'reason' must be one of 'First visit', 'Executive visit', not 'Lunch'",
                "p.md:6:7: error: field 'date' must be a real date written YYYY-MM-DD, not '2026-02-30'",
            ])
        #expect(problems.errorCount == 3 && problems.noteCount == 1)
    }

    @Test func aDraftScorecardNotesMissingScores() {
        let (_, problems) = checker.check(
            yaml: "scorecard: call\ndraft: true\nrep: ann\nscored_by: ann\ndate: 2026-11-01\nsubject: x\nscores:\n  a: 9\n",
            path: "s.md", firstLine: 2)
        #expect(
            problems.lines == [
                "s.md:9:6: error: score 'a' must be a whole number from 1 to 5",
                "s.md:8:1: note: criterion 'b' has no score; fill it in before removing 'draft: true'",
            ])
    }
}
