import Foundation
import Testing

/// `playbook import` through the real executable.
@Suite struct ImportCommandTests {
    @Test func importWritesASiteThatBuildsAndSaysWhatItLeftOut() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-cli-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Playbook.projectRoot.appendingPathComponent("Tests/Fixtures/import/mkdocs"), to: parent.appendingPathComponent("old"))

        let made = try Playbook.run(["import", "mkdocs", "old", "new"], in: parent)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.hasPrefix("imported 8 pages and 1 other file from mkdocs into new"))
        #expect(made.stderr.contains("old/mkdocs.yml:21:5: warning: the link '公司网站' to https://example.com/ is not carried over"))
        #expect(made.stderr.contains("old/docs/drafts/notes.md:1:1: warning: not in the navigation"))
        let build = try Playbook.run(["build", "--site", "new"], in: parent)
        #expect(build.status == 0, "\(build.stderr)")

        let again = try Playbook.run(["import", "mkdocs", "old", "new"], in: parent)
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("new:1:1: error: is not empty"))

        let unknown = try Playbook.run(["import", "sphinx", "old", "other"], in: parent)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("'sphinx' is invalid"))
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("other").path))

        let missing = try Playbook.run(["import", "hugo", "old", "other"], in: parent)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("old/hugo.toml:1:1: error: no hugo.toml or config.toml"))
    }
}
