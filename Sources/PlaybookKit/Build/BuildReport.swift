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
        "stages: " + stageSeconds.map { "\($0.stage) " + String(format: "%.3f s", $0.seconds) }.joined(separator: ", ")
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

    public func lines(format: Format, command: String) -> [String] {
        let verb = command == "build" ? "built" : command + "ed"
        var lines = diagnostics.map { format == .github ? $0.githubAnnotation : $0.description }
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
