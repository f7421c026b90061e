import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookMustache
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// Arbitrary bytes through every reader that takes user input: the entry the
/// libFuzzer harness in `Fuzz/` calls, and the test that replays the inputs it
/// once crashed on. The first byte picks the reader; the rest is the file.
public enum FuzzEntry {
    package static let library: FormLibrary = {
        var parser = FormParser(path: "templates/forms/plan.yaml")
        let form = parser.form(
            """
            title: Plan
            sections:
              - title: S
                fields:
                  - {id: rep, type: rep, required: true}
                  - {id: date, type: date}
                  - {id: pick, type: choice, options: [a, b]}
                  - {id: rows, type: list, fields: [{id: name, type: text, required: true}]}
            """
        ).0
        var cardParser = FormParser(path: "templates/scorecards/call.yaml")
        let card = cardParser.scorecard(
            "title: Call\ncriteria: [{id: a, weight: 100, anchors: {1: x}}]\nbands: [{name: B, min: 0, max: 100}]\n"
        ).0
        return FormLibrary(forms: form.map { ["plan": $0] } ?? [:], scorecards: card.map { ["call": $0] } ?? [:])
    }()

    /// Everything a team page shows of the report, formatted as the pages format it.
    package static func formatEverything(_ report: TeamReport) -> Int {
        var length = 0
        for figures in report.totals + report.reps.flatMap({ $0.periods + $0.team }) {
            for value in [figures.velocity, figures.expectedRevenue, figures.opportunities, figures.target ?? 0, figures.attainment ?? 0] {
                length += Format.grouped(value).count + Format.plain(value).count + Format.percent(value).count + Format.change(value).count
            }
        }
        for rep in report.reps {
            length +=
                Charts.bars(
                    id: "c", title: "t", description: "d",
                    rep.periods.map {
                        Charts.Bar(
                            label: $0.period.name, value: $0.expectedRevenue, shown: Format.grouped($0.expectedRevenue), target: $0.target)
                    }
                )?.keys.count ?? 0
            length +=
                Charts.funnel(
                    id: "f", title: "t", description: "d", AccountStage.allCases.map { (label: $0.messageKey, count: rep.funnel[$0] ?? 0) }
                )?.keys.count ?? 0
        }
        for account in report.accounts { length += Format.grouped(account.account.annualRevenue).count }
        return length
    }

    /// A layout: parsed, then rendered over a context with a value of every kind, also as a
    /// partial of itself (recursion); a syntax error must point inside the text.
    static func layout(_ text: String) -> Int {
        let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        switch LayoutParser(text).parse(path: "templates/layouts/fuzz.mustache") {
        case .failure(let error):
            precondition(error.line >= 1 && error.line <= lines && error.column >= 1, "a layout error outside its text")
            return 1
        case .success(let template):
            let engine = LayoutEngine(templates: ["fuzz": template, "p": template, "partials/p": template])
            let row: LayoutFields = ["a": "<&\"'>", "b": 0, "c": [LayoutFields](), "d": 1.5]
            let context: LayoutFields = [
                "a": "text", "b": true, "c": false, "d": [row, row], "e": row, "f": ["x", "y"], "g": "", "h": 0,
                "page": ["title": "T", "content": "<p>x</p>", "tags": [row]] as LayoutFields,
            ]
            return engine.render("fuzz", context: context)?.count ?? 0
        }
    }

    /// Runs one input; returns the number of problems found (the value does not matter, not crashing does).
    @discardableResult
    public static func run(_ bytes: Data) -> Int {
        guard let selector = bytes.first else { return 0 }
        let data = bytes.dropFirst()
        func text() -> String? { String(validatingUTF8Data: Data(data)) }
        switch selector % 7 {
        case 0:
            let checker = FilledFormChecker(library: library, repIDs: ["ann"], accountIDs: ["acme"])
            let directives = Directives(html: ["form plan": "<form></form>"], templates: library.index)
            let parser = PageParser(
                options: MarkdownOptions(rawHTML: MarkdownOptions.RawHTML.allCases[Int(selector >> 6) % 3]), directives: directives,
                forms: checker)
            return parser.parse(SourceFile(path: "content/a/page.md", data: Data(data))).1.count
        case 1:
            return FormLibrary.compile(forms: [SourceFile(path: "templates/forms/f.yaml", data: Data(data))], scorecards: []).1.count
        case 2:
            return FormLibrary.compile(forms: [], scorecards: [SourceFile(path: "templates/scorecards/s.yaml", data: Data(data))]).1.count
        case 3:
            let (team, problems) = TeamDataReader.read(team: SourceFile(path: SiteLayout.team, data: Data(data)), accounts: nil)
            return problems.count + TeamValidator().validate(team).count
                + formatEverything(TeamReport(data: team, asOf: CalendarDate(year: 2026, month: 1, day: 1)))
        case 4:
            let (team, problems) = TeamDataReader.read(team: nil, accounts: SourceFile(path: SiteLayout.accounts, data: Data(data)))
            return problems.count + TeamValidator().validate(team).count
                + formatEverything(TeamReport(data: team, asOf: CalendarDate(year: 2026, month: 1, day: 1)))
        case 6:
            guard let text = text() else { return 0 }
            return layout(text)
        default:
            guard let text = text() else { return 0 }
            return ConfigParser.parse(text).1.count
        }
    }
}
