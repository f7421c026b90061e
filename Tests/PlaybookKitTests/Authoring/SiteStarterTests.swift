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

@Suite struct SiteStarterTests {
    @Test func theExampleBuildsStrictWithTheDefaultThemeTeamAndAVisitPlan() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = SiteStarter.create(at: folder, example: true)
        #expect(created.diagnostics.isEmpty)
        let files = Set(created.files)
        for required in [
            "playbook.yaml", "templates/layouts/page.mustache", "templates/forms/visit-plan.yaml",
            "templates/assets/playbook.css", "content/_index.md", "content/_data/team.yaml", "content/_data/accounts.csv",
        ] {
            #expect(files.contains(required), "missing \(required)")
        }
        #expect(files.contains { $0.hasPrefix("content/visit-plans/2") })
        // The embedded files are the project's own, byte for byte.
        for path in ["templates/layouts/page.mustache", "content/_data/team.yaml"] {
            #expect(
                FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
                    == FileManager.default.contents(atPath: Fixtures.projectRoot.appendingPathComponent(path).path))
        }
        let settings = try String(contentsOf: folder.appendingPathComponent("playbook.yaml"), encoding: .utf8)
        #expect(settings.contains("languages: [zh-CN, en]") && !settings.contains("\nas_of:"))
        for own in [".gitignore", "README.md", ".github/workflows/playbook.yml", ".gitlab-ci.yml"] {
            #expect(files.contains(own), "\(own)")
        }
        let report = Pipeline.build(BuildOptions(site: folder, strict: true))
        #expect(report.succeeded, "\(report.diagnostics.lines)")
        #expect(report.pageCount > 50)
    }

    /// Without `--example`: a starter to write in, in both languages or one, that builds strict as it is.
    @Test(arguments: [nil, "zh-CN", "en"] as [String?])
    func theSmallStarterBuildsStrictWithAPagePerProcess(_ language: String?) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = SiteStarter.create(at: folder, language: language)
        #expect(created.diagnostics.isEmpty)
        let files = Set(created.files)
        for process in [
            "visit-planning", "strategic-selling", "account-management", "customer-development", "customer-success", "call-scripts",
        ] {
            #expect(files.contains("content/\(process)/_index.md"), "\(process)")
        }
        #expect(!files.contains { $0.hasPrefix("content/visit-plans/") || $0.hasPrefix("content/scorecards/") })
        #expect(files.contains("templates/forms/visit-plan.yaml") && files.contains("templates/scorecards/call-coaching.yaml"))
        #expect(files.contains(".github/workflows/playbook.yml") && !files.contains { $0.hasPrefix("new-site/") })
        let team = try String(contentsOf: folder.appendingPathComponent("content/_data/team.yaml"), encoding: .utf8)
        #expect(team.contains("reps: []") && team.contains("#  - id: "))
        let settings = try String(contentsOf: folder.appendingPathComponent("playbook.yaml"), encoding: .utf8)
        #expect(!settings.contains("\nas_of:") && settings.contains("# as_of:"))
        let report = Pipeline.build(BuildOptions(site: folder, strict: true))
        #expect(report.succeeded, "\(report.diagnostics.lines)")
        #expect(report.untranslated.values.allSatisfy { $0.isEmpty })
        #expect(report.pageCount < 30)
        let page = try String(contentsOf: folder.appendingPathComponent("public/visit-planning/index.html"), encoding: .utf8)
        #expect(page.contains("data-form=\"visit-plan\"") && page.contains("process-card"))
    }

    @Test func aFolderThatIsNotEmptyIsRefused() throws {
        let site = try TemporarySite(["content/_index.md": "# Mine\n"], copyingTheme: false)
        defer { site.cleanUp() }
        let created = SiteStarter.create(at: site.root)
        #expect(created.files.isEmpty)
        #expect(created.diagnostics.first?.message.contains("is not empty") == true)
        #expect(try String(contentsOf: site.root.appendingPathComponent("content/_index.md"), encoding: .utf8) == "# Mine\n")
    }
}
