import PlaybookCore

/// What `playbook import` read from another tool's site: its name and
/// languages, the folder its pages are in, and what each page's front matter
/// gets (its title and place), before anything is written.
package struct SourceSite: Sendable {
    package var tool: ImportSource
    /// The site's name (mkdocs `site_name`, Hugo `title`, docsify `name`, GitBook's `title`).
    package var title: String?
    /// One line about the site (mkdocs `site_description`, Hugo `params.description`).
    package var description: String?
    /// Playbook language tags, the default first; empty: the starter's own.
    package var languages: [String] = []
    /// The folder holding the pages, relative to the source (`docs`, `content`, or the source itself).
    package var contentRoot: String
    /// Files under the content folder that belong to the tool (its navigation file, its app page): not copied.
    package var toolFiles: Set<String> = []
    /// Files from elsewhere in the source copied into `content/`: (from, relative to the source; to, relative to content).
    package var extraFiles: [(from: String, to: String)] = []
    /// Pages written under another name, relative to the content folder (Hugo's `page.zh.md` → `page.md`).
    package var renames: [String: String] = [:]
    /// The navigation, when the tool has one: placed by `NavigationLayout`.
    package var navigation: [NavEntry]?
    /// Where the navigation was written (for lines about pages it leaves out).
    package var navigationFile: String?
    /// What each page's front matter gets, by path relative to the content folder.
    package var edits: [String: PageEdit] = [:]
    /// Landing pages to write for folders that have none: folder (relative to content) → title and weight.
    package var sectionPages: [String: PageEdit] = [:]
    /// Everything read that is not carried over, and why.
    package var notes: [Diagnostic] = []

    package init(tool: ImportSource, contentRoot: String) {
        self.tool = tool
        self.contentRoot = contentRoot
    }

    /// Another tool's language code as Playbook's: `zh`, `zh-cn`, `zh_CN` → `zh-CN` and `en-us` → `en`
    /// (the languages Playbook has catalogues for); any other as written.
    package static func playbookLanguage(_ code: String) -> String {
        let lower = code.lowercased().replacingOccurrences(of: "_", with: "-")
        if lower == "zh" || lower.hasPrefix("zh-") { return "zh-CN" }
        if lower == "en" || lower.hasPrefix("en-") { return "en" }
        return code
    }
}

/// What one page's front matter gets: keys set (title, weight, reviewed) and
/// keys turned into comments (another tool's that would mean something else here).
package struct PageEdit: Sendable, Equatable {
    package var title: String?
    package var weight: Int?
    /// Other keys set as text, in this order (`reviewed` from Hugo's `lastmod`).
    package var texts: [(key: String, value: String)] = []
    /// Top-level keys kept as comments.
    package var commentedOut: [String] = []

    package init(title: String? = nil, weight: Int? = nil) {
        self.title = title
        self.weight = weight
    }

    package var isEmpty: Bool { title == nil && weight == nil && texts.isEmpty && commentedOut.isEmpty }

    package static func == (a: PageEdit, b: PageEdit) -> Bool {
        a.title == b.title && a.weight == b.weight && a.texts.map(\.key) == b.texts.map(\.key)
            && a.texts.map(\.value) == b.texts.map(\.value) && a.commentedOut == b.commentedOut
    }
}

/// One entry of a tool's navigation: a page (`target`), an outside link, or a
/// section of entries, with the title the navigation gives it.
package struct NavEntry: Sendable, Equatable {
    package var title: String?
    /// The page, relative to the content folder (`sales/visit.md`); for an outside link, the URL.
    package var target: String?
    package var isExternal = false
    package var children: [NavEntry] = []
    /// Where the entry is written.
    package var location: SourceLocation

    package init(title: String?, target: String?, isExternal: Bool = false, children: [NavEntry] = [], location: SourceLocation) {
        self.title = title
        self.target = target
        self.isExternal = isExternal
        self.children = children
        self.location = location
    }

    /// Whether a link target leaves the site: a scheme (`https:`, `mailto:`) or a protocol-relative `//host`.
    package static func isExternal(_ target: String) -> Bool {
        if target.hasPrefix("//") { return true }
        guard let colon = target.firstIndex(of: ":") else { return false }
        let scheme = target[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
