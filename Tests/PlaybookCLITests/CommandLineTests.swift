import Foundation
import Testing

/// Runs the real `playbook` executable, as authors and CI do.
struct Playbook {
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable SwiftPM built next to this test bundle.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("playbook")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return projectRoot.appendingPathComponent(".build/debug/playbook")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(
        _ arguments: [String], input: Data? = nil, in directory: URL? = nil, environment: [String: String] = [:]
    ) throws
        -> Result
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe()
        let err = Pipe()
        let inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        if let input { inp.fileHandleForWriting.write(input) }
        try inp.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A throwaway site folder.
    static func site(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: projectRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }
}

@Suite struct CommandLineTests {
    @Test func buildSucceedsWithASummaryLine() throws {
        let site = try Playbook.site(["content/a.md": "# A\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try Playbook.run(["build", "--site", site.path])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("built 2 pages, "))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/a/index.html").path))
    }

    /// mimalloc, linked in Package.swift, is the allocator the process actually uses: asked, it prints at exit
    /// how much memory it handed out, which is none when it is loaded but the C library's `malloc` answers.
    @Test func theProcessAllocatesWithMimalloc() throws {
        let result = try Playbook.run(["--version"], environment: ["MIMALLOC_SHOW_STATS": "1"])
        #expect(result.status == 0)
        let touched = result.stderr.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("touched:") }
        let peak = touched?.split(separator: " ").dropFirst().first
        #expect(peak != nil && peak != "0", "\(result.stderr)")
    }

    @Test func contentErrorsExitOneWithLocatedLines() throws {
        let site = try Playbook.site([
            "content/a.md": "---\nweight: heavy\n---\n",
            "content/b.md": "---\ntitle: never closed\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try Playbook.run(["build", "--site", site.path])
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/a.md:2:9: error: 'weight' must be a whole number, not 'heavy'
                content/b.md:1:1: error: front matter opened with '---' is never closed: add a line '---' after it
                build failed: 2 errors, 0 warnings; nothing was written (\(result.stderr.split(separator: "(").last!)
                """)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let site = try Playbook.site(["content/a.md": "[x](gone.md)\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let relaxed = try Playbook.run(["check", "--site", site.path])
        #expect(relaxed.status == 0)
        #expect(relaxed.stderr.hasPrefix("content/a.md:1:1: warning: broken link: no page content/gone.md\nchecked 2 pages in "))
        let strict = try Playbook.run(["check", "--site", site.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.hasPrefix("content/a.md:1:1: error: broken link: no page content/gone.md\ncheck failed: 1 error, 0 warnings"))
    }

    @Test func checkWritesNothingAndSpeaksGitHub() throws {
        let site = try Playbook.site(["content/a.md": "---\ndraft: maybe\n---\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try Playbook.run(["check", "--site", site.path, "--format", "github"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=content/a.md,line=2,col=8::'draft' must be true or false, not 'maybe'\n"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
    }

    /// GitHub shows ten error annotations a step: thirty errors give ten, a notice, and a job summary naming all thirty.
    @Test func githubGetsTenAnnotationsOfAKindAndASummaryOfAll() throws {
        var files: [String: String] = [:]
        for number in 1...30 { files["content/p\(number).md"] = "---\ndraft: maybe\n---\n" }
        files["content/w.md"] = "---\ntitle: W\n---\n\n[x](nowhere.md)\n"
        let site = try Playbook.site(files)
        defer { try? FileManager.default.removeItem(at: site) }
        let summary = site.appendingPathComponent("summary.md")
        let result = try Playbook.run(
            ["check", "--site", site.path, "--format", "github"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 1)
        #expect(lines.contains("::notice::20 more problems than GitHub shows as annotations: every one is in the job summary"))
        let table = try String(contentsOf: summary, encoding: .utf8)
        #expect(table.hasPrefix("### playbook check\n\n30 errors, 1 warning\n"))
        for number in 1...30 {
            #expect(table.contains("| error | `content/p\(number).md` | 2 | 8 | 'draft' must be true or false, not 'maybe' |"))
        }
        #expect(table.contains("| warning | `content/w.md` | 5 | 1 |"))
    }

    /// A bilingual site: `check` sums up what is left to translate; `--untranslated` names each file to add.
    @Test func checkCountsAndListsUntranslatedPages() throws {
        let site = try Playbook.site([
            "playbook.yaml": "languages: [zh-CN, en]\n", "content/_index.md": "# 首页\n", "content/_index.en.md": "# Home\n",
            "content/a/b.md": "# 乙\n", "content/a/c.md": "# 丙\n", "content/a/c.en.md": "# C\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let summary = try Playbook.run(["check", "--site", site.path])
        #expect(summary.status == 0)
        #expect(summary.stderr.contains("en: 1 of 3 pages not translated yet, shown in the default language"))
        #expect(!summary.stderr.contains("note:"))
        let listed = try Playbook.run(["check", "--site", site.path, "--untranslated"])
        #expect(listed.status == 0)
        #expect(
            listed.stderr.hasPrefix("content/a/b.md: note: not translated into en yet (add content/a/b.en.md)\nen: 1 of 3 pages"))
    }

    @Test func badUsageExitsTwo() throws {
        #expect(try Playbook.run(["build", "--no-such-option"]).status == 2)
        #expect(try Playbook.run(["check", "--format", "xml"]).status == 2)
        #expect(try Playbook.run(["frobnicate"]).status == 2)
        let help = try Playbook.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("build") && help.stdout.contains("render"))
    }

    @Test func outputAndBaseURLOptions() throws {
        let site = try Playbook.site(["content/a.md": "# A\n"])
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-out-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: site)
            try? FileManager.default.removeItem(at: output)
        }
        let result = try Playbook.run(["build", "--site", site.path, "--output", output.path, "--base-url", "https://example.com/pb/"])
        #expect(result.status == 0)
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://example.com/pb/a/</loc>"))
    }

    @Test func renderPrintsTheBodyOfAFileOrStandardInput() throws {
        let fromStdin = try Playbook.run(["render", "--site", "/nonexistent"], input: Data("---\ntitle: T\n---\n# Hi\n\n- [ ] go\n".utf8))
        #expect(fromStdin.status == 0)
        #expect(fromStdin.stdout.hasPrefix("<h1 id=\"hi\">Hi</h1>\n<div class=\"checklist\""))

        let site = try Playbook.site(["content/guide/a.md": "See [b](b.md).\n", "content/guide/b.md": "# B\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let fromFile = try Playbook.run(["render", "--site", site.path, site.appendingPathComponent("content/guide/a.md").path])
        #expect(fromFile.stdout == "<p>See <a href=\"../b/index.html\">b</a>.</p>\n")

        let rawAllowed = try Playbook.site(["playbook.yaml": "markdown: {raw_html: true}\n"])
        defer { try? FileManager.default.removeItem(at: rawAllowed) }
        let raw = try Playbook.run(["render", "--site", rawAllowed.path], input: Data("<b>x</b>\n".utf8))
        #expect(raw.stdout == "<p><b>x</b></p>\n")
        // The default keeps what is safe and drops the rest, with a warning.
        let safe = try Playbook.run(["render"], input: Data("<b onclick=\"x()\">x</b>\n".utf8))
        #expect(safe.stdout == "<p><b>x</b></p>\n")
        #expect(safe.stderr.contains("<stdin>:1:1: warning: raw HTML kept only where safe: dropped on… event attributes"))
        let rawDropped = try Playbook.site(["playbook.yaml": "markdown: {raw_html: false}\n"])
        defer { try? FileManager.default.removeItem(at: rawDropped) }
        let dropped = try Playbook.run(["render", "--site", rawDropped.path], input: Data("<b>x</b>\n".utf8))
        #expect(dropped.stdout == "<p>x</p>\n")
        #expect(dropped.stderr.contains("<stdin>:1:1: warning: raw HTML dropped"))
    }

    @Test func renderReportsBrokenFrontMatter() throws {
        let result = try Playbook.run(["render"], input: Data("---\ntitle: x\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr == "<stdin>:1:1: error: front matter opened with '---' is never closed: add a line '---' after it\n")
    }
}
