import ArgumentParser
import Foundation
import PlaybookKit

/// The command line: parses arguments, calls PlaybookKit, prints what it says.
/// Exit status: 0 success, 1 the content has errors, 2 bad usage.
@main
struct Playbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Build a sales playbook site from Markdown, templates and team data.",
        version: BuildInfo.commit.isEmpty ? BuildInfo.version : "\(BuildInfo.version) (commit \(BuildInfo.commit))",
        subcommands: [Build.self, Check.self, Serve.self, New.self, Init.self, Import.self, Render.self, User.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (with content/ and templates/).")
    var site: String = "."

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true) }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder (atomically).")

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "The output folder (default: SITE/public).")
    var output: String?

    @Option(name: .long, help: "The URL the site is published at; enables sitemap.xml.")
    var baseURL: String?

    @Flag(name: .long, help: "Treat warnings (broken links, …) as errors.")
    var strict = false

    @Flag(name: .long, help: "Also print the time each stage took.")
    var timings = false

    @Option(name: .long, help: "text (path:line:col: error: message) or github (Actions annotations).")
    var format: BuildReport.Format = .text

    func run() throws {
        var options = BuildOptions(
            site: siteOptions.siteURL, output: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
            baseURL: baseURL, strict: strict)
        options.endsProcess = true
        let report = Pipeline.build(options)
        Output.print(report.lines(format: format, command: "build") + (timings ? [report.timingLine] : []), format: format)
        if format == .github { Output.addToJobSummary(report, command: "build") }
        throw ExitCode(report.exitCode)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate the site and report every problem; write nothing.")

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "text (path:line:col: error: message) or github (Actions annotations).")
    var format: BuildReport.Format = .text

    @Flag(name: .long, help: "Treat warnings (broken links, …) as errors.")
    var strict = false

    @Flag(name: .long, help: "Also list every page that has no translation into one of the site's languages.")
    var untranslated = false

    func run() throws {
        var options = BuildOptions(site: siteOptions.siteURL, strict: strict, writeOutput: false)
        options.endsProcess = true
        let report = Pipeline.build(options)
        Output.print((untranslated ? report.untranslatedLines : []) + report.lines(format: format, command: "check"), format: format)
        if format == .github { Output.addToJobSummary(report, command: "check") }
        throw ExitCode(report.exitCode)
    }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the HTML body the site makes of one Markdown file (or stdin).")

    @OptionGroup var siteOptions: SiteOptions

    @Flag(name: .long, help: "Read the whole input as Markdown, even if it opens with '---'.")
    var noFrontMatter = false

    @Argument(help: "The Markdown file; standard input when omitted.")
    var file: String?

    func run() throws {
        let data: Data
        if let file {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let (html, diagnostics) = Pipeline.renderMarkdown(
            data, site: siteOptions.siteURL, file: file.map { URL(fileURLWithPath: $0) },
            frontMatter: !noFrontMatter)
        FileHandle.standardOutput.write(Data(html.utf8))
        Output.print(diagnostics.map(\.description), format: .text)
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}

extension BuildReport.Format: ExpressibleByArgument {}

enum Output {
    /// In GitHub Actions (`$GITHUB_STEP_SUMMARY` set), every problem goes into the job summary too.
    static func addToJobSummary(_ report: BuildReport, command: String) {
        guard let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return }
        try? report.appendGitHubSummary(to: path, command: command)
    }

    /// Text diagnostics go to standard error; GitHub annotations to standard output, where Actions reads them.
    static func print(_ lines: [String], format: BuildReport.Format) {
        guard !lines.isEmpty else { return }
        let text = Data((lines.joined(separator: "\n") + "\n").utf8)
        if format == .github { FileHandle.standardOutput.write(text) } else { FileHandle.standardError.write(text) }
    }
}
