import Foundation
import PlaybookCore

/// The tools `playbook import` reads a site from. Each reads its own
/// settings and navigation into a `SourceSite`; `SiteImporter` writes it.
public enum ImportSource: String, CaseIterable, Sendable {
    case mkdocs, hugo, docsify, gitbook

    /// Reads the site in `folder`; `shownAs` is the folder as the user named it, for report lines.
    /// A failure is an error at its place (a malformed settings file); the rest are in the site's `notes`.
    package func read(_ folder: URL, shownAs: String) -> Result<SourceSite, Diagnostic> {
        let files = SourceFiles(root: folder, shownAs: shownAs)
        switch self {
        case .mkdocs: return MkDocsNavigation.read(files)
        case .hugo: return HugoSite.read(files)
        case .docsify: return DocsifySidebar.read(files)
        case .gitbook: return GitBookSummary.read(files)
        }
    }
}
