import PlaybookCore

/// What every pass may know about the page it works on, and where it reports problems.
package final class MarkdownPassContext {
    /// The file, relative to the site folder (`content/a/b.md`), for messages.
    package let sourcePath: String
    /// The same file relative to `content/` (`a/b.md`), for ids and link targets.
    package let contentPath: String
    package let options: MarkdownOptions
    /// False for text that is not a file of the site: its links cannot be resolved.
    package let hasPlaceInSite: Bool
    package let document: MarkdownDocument
    package private(set) var diagnostics: [Diagnostic] = []
    /// Ids given so far on this page (headings, checklist items), so none repeats.
    private var ids = UniqueNames()
    package var usedIDs: Set<String> { ids.used }

    /// The nodes holding each heading's text, in document order (`HeadingPass`), for the search index's sections.
    package var headingNodes: [MarkdownNode] = []

    /// What callouts and checklists are wrapped in: the theme's markup.
    let markup: BodyMarkup
    /// Whether a level-1 heading opening the body is the page's title, taken out of the body.
    package var liftsTitle = false
    /// That heading, once taken out.
    package var title: Heading?
    /// The ids of the footnotes and their references, which links may name too.
    package var footnoteIDs: [String] = []
    /// The ids the page's raw HTML gives its elements (`<a id="x">`, `RawHTMLPass`), which links may name too.
    package var htmlIDs: Set<String> = []
    /// The page's own address and folder, which every link is resolved from.
    package private(set) lazy var pageURL = SitePath.pageURL(forContentPath: contentPath)
    package private(set) lazy var folder = SitePath.folder(of: contentPath)
    /// Every page's address (`MarkdownRenderer.pageAddresses`).
    package var pageAddresses: Set<String> = []
    /// Files that are their folder's page, by content path (`a/README.md` → `a/_index.md`).
    package var folderPages: [String: String] = [:]

    package init(
        sourcePath: String, contentPath: String?, options: MarkdownOptions, document: MarkdownDocument, markup: BodyMarkup = BodyMarkup()
    ) {
        self.markup = markup
        self.sourcePath = sourcePath
        self.contentPath = contentPath ?? "_index.md"
        self.hasPlaceInSite = contentPath != nil
        self.options = options
        self.document = document
    }

    /// The file position of a node of the document.
    package func location(of node: MarkdownNode) -> SourceLocation {
        if !document.positionOverrides.isEmpty {
            // Nodes parsed on their own (table cells) carry the position of their cell.
            var current: MarkdownNode? = node
            while let candidate = current {
                if let override = document.positionOverrides[candidate] {
                    // A node parsed inside the cell keeps its column there, after the parse's own prefix.
                    let prefix = MarkdownDocument.inlineLinePrefix.utf8.count
                    let within = node != candidate && node.startColumn > 0 ? max(0, node.startColumn - 1 - prefix) : 0
                    let shift = document.columnShifts[override.line] ?? 0
                    return SourceLocation(
                        path: sourcePath, line: document.fileLine(override.line), column: override.column + within + shift)
                }
                current = candidate.parent
            }
        }
        var current: MarkdownNode? = node
        while let candidate = current, candidate.startLine == 0 {
            // Nodes made by a pass have no position: use the nearest ancestor's.
            current = candidate.parent
        }
        guard let positioned = current else { return SourceLocation(path: sourcePath) }
        let shift = document.columnShifts.isEmpty ? 0 : document.columnShifts[positioned.startLine] ?? 0
        return SourceLocation(path: sourcePath, line: document.fileLine(positioned.startLine), column: positioned.startColumn + shift)
    }

    package func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// `base`, or `base-1`, `base-2`, … if it was taken.
    package func uniqueID(_ base: String) -> String { ids.claim(base) }
}
