import Foundation
import Testing

/// `playbook init` and `playbook new` through the real executable.
@Suite struct AuthoringCommandTests {
    @Test func initMakesASiteThatBuildsStrictAndNewAddsToIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-cli-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try Playbook.run(["init", folder.path, "--example"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("made a new site in"))
        let build = try Playbook.run(["build", "--site", folder.path, "--strict"])
        #expect(build.status == 0, "\(build.stderr)")

        let again = try Playbook.run(["init", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("error: is not empty"))

        let plan = try Playbook.run([
            "new", "visit-plan", "--site", folder.path, "--rep", "anna-kowalski", "--account", "pioneer-agritech",
            "--date", "2027-01-15",
        ])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout == "created content/visit-plans/2027-01-15-pioneer-agritech.md\n")
        // A new plan is a draft: CI passes, and check notes what is left to fill in.
        let check = try Playbook.run(["check", "--site", folder.path, "--strict"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(
            check.stderr.contains(
                "content/visit-plans/2027-01-15-pioneer-agritech.md:15:8: note: required field 'reason' is empty; "
                    + "fill it in before removing 'draft: true'"))
        #expect(check.stdout.contains("(0 errors, 0 warnings, 3 notes)") || check.stderr.contains("(0 errors, 0 warnings, 3 notes)"))

        let twice = try Playbook.run([
            "new", "visit-plan", "--site", folder.path, "--rep", "anna-kowalski", "--account", "pioneer-agritech",
            "--date", "2027-01-15",
        ])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("already exists; not overwritten"))

        let unknown = try Playbook.run(["new", "scorecard", "call-coaching", "--site", folder.path, "--rep", "nobody"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "--rep:1:1: error: no rep 'nobody' in content/_data/team.yaml\n")

        let page = try Playbook.run(["new", "page", "call-scripts/renewal-call", "--site", folder.path])
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout == "created content/call-scripts/renewal-call.md\n")

        let usage = try Playbook.run(["new", "visit-plan", "--site", folder.path, "--rep", "anna-kowalski"])
        #expect(usage.status == 2)
    }
}
