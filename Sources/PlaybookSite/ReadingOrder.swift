import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookTeam

/// The order a reader meets pages in: by `weight` (pages without one last),
/// then by title regardless of case, then by source path. Each page's key is
/// made once: the resolver sorts every section and every tag's pages, and
/// comparing the pages themselves copied both and lower-cased both titles at
/// every comparison.
package struct ReadingOrder {
    private let keys: [(weight: Int, title: String, path: String)]

    package init(_ pages: [Page]) {
        keys = pages.map { ($0.frontMatter.weight ?? Int.max, $0.title.lowercased(), $0.contentPath) }
    }

    /// Whether the page at index `a` comes before the page at index `b`.
    package func precedes(_ a: Int, _ b: Int) -> Bool {
        let first = keys[a]
        let second = keys[b]
        if first.weight != second.weight { return first.weight < second.weight }
        if first.title != second.title { return first.title < second.title }
        return first.path < second.path
    }
}
