import Foundation
import PlaybookCore
import PlaybookKit
import PlaybookTestSupport
import Testing

@testable import PlaybookServer

/// Saving into a real git repository: checked, written whole, committed as
/// its user; refused saves and failed commits leave the work tree as it was.
@Suite struct SheetDeskTests {
    static let plan = Fixtures.samplePlan

    struct Desk {
        var site: TemporarySite
        var live: LiveSite
        var git: GitRepository
        var desk: SheetDesk

        func status() throws -> String { try git.run(["status", "--porcelain", "--untracked-files=all"]) }
        func commits() throws -> Int {
            Int(try git.run(["rev-list", "--count", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }
    }

    /// The English sample as a git repository with one commit, built, and a desk on it.
    static func desk() throws -> Desk {
        let site = try TemporarySite.sample(language: "en")
        try site.write(".gitignore", "/out/\n/.out.lock\n")
        let git = GitRepository(folder: site.root)
        try git.run(["init", "--quiet"])
        try git.run(["add", "-A"])
        try git.run([
            "-c", "user.name=Setup", "-c", "user.email=setup@example.com", "commit", "--quiet", "--author=Setup <setup@example.com>", "-m",
            "init",
        ])
        var options = BuildOptions(site: site.root, output: site.root.appendingPathComponent("out"))
        options.teamServer = true
        let live = LiveSite(options: options)
        #expect(live.update(changed: nil).succeeded)
        return Desk(site: site, live: live, git: git, desk: SheetDesk(site: site.root, live: live, git: git, log: { _ in }))
    }

    static let wei = TeamUser(id: "wei-zhang", name: "Wei Zhang", role: .manager, passwordHash: "")
    static let tom = TeamUser(id: "tom-becker", name: "Tom Becker", role: .rep, passwordHash: "")
    static let li = TeamUser(id: "li-na", name: "Li Na", role: .rep, passwordHash: "")

    static func request(_ text: String = plan, file: String = "2026-12-02-summit-plastics.md", replace: Bool = false) -> SaveRequest {
        SaveRequest(kind: .form, template: "visit-plan", file: file, text: text, replace: replace)
    }

    @Test func aGoodSheetIsWrittenAndCommittedAsItsUser() async throws {
        let d = try Self.desk()
        defer { d.site.cleanUp() }
        let (outcome, path) = await d.desk.save(Self.request(), by: Self.wei)
        #expect(outcome.ok)
        #expect(path == "content/visit-plans/2026-12-02-summit-plastics.md")
        #expect(try String(contentsOf: d.site.root.appendingPathComponent(path!), encoding: .utf8) == Self.plan)
        let commit = try d.git.run(["log", "-1", "--format=%an <%ae>|%cn|%s|%(trailers:key=Playbook-User,valueonly)", "--name-only"])
        #expect(
            commit.hasPrefix(
                "Wei Zhang <wei-zhang@users.playbook.invalid>|Playbook team server|Add visit-plan 2026-12-02-summit-plastics.md|wei-zhang"))
        #expect(commit.contains("content/visit-plans/2026-12-02-summit-plastics.md"))
        #expect(d.git.creator(of: path!) == "wei-zhang")
        let status = try d.status()
        #expect(status == "", "\(status)")
    }

    @Test func refusedSavesWriteNothing() async throws {
        let d = try Self.desk()
        defer { d.site.cleanUp() }
        let cases: [(SaveRequest, TeamUser, String)] = [
            (Self.request(file: "../x.md"), Self.wei, "name"),
            (Self.request(Self.plan.replacingOccurrences(of: "reason: First visit", with: "reason: \"\"")), Self.wei, "invalid"),
            (Self.request(Self.plan.replacingOccurrences(of: "rep: tom-becker", with: "rep: Tom Becker")), Self.wei, "invalid"),
            (Self.request(), Self.li, "self"),
            (SaveRequest(kind: .scorecard, template: "visit-plan", file: "x.md", text: Self.plan, replace: false), Self.wei, "invalid"),
        ]
        for (request, user, code) in cases {
            let (outcome, path) = await d.desk.save(request, by: user)
            #expect(outcome.refusal == code, "\(request.file) by \(user.id)")
            #expect(path == nil)
        }
        #expect(try d.status() == "")
        #expect(try d.commits() == 1)
    }

    @Test func replacingNeedsConsentAndTheRightPerson() async throws {
        let d = try Self.desk()
        defer { d.site.cleanUp() }
        #expect(await d.desk.save(Self.request(), by: Self.tom).outcome.ok)
        let changed = Self.plan.replacingOccurrences(of: "Notes.", with: "Changed notes.")
        #expect(await d.desk.save(Self.request(changed), by: Self.tom).outcome.refusal == "exists")
        // Another rep may not take Tom's file over, even with a plan of their own; another team's manager may not touch it.
        let lis = changed.replacingOccurrences(of: "rep: tom-becker", with: "rep: li-na")
        #expect(await d.desk.save(Self.request(lis, replace: true), by: Self.li).outcome.refusal == "owner")
        let maria = TeamUser(id: "maria-lopez", name: "Maria", role: .manager, passwordHash: "")
        #expect(await d.desk.save(Self.request(changed, replace: true), by: maria).outcome.refusal == "team")
        let (outcome, _) = await d.desk.save(Self.request(changed, replace: true), by: Self.wei)
        #expect(outcome.ok)
        #expect(try d.git.run(["log", "-1", "--format=%s"]).hasPrefix("Update visit-plan"))
        #expect(d.git.creator(of: "content/visit-plans/2026-12-02-summit-plastics.md") == "tom-becker")
        #expect(try d.commits() == 3)
    }

    /// A commit git refuses (here a pre-commit hook) leaves neither the file nor anything staged.
    @Test func aFailedCommitPutsTheFileBack() async throws {
        let d = try Self.desk()
        defer { d.site.cleanUp() }
        let hook = d.site.root.appendingPathComponent(".git/hooks/pre-commit")
        try Data("#!/bin/sh\necho no commits today >&2\nexit 1\n".utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        let (outcome, _) = await d.desk.save(Self.request(), by: Self.tom)
        #expect(outcome.refusal == "server")
        #expect(outcome.message?.contains("no commits today") == true)
        #expect(
            !FileManager.default.fileExists(
                atPath: d.site.root.appendingPathComponent("content/visit-plans/2026-12-02-summit-plastics.md").path))
        #expect(try d.status() == "")
        let names = try FileManager.default.contentsOfDirectory(atPath: d.site.root.appendingPathComponent("content/visit-plans").path)
        #expect(!names.contains { $0.hasSuffix(SheetDesk.temporarySuffix) })
    }

    @Test func leftoverTemporaryFilesAreRemoved() throws {
        let d = try Self.desk()
        defer { d.site.cleanUp() }
        try d.site.write("content/visit-plans/.x.md.1234.saving", "---\nform: visit")
        try d.site.write("content/visit-plans/.keep", "")
        SheetDesk.removeLeftovers(in: d.site.root)
        let names = try FileManager.default.contentsOfDirectory(atPath: d.site.root.appendingPathComponent("content/visit-plans").path)
        #expect(!names.contains(".x.md.1234.saving"))
        #expect(names.contains(".keep"))
    }
}
