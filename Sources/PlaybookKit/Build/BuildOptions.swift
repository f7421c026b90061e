import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// What `build` and `check` were asked to do.
public struct BuildOptions: Sendable {
    /// The site folder.
    public var site: URL
    /// Where the site goes; `public/` in the site folder when nil.
    public var output: URL?
    /// Overrides `base_url` in `playbook.yaml`.
    public var baseURL: String?
    /// Warnings count as errors.
    public var strict = false
    /// False for `check`: validate everything, write nothing.
    public var writeOutput = true
    /// For `serve --team`: the site made for signed-in users (Save buttons, sign-in pages).
    public var teamServer = false
    /// The process ends after this build (the command line): its model is left
    /// for the exit to reclaim instead of taken apart (see `ProcessExit`).
    public var endsProcess = false

    public init(site: URL, output: URL? = nil, baseURL: String? = nil, strict: Bool = false, writeOutput: Bool = true) {
        self.site = site
        self.output = output
        self.baseURL = baseURL
        self.strict = strict
        self.writeOutput = writeOutput
    }

    public var outputFolder: URL { (output ?? site.appendingPathComponent("public")).standardizedFileURL }
}
