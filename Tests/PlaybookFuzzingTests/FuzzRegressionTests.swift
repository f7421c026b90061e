import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookFuzzing
import PlaybookKit
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

/// The libFuzzer harness's seeds and the inputs kept from fuzzing and from
/// hostile-input work, replayed through the same entry point: none may crash.
@Suite struct FuzzRegressionTests {
    static let folders = [
        Fixtures.folder.appendingPathComponent("fuzz-regressions"),
        Fixtures.projectRoot.appendingPathComponent("Fuzz/corpus"),
    ]

    @Test func everyKeptInputRunsWithoutCrashing() throws {
        var count = 0
        for folder in Self.folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where !name.hasPrefix(".") {
                FuzzEntry.run(try Data(contentsOf: folder.appendingPathComponent(name)))
                count += 1
            }
        }
        #expect(count >= 30)
    }

    @Test func extremeNumbersStayFinite() throws {
        // A velocity from figures at the edge of Double: computed, not trapped.
        let (team, _) = TeamDataReader.read(
            team: SourceFile(
                path: SiteLayout.team,
                data: Data(
                    """
                    reps:
                      - {id: a, metrics: {2026-Q1: {opportunities: 1e300, conversion_rate: 1, average_deal: 1e300, cycle_days: 1e-300}}}
                    """.utf8)), accounts: nil)
        let report = TeamReport(data: team, asOf: CalendarDate(year: 2026, month: 1, day: 1))
        #expect(report.reps.first?.latest?.velocity == .infinity)
        #expect(FuzzEntry.formatEverything(report) > 0)
        #expect(Format.grouped(.infinity) == "∞" && Format.grouped(-.infinity) == "−∞" && Format.grouped(.nan) == "—")
        #expect(Format.grouped(1e300) == "1e+300" && Format.plain(.infinity) == "inf")
        #expect(Charts.n(.infinity) == "0" && Charts.n(.nan) == "0" && Charts.n(1e300) == "1000000000")
    }
}
