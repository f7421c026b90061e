import ArgumentParser
import Foundation
import PlaybookKit

/// `playbook import mkdocs|hugo|docsify|gitbook SRC DIR`.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a new site in DIR from another tool's site in SRC, with its titles and order; SRC is only read.",
        discussion: "Prints what could not be carried over, one line each (path:line:col: warning: …), then a summary. "
            + "Exit 0 when the site was written, 1 when nothing was (a non-empty DIR, an unreadable settings file).")

    @Argument(help: "The tool SRC was written for: \(ImportSource.allCases.map(\.rawValue).joined(separator: ", ")).")
    var tool: ImportSource

    @Argument(help: "The other tool's site folder (with mkdocs.yml, hugo.toml or config.toml, _sidebar.md, SUMMARY.md).")
    var source: String

    @Argument(help: "The new site's folder (new or empty).")
    var directory: String

    func run() throws {
        let report = SiteImporter.run(
            tool, source: URL(fileURLWithPath: source, isDirectory: true), destination: URL(fileURLWithPath: directory, isDirectory: true),
            sourceShown: source, destinationShown: directory)
        let lines = report.lines
        Output.print(Array(lines.dropLast()), format: .text)
        if let summary = lines.last {
            if report.succeeded { print(summary) } else { Output.print([summary], format: .text) }
        }
        throw ExitCode(report.exitCode)
    }
}

extension ImportSource: ExpressibleByArgument {}
