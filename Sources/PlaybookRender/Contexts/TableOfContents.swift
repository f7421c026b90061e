import PlaybookCore
import PlaybookForms
import PlaybookMustache
import PlaybookSite
import PlaybookTeam

/// A page's level-2 headings with the level-3 headings under them, as data
/// (`page.toc`) that the theme's `partials/toc` lays out.
package struct TableOfContents {
    package struct Entry {
        package let heading: Heading
        package var children: [Heading] = []
    }

    package let entries: [Entry]

    package init(_ headings: [Heading]) {
        var entries: [Entry] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 3, !entries.isEmpty {
                entries[entries.count - 1].children.append(heading)
            } else {
                entries.append(Entry(heading: heading))
            }
        }
        self.entries = entries
    }

    /// Shown with two entries or more, or one with entries under it.
    package var isWorthShowing: Bool { entries.count > 1 || entries.first.map { !$0.children.isEmpty } == true }

    package var values: [LayoutFields] {
        entries.map { entry in
            var value: LayoutFields = ["id": entry.heading.id, "text": entry.heading.text]
            if !entry.children.isEmpty {
                value["children"] = entry.children.map { ["id": $0.id, "text": $0.text] as LayoutFields }
                value["has_children"] = true
            }
            return value
        }
    }
}
