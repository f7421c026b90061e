import Foundation
import PlaybookCore
import PlaybookKit
import PlaybookTestSupport
import Testing

/// A sheet checked before the team server saves it: the build's own findings, at their fields.
@Suite struct SheetCheckTests {
    static let plan = Fixtures.samplePlan

    /// A built one-language sample and its live site, for the checks.
    static func live() throws -> (TemporarySite, LiveSite) {
        let site = try TemporarySite.sample(language: "en")
        var options = BuildOptions(site: site.root, output: site.root.appendingPathComponent("out"))
        options.teamServer = true
        let live = LiveSite(options: options)
        #expect(live.update(changed: nil).succeeded)
        return (site, live)
    }

    @Test func aGoodPlanPassesAsTheBuildWouldReadIt() throws {
        let (site, live) = try Self.live()
        defer { site.cleanUp() }
        let check = try #require(live.checkSheet(path: "content/visit-plans/x.md", data: Data(Self.plan.utf8)))
        #expect(check.isValid)
        #expect(check.sheet?.rep == "tom-becker")
        #expect(check.sheet?.templateName == "visit-plan")
        #expect(check.problems == [])
    }

    @Test func errorsComeBackAtTheirFieldsWithTheBrowsersKinds() throws {
        let (site, live) = try Self.live()
        defer { site.cleanUp() }
        let broken = Self.plan.replacingOccurrences(of: "rep: tom-becker", with: "rep: Tom Becker")
            .replacingOccurrences(of: "reason: First visit", with: "reason: \"\"")
            .replacingOccurrences(of: "date: 2026-12-02", with: "date: 2026-02-30")
        let check = try #require(live.checkSheet(path: "content/visit-plans/x.md", data: Data(broken.utf8)))
        #expect(!check.isValid)
        let byField = Dictionary(uniqueKeysWithValues: check.problems.map { ($0.field, $0) })
        #expect(byField["rep"]?.problem == "rep")
        #expect(byField["rep"]?.value == "Tom Becker")
        #expect(byField["rep"]?.line == 3)
        #expect(byField["reason"]?.problem == "required")
        #expect(byField["date"]?.problem == "date")
        // The same lines `playbook check` prints for the file.
        #expect(check.diagnostics.allSatisfy { $0.location.path == "content/visit-plans/x.md" })
    }

    @Test func aRequiredFieldLeftOutIsNamedFromTheMessage() throws {
        let (site, live) = try Self.live()
        defer { site.cleanUp() }
        let without = Self.plan.replacingOccurrences(of: "minimum_commitment: \"A second meeting\"\n", with: "")
        let check = try #require(live.checkSheet(path: "content/visit-plans/x.md", data: Data(without.utf8)))
        #expect(check.problems.map(\.field) == ["minimum_commitment"])
        #expect(check.problems.first?.problem == "required")
    }

    @Test func textThatIsNoSheetHasNone() throws {
        let (site, live) = try Self.live()
        defer { site.cleanUp() }
        let check = try #require(live.checkSheet(path: "content/visit-plans/x.md", data: Data("# Just a page\n".utf8)))
        #expect(check.sheet == nil)
        #expect(!check.isValid)
    }

    @Test func fieldsAreFoundByTheLineTheirKeyIsOn() {
        let fields = SheetFields(
            text:
                "---\nform: visit-plan\nrep: \"li-na\"\nattendees:\n  - name: A\n    role: B\n"
                + "scores:\n  opening: 3\n  close: 4\n---\nbody: no\n"
        ).starts
        #expect(fields.map(\.field) == ["form", "rep", "attendees", "scores", "scores.opening", "scores.close"])
        #expect(fields.map(\.line) == [2, 3, 4, 7, 8, 9])
        #expect(fields[1].value == "li-na")
    }
}
