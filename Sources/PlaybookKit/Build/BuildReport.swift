import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// The outcome of a build or check: every problem found, and what was made.
public struct BuildReport: Sendable {
    /// Sorted by file, line and column; under `--strict` warnings are already errors.
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    public var fileCount: Int
    public var bytesWritten: Int
    public var seconds: Double
    public var wroteOutput: Bool
    /// Seconds spent in each stage, in pipeline order: where a slow build spends its time.
    public var stageSeconds: [(stage: String, seconds: Double)] = []
    /// Processor time of each of `stageSeconds`, all threads together.
    public var stageCPUSeconds: [Double] = []
    /// Pages without a translation, by language (content paths, sorted); empty for a one-language site.
    public var untranslated: [String: [String]] = [:]
    /// How many pages each language has in all (what `untranslated` is counted against).
    public var pagesPerLanguage = 0

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// The process exit status: 0 when the site is fine, 1 when the content has errors.
    public var exitCode: Int32 { succeeded ? 0 : 1 }

    public enum Format: String, Sendable, CaseIterable {
        /// `path:line:col: error: message`
        case text
        /// GitHub Actions annotations (`::error file=…,line=…,col=…::message`; a note is `::notice`).
        case github
    }

    /// One line per problem, then a summary line.
    /// `load 0.12 s, parse 1.40 s, …`
    public var timingLine: String {
        "stages: "
            + stageSeconds.enumerated().map { number, stage in
                let cpu = number < stageCPUSeconds.count ? String(format: " (cpu %.3f s)", stageCPUSeconds[number]) : ""
                return "\(stage.stage) " + String(format: "%.3f s", stage.seconds) + cpu
            }.joined(separator: ", ")
    }

    /// Every problem as a Markdown table, for GitHub's job summary (`$GITHUB_STEP_SUMMARY`).
    public func githubSummary(command: String) -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var summary = "### playbook \(command)\n\n"
        summary +=
            "\(diagnostics.errorCount) error\(diagnostics.errorCount == 1 ? "" : "s"), "
            + "\(diagnostics.warningCount) warning\(diagnostics.warningCount == 1 ? "" : "s")\n"
        guard !diagnostics.isEmpty else { return summary }
        summary += "\n| | File | Line | Column | Problem |\n| --- | --- | ---: | ---: | --- |\n"
        for problem in diagnostics {
            let location = problem.location
            summary +=
                "| \(problem.severity.rawValue) | `\(cell(location.path))` | \(location.line) | \(location.column) | "
                + "\(cell(problem.message)) |\n"
        }
        return summary
    }

    /// Adds `githubSummary` to the file at `path` (GitHub gives each step one).
    public func appendGitHubSummary(to path: String, command: String) throws {
        let url = URL(fileURLWithPath: path)
        if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(githubSummary(command: command).utf8))
    }

    /// One line for each page a language lacks (`check --untranslated`).
    public var untranslatedLines: [String] {
        untranslated.sorted { $0.key < $1.key }.flatMap { language, paths in
            paths.map { path in
                let file = SiteLayout.content + path
                return
                    "\(file): note: not translated into \(language) yet (add \(LanguageFile.translationPath(of: file, language: language)))"
            }
        }
    }

    /// GitHub shows at most ten error, ten warning and ten notice annotations a
    /// step: the first ten of each go out as annotations, every one of them into the job summary.
    public static let githubAnnotationLimit = 10

    public func lines(format: Format, command: String) -> [String] {
        let verb = command == "build" ? "built" : command + "ed"
        var lines: [String]
        if format == .github {
            // Ten of each kind (errors, warnings, notes), in the order of the file list.
            var counts: [Diagnostic.Severity: Int] = [:]
            let shown = diagnostics.filter { problem in
                counts[problem.severity, default: 0] += 1
                return counts[problem.severity, default: 0] <= Self.githubAnnotationLimit
            }
            lines = shown.map(\.githubAnnotation)
            if shown.count < diagnostics.count {
                lines.append(
                    "::notice::\(diagnostics.count - shown.count) more problems than GitHub shows as annotations: "
                        + "every one is in the job summary")
            }
        } else {
            lines = diagnostics.map(\.description)
        }
        for (language, paths) in untranslated.sorted(by: { $0.key < $1.key }) where !paths.isEmpty {
            lines.append(
                "\(language): \(paths.count) of \(pagesPerLanguage) pages not translated yet, shown in the default language "
                    + "(playbook check --untranslated lists them)")
        }
        let time = String(format: "%.2f", seconds)
        let problems =
            "\(diagnostics.errorCount) error\(diagnostics.errorCount == 1 ? "" : "s"), "
            + "\(diagnostics.warningCount) warning\(diagnostics.warningCount == 1 ? "" : "s")"
            + (diagnostics.noteCount == 0 ? "" : ", \(diagnostics.noteCount) note\(diagnostics.noteCount == 1 ? "" : "s")")
        if succeeded {
            let what = wroteOutput ? "\(verb) \(pageCount) pages, \(fileCount) files" : "\(verb) \(pageCount) pages"
            lines.append("\(what) in \(time) s (\(problems))")
        } else {
            lines.append("\(command) failed: \(problems); nothing was written (\(time) s)")
        }
        return lines
    }
}
