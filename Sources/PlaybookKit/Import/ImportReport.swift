import PlaybookCore

/// What `playbook import` did: the site it wrote (how many pages, landing
/// pages and other files) and, one line each, what it could not carry over.
public struct ImportReport: Sendable {
    public var tool: ImportSource
    /// The new site's folder, as the user named it.
    public var destination: String
    public var pages = 0
    /// Landing pages written for navigation sections that had no page of their own.
    public var sectionPages = 0
    /// Files copied that are not pages (pictures, downloads).
    public var otherFiles = 0
    /// What was not carried over (warnings), and what stopped the import (errors).
    public var diagnostics: [Diagnostic] = []

    public init(tool: ImportSource, destination: String) {
        self.tool = tool
        self.destination = destination
    }

    /// Whether the site was written.
    public var succeeded: Bool { !diagnostics.hasErrors }

    /// 0 when the site was written, 1 when something stopped it.
    public var exitCode: Int32 { succeeded ? 0 : 1 }

    /// One line a problem, then the summary.
    public var lines: [String] {
        let problems = diagnostics.map(\.description)
        guard succeeded else {
            return problems + ["nothing written (\(diagnostics.errorCount) error\(diagnostics.errorCount == 1 ? "" : "s"))"]
        }
        let notCarried = diagnostics.warningCount
        let summary =
            "imported \(count(pages, "page")) and \(count(otherFiles, "other file")) from \(tool.rawValue) into \(destination)"
            + (sectionPages > 0 ? ", with \(count(sectionPages, "landing page")) written for sections that had none" : "")
            + "; " + (notCarried == 0 ? "everything was carried over" : "\(count(notCarried, "thing")) not carried over (listed above)")
            + "; build it with: playbook build --site \(destination)"
        return problems + [summary]
    }

    private func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
