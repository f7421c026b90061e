import Foundation
import PlaybookCore
import PlaybookKit
import Testing

@Suite struct NavigationLayoutTests {
    private let files = SourceFiles(root: URL(fileURLWithPath: "/nonexistent"), shownAs: "src")

    private func entry(_ title: String?, _ target: String? = nil, _ children: [NavEntry] = [], line: Int = 1) -> NavEntry {
        NavEntry(
            title: title, target: target, isExternal: target.map(NavEntry.isExternal) ?? false, children: children,
            location: SourceLocation(path: "src/nav", line: line))
    }

    private func place(_ navigation: [NavEntry], pages: [String]) -> SourceSite {
        var site = SourceSite(tool: .mkdocs, contentRoot: "docs")
        NavigationLayout.place(navigation, pages: Set(pages), into: &site, files: files)
        return site
    }

    @Test func sectionsAreFoldersWeightedInNavigationOrderAtEachLevel() {
        let site = place(
            [
                entry("Home", "index.md"),
                entry("B first", nil, [entry(nil, "b/two.md"), entry("One", "b/one.md"), entry("Deeper", nil, [entry("X", "b/c/x.md")])]),
                entry("A second", nil, [entry("Page", "a/page.md")]),
                entry("Top", "top.md"),
            ],
            pages: ["index.md", "a/page.md", "a/README.md", "b/one.md", "b/two.md", "b/c/x.md", "top.md"])
        #expect(site.edits["index.md"] == PageEdit(title: "Home"))
        #expect(site.edits["b/two.md"] == PageEdit(weight: 10))
        #expect(site.edits["b/one.md"] == PageEdit(title: "One", weight: 20))
        #expect(site.edits["b/c/x.md"] == PageEdit(title: "X", weight: 10))
        #expect(site.edits["a/README.md"] == PageEdit(title: "A second", weight: 20), "the folder's own page takes the section")
        #expect(site.edits["a/page.md"] == PageEdit(title: "Page", weight: 10))
        #expect(site.edits["top.md"] == PageEdit(title: "Top", weight: 30))
        #expect(site.sectionPages == ["b": PageEdit(title: "B first", weight: 10), "b/c": PageEdit(title: "Deeper", weight: 30)])
        #expect(site.notes.isEmpty, "\(site.notes)")
    }

    @Test func whatFoldersCannotHoldIsNoted() {
        let site = place(
            [
                entry("Group", nil, [entry("P", "p.md"), entry("Q", "q.md")], line: 1),
                entry("Again", "p.md", line: 4),
                entry("Gone", "nowhere.md", line: 5),
                entry("Out", "https://example.com", line: 6),
                entry("Empty", nil, [entry("Also gone", "none.md", line: 8)], line: 7),
            ],
            pages: ["p.md", "q.md", "r.md"])
        #expect(site.edits["p.md"] == PageEdit(title: "P", weight: 10))
        #expect(site.edits["q.md"] == PageEdit(title: "Q", weight: 20))
        #expect(
            site.notes.map(\.description) == [
                "src/nav:1:1: warning: the section 'Group' is not a folder of its own (Playbook's sections are folders): "
                    + "its pages are listed in the home section in its order",
                "src/nav:4:1: warning: 'p.md' is already in the navigation (src/nav:1:1): a page has one place, the first is kept",
                "src/nav:5:1: warning: 'nowhere.md' is not a page of the site: the entry is not carried over",
                "src/nav:6:1: warning: the link 'Out' to https://example.com is not carried over: Playbook's sidebar lists the site's own pages only",
                "src/nav:7:1: warning: the section 'Empty' has no page of the site under it: not carried over",
                "src/docs/r.md:1:1: warning: not in the navigation: copied, listed after the pages that are",
            ])
    }

    @Test func targetsAreReadAsTheToolsWriteThem() {
        let layout = NavigationLayout(pages: ["guide/README.md", "guide/a.md", "b.md"], files: files, contentRoot: "")
        #expect(layout.resolve("/guide/a") == "guide/a.md")
        #expect(layout.resolve("./guide/a.md#part") == "guide/a.md")
        #expect(layout.resolve("guide/") == "guide/README.md")
        #expect(layout.resolve("guide/../b.md") == "b.md")
        #expect(layout.resolve("guide/a.html") == "guide/a.md")
        #expect(layout.resolve("../b.md") == nil)
        #expect(layout.resolve("c.md") == nil)
        #expect(NavEntry.isExternal("https://x.org") && NavEntry.isExternal("mailto:a@b") && NavEntry.isExternal("//cdn"))
        #expect(!NavEntry.isExternal("guide/a.md") && !NavEntry.isExternal("/a"))
    }
}
