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

@Suite struct FormParserTests {
    private func form(_ text: String) -> (FormTemplate?, [String]) {
        var parser = FormParser(path: "templates/forms/plan.yaml")
        let (form, problems) = parser.form(text)
        return (form, problems.lines)
    }

    private func scorecard(_ text: String) -> (ScorecardTemplate?, [String]) {
        var parser = FormParser(path: "templates/scorecards/card.yaml")
        let (card, problems) = parser.scorecard(text)
        return (card, problems.lines)
    }

    @Test func aFormWithEveryFieldType() throws {
        let (parsed, problems) = form(
            """
            title: Plan
            sections:
              - title: One
                fields:
                  - {id: who, label: Who, type: rep, required: true}
                  - {id: where, type: account}
                  - {id: day, type: date}
                  - {id: n, type: number}
                  - {id: pick, type: choice, options: [a, b]}
                  - {id: picks, type: multichoice, options: [a, b]}
                  - {id: ok, type: checkbox}
                  - {id: stars, type: rating, scale: {min: 1, max: 10}}
                  - {id: words, type: longtext, help: Say more}
                  - id: people
                    type: list
                    add_label: Add a person
                    fields: [{id: name, type: text, required: true}]
            """)
        #expect(problems == [])
        let form = try #require(parsed)
        #expect(form.name == "plan" && form.title == "Plan")
        #expect(form.fields.map(\.kind) == [.rep, .account, .date, .number, .choice, .multichoice, .checkbox, .rating, .longtext, .list])
        #expect(form.fields[0].required && !form.fields[1].required)
        #expect(form.fields[1].label == "where")
        #expect(form.fields[7].scale == 1...10)
        #expect(form.fields[9].fields.map(\.id) == ["name"])
        #expect(form.fields[9].addLabel == "Add a person" && form.fields[8].addLabel == nil)
        #expect(form.fields[4].line == 9)
    }

    @Test func formMistakesAtTheirLines() {
        let (_, problems) = form(
            """
            title: Plan
            sections:
              - title: One
                fields:
                  - {id: a, type: text}
                  - {id: a, type: txt}
                  - {id: c, type: choice}
                  - {id: title, type: text}
                  - {id: bad-id, type: text}
                  - {id: rows, type: list}
            """)
        #expect(
            problems == [
                "templates/forms/plan.yaml:6:23: error: unknown field type 'txt' (known: text, longtext, number, date, choice, multichoice, checkbox, rating, rep, account, list)",
                "templates/forms/plan.yaml:7:9: error: field 'c' is a choice without 'options'",
                "templates/forms/plan.yaml:8:9: error: field id 'title' is reserved for the page itself; choose another",
                "templates/forms/plan.yaml:9:9: error: field id 'bad-id' must be letters, digits and '_' (it becomes a YAML key)",
                "templates/forms/plan.yaml:10:9: error: field 'rows' is a list without 'fields' for its rows",
                "templates/forms/plan.yaml:6:1: error: duplicate field id 'a' (first at line 5)",
            ])
    }

    /// Every key a sheet's page claims (front matter keys, the template's name, scores, notes)
    /// is refused as a field id, and only as a field of the form itself: a row's fields are no keys of the page.
    @Test func noFieldTakesAKeyOfThePage() {
        for key in FilledForm.pageKeys.sorted() {
            let (_, problems) = form("title: Plan\nsections:\n  - title: One\n    fields:\n      - {id: \(key), type: text}\n")
            #expect(problems == ["templates/forms/plan.yaml:5:9: error: field id '\(key)' is reserved for the page itself; choose another"])
        }
        #expect(FilledForm.pageKeys.isSuperset(of: ["owner", "reviewed", "purpose", "when", "stages", "form", "scorecard", "scores"]))
        let (_, rows) = form(
            "title: Plan\nsections:\n  - title: One\n    fields:\n      - {id: steps, type: list, fields: [{id: when, type: date}]}\n")
        #expect(rows.isEmpty)
    }

    @Test func aScorecardAndItsTotal() throws {
        let (parsed, problems) = scorecard(
            """
            title: Call
            scale: {min: 1, max: 5}
            criteria:
              - {id: a, label: A, weight: 60, anchors: {1: bad, 5: good}}
              - {id: b, label: B, weight: 40}
            bands:
              - {name: Low, min: 0, max: 59}
              - {name: High, min: 60, max: 100}
            """)
        #expect(problems == [])
        let card = try #require(parsed)
        #expect(card.total(["a": 5, "b": 5]) == 100)
        #expect(card.total(["a": 5]) == 60)
        #expect(abs(card.total(["a": 3, "b": 4]) - (60.0 * 3 + 40 * 4) / 500 * 100) < 1e-9)
        #expect(card.band(for: 59.4)?.name == "Low")
        #expect(card.band(for: 59.6)?.name == "High")
        #expect(card.criteria[0].anchors == [1: "bad", 5: "good"])
    }

    @Test func scorecardMistakesAtTheirLines() {
        let (_, problems) = scorecard(
            """
            title: Call
            scale: {min: 1, max: 5}
            criteria:
              - {id: a, weight: 50, anchors: {0: too low, 3: fine, 6: too high}}
              - {id: b, weight: 45}
            bands:
              - {name: Low, min: 0, max: 60}
              - {name: High, min: 50, max: 100}
              - {name: Odd, min: 90, max: 80}
            """)
        #expect(
            problems == [
                "templates/scorecards/card.yaml:8:5: error: band 'High' (50–100) overlaps 'Low' (0–60) at line 7",
                "templates/scorecards/card.yaml:9:5: error: band 'Odd' has min 90 above max 80",
                "templates/scorecards/card.yaml:4:35: error: anchor 0 is outside the scale 1–5",
                "templates/scorecards/card.yaml:4:56: error: anchor 6 is outside the scale 1–5",
                "templates/scorecards/card.yaml:3:1: error: the criteria's weights add up to 95, not 100",
            ])
    }

    @Test func theSampleTemplatesAreValid() throws {
        let forms = try FileManager.default.contentsOfDirectory(atPath: Fixtures.theme.appendingPathComponent("forms").path).sorted()
        let cards = try FileManager.default.contentsOfDirectory(atPath: Fixtures.theme.appendingPathComponent("scorecards").path).sorted()
        #expect(forms == ["account-plan.yaml", "relationship-wall.yaml", "strategic-selling.yaml", "visit-plan.yaml"])
        #expect(cards == ["call-coaching.yaml", "deal-qualification.yaml", "visit-quality.yaml"])
        func file(_ folder: String, _ name: String) throws -> SourceFile {
            SourceFile(
                path: "templates/\(folder)/\(name)", data: try Data(contentsOf: Fixtures.theme.appendingPathComponent("\(folder)/\(name)")))
        }
        let (library, problems) = FormLibrary.compile(
            forms: try forms.map { try file("forms", $0) },
            scorecards: try cards.map { try file("scorecards", $0) })
        #expect(problems.lines == [])
        #expect(library.scorecards["deal-qualification"]?.scale == 0...3)
        #expect(library.forms["visit-plan"]?.fields.contains { $0.id == "best_commitment" && $0.required } == true)
    }
}
