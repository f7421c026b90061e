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

/// Every kind of broken input named by the bad-input issue: a site that built
/// is broken one way; the build exits 1 with the located line, and the
/// previous output is left exactly as it was.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var path: String
        var text: String
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "front matter never closed", path: "content/guide.md", text: "---\ntitle: Guide\n\n# Body\n",
            expected: "content/guide.md:1:1: error: front matter opened with '---' is never closed: add a line '---' after it"),
        Case(
            name: "a known key of the wrong type", path: "content/guide.md", text: "---\ntitle: Guide\nweight: first\n---\n",
            expected: "content/guide.md:3:9: error: 'weight' must be a whole number, not 'first'"),
        Case(
            name: "an unknown form directive", path: "content/guide.md", text: "# Guide\n\n```form nope\n```\n",
            expected: "content/guide.md:3:1: error: unknown form 'nope' (known: form account-plan, form plan, "),
        Case(
            name: "an unknown scorecard directive", path: "content/guide.md", text: "# Guide\n\n```scorecard nope\n```\n",
            expected: "content/guide.md:3:1: error: unknown scorecard 'nope' (known: form account-plan, form plan, "),
        Case(
            name: "a filled form naming an unknown rep", path: "content/plans/p.md",
            text: "---\nform: plan\nrep: ghost\naccount: acme\ndate: 2026-10-01\n---\n",
            expected: "content/plans/p.md:3:6: error: field 'rep' names 'ghost', who is not a rep in team.yaml"),
        Case(
            name: "a filled form naming an unknown account", path: "content/plans/p.md",
            text: "---\nform: plan\nrep: ann\naccount: nobody\ndate: 2026-10-01\n---\n",
            expected: "content/plans/p.md:4:10: error: field 'account' names 'nobody', which is not an account in accounts.csv"),
        Case(
            name: "a filled form with an impossible date", path: "content/plans/p.md",
            text: "---\nform: plan\nrep: ann\naccount: acme\ndate: 2026-02-30\n---\n",
            expected: "content/plans/p.md:5:7: error: field 'date' must be a real date written YYYY-MM-DD, not '2026-02-30'"),
        Case(
            name: "a filled form missing a required field", path: "content/plans/p.md",
            text: "---\nform: plan\nrep: ann\naccount: acme\n---\n",
            expected: "content/plans/p.md:2:1: error: required field 'date' is missing"),
        Case(
            name: "scorecard weights not adding to 100", path: "templates/scorecards/call.yaml",
            text: "title: Call\ncriteria: [{id: a, weight: 50}, {id: b, weight: 40}]\n",
            expected: "templates/scorecards/call.yaml:2:1: error: the criteria's weights add up to 90, not 100"),
        Case(
            name: "a form field of an unknown type", path: "templates/forms/plan.yaml",
            text: "title: Plan\nsections:\n  - title: S\n    fields:\n      - {id: rep, type: person}\n",
            expected:
                "templates/forms/plan.yaml:5:25: error: unknown field type 'person' (known: text, longtext, number, date, choice, multichoice, checkbox, rating, rep, account, list)"
        ),
        Case(
            name: "team.yaml that is not YAML", path: "content/_data/team.yaml", text: "reps:\n  - id: ann\n    name: [Ann\n",
            expected: "content/_data/team.yaml:4:1: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"),
        Case(
            name: "a duplicate account id", path: "content/_data/accounts.csv",
            text:
                "id,name,owner,segment,annual_revenue,relationship_level,stage\nacme,Acme,ann,smb,10,1,lead\nacme,Acme 2,ann,smb,20,1,lead\n",
            expected: "content/_data/accounts.csv:3:1: error: duplicate account id 'acme' (first at line 2)"),
        Case(
            name: "an account owned by an unknown rep", path: "content/_data/accounts.csv",
            text: "id,name,owner,segment,annual_revenue,relationship_level,stage\nacme,Acme,zed,smb,10,1,lead\n",
            expected: "content/_data/accounts.csv:2:11: error: account 'acme' is owned by 'zed', who is not a rep in team.yaml"),
        Case(
            name: "a missing layout", path: "content/guide.md", text: "---\nlayout: wide\n---\n# Guide\n",
            expected: "content/guide.md:2:1: error: no layout 'wide': add templates/layouts/wide.mustache"),
        Case(
            name: "a broken layout", path: "templates/layouts/page.mustache", text: "<main>\n{{#page}}\n</main>\n",
            expected: "templates/layouts/page.mustache:2:1: error: layout syntax error: 'page' is opened but never closed"),
        Case(
            name: "two files claiming one URL", path: "content/guide/_index.md", text: "# Also the guide\n",
            expected:
                "content/guide/_index.md:1:1: error: two files claim the output 'guide/index.html': content/guide.md and content/guide/_index.md; rename or move one"
        ),
    ]

    static func site() throws -> TemporarySite {
        let site = try TemporarySite([
            "content/_index.md": "# Home\n",
            "content/guide.md": "---\ntitle: Guide\n---\n# Guide\n\n```form plan\n```\n",
            "content/plans/ok.md": "---\nform: plan\nrep: ann\naccount: acme\ndate: 2026-10-01\n---\n",
            "content/_data/team.yaml": "reps:\n  - id: ann\n    name: Ann\n",
            "content/_data/accounts.csv": "id,name,owner,segment,annual_revenue,relationship_level,stage\nacme,Acme,ann,smb,10,1,lead\n",
            "templates/forms/plan.yaml":
                "title: Plan\nsections:\n  - title: S\n    fields:\n      - {id: rep, type: rep, required: true}\n      - {id: account, type: account, required: true}\n      - {id: date, type: date, required: true}\n",
            "templates/scorecards/call.yaml": "title: Call\ncriteria: [{id: a, weight: 50}, {id: b, weight: 50}]\n",
        ])
        return site
    }

    @Test(arguments: cases)
    func oneLocatedErrorAndNothingLost(_ broken: Case) throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let first = site.build(strict: true)
        #expect(first.diagnostics.lines == [])
        let before = snapshot(site.output)
        #expect(before.count > 5)
        try site.write(broken.path, broken.text)
        let report = site.build()
        #expect(report.exitCode == 1)
        #expect(report.diagnostics.lines.contains { $0.hasPrefix(broken.expected) }, "got \(report.diagnostics.lines)")
        #expect(snapshot(site.output) == before)
    }

    @Test func aPageUsingABrokenTemplateIsToldWhy() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        try site.write("templates/forms/plan.yaml", "title: Plan\nsections: [{title: S, fields: [{id: x, type: person}]}]\n")
        let lines = site.build().diagnostics.lines
        #expect(lines.contains("content/guide.md:6:1: error: form 'plan' cannot be used: templates/forms/plan.yaml has errors"))
        #expect(lines.contains("content/plans/ok.md:2:7: error: form 'plan' cannot be used: templates/forms/plan.yaml has errors"))
    }

    @Test func invalidUTF8IsLocatedAndNothingLost() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let before = snapshot(site.output)
        try site.write("content/guide.md", Data("---\ntitle: G\n---\nCaf".utf8) + Data([0xE9]) + Data(" au lait\n".utf8))
        let report = site.build()
        #expect(report.diagnostics.lines == ["content/guide.md:4:4: error: the file is not valid UTF-8 (save it as UTF-8)"])
        #expect(snapshot(site.output) == before)
    }

    @Test func allProblemsOfARunTogether() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        for broken in Self.cases where !broken.path.hasPrefix("templates/layouts") && !broken.path.contains("_data") {
            try site.write(broken.path.replacingOccurrences(of: ".md", with: "-\(broken.name.count).md"), broken.text)
        }
        try site.write("content/_data/accounts.csv", Self.cases.first { $0.name == "an account owned by an unknown rep" }!.text)
        let report = site.build()
        #expect(report.diagnostics.errorCount >= 10)
        let files = Set(report.diagnostics.map(\.location.path))
        #expect(files.count >= 8)
    }
}
