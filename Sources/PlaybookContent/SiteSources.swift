import Foundation
import PlaybookCore

/// Everything the load stage read from a site folder: the input of the pipeline.
public struct SiteSources: Sendable {
    /// The site folder.
    public var root: URL
    /// `playbook.yaml`, if the site has one.
    public var config: SourceFile?
    /// Markdown files under `content/` that become pages, in path order.
    public var pages: [SourceFile] = []
    /// Other files under `content/`, copied as they are.
    public var contentFiles: [StaticFile] = []
    /// `content/_data/team.yaml` and `content/_data/accounts.csv`, if present.
    public var team: SourceFile?
    public var accounts: SourceFile?
    /// `templates/forms/*.yaml` and `templates/scorecards/*.yaml`.
    public var forms: [SourceFile] = []
    public var scorecards: [SourceFile] = []
    /// `templates/i18n/*.yaml`: the message catalogues.
    public var catalogues: [SourceFile] = []
    /// `templates/layouts/**/*.mustache`.
    public var layouts: [SourceFile] = []
    /// `templates/assets/**`, copied to `assets/`; each stylesheet and script
    /// twice, also under its fingerprinted name (`Fingerprint`).
    public var assets: [StaticFile] = []
    /// The stylesheets' and scripts' output paths (`assets/playbook.css`), each
    /// with its fingerprinted one (`assets/playbook.3f9c2e1a.css`).
    public var assetNames: [String: String] = [:]
    public var diagnostics: [Diagnostic] = []
}
