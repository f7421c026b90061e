import Foundation
import PlaybookCore
import PlaybookKit
import PlaybookTestSupport
import Testing

/// A handbook of 200 pages written for Hugo: TOML and YAML front matter, links
/// as site addresses (`/sec-3/page-4/`, `../page-2/`, `…/index.html`, anchors,
/// explicit heading ids, links in table cells). Every link that works in Hugo
/// is quiet; every broken one is reported, each at its own line and column.
@Suite struct HugoStyleSiteTests {
    static let sections = 10
    static let pagesPerSection = 19  // with each section's _index.md: 200 pages

    /// The site, and the warnings its broken links must give (file:line:col: message).
    static func handbook() -> (files: [String: String], broken: [String]) {
        var files: [String: String] = ["content/_index.md": "+++\ntitle = \"Handbook\"\n+++\nStart at [sales](/sec-1/).\n"]
        var broken: [String] = []
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound)) + 1
        }
        for section in 1...sections {
            files["content/sec-\(section)/_index.md"] =
                "---\ntitle: Section \(section)\nweight: \(section)\n---\nPages of section \(section).\n"
            for page in 1...pagesPerSection {
                let path = "content/sec-\(section)/page-\(page).md"
                let frontMatter =
                    page % 2 == 0
                    ? "+++\ntitle = \"Page \(section).\(page)\"\nweight = \(page)\n+++\n"
                    : "---\ntitle: Page \(section).\(page)\nweight: \(page)\n---\n"
                var lines = frontMatter.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
                lines += ["## Overview", "", "## Step two {#step-2}", ""]
                let (s, p) = (next(sections), next(pagesPerSection))
                let sibling = page == pagesPerSection ? 1 : page + 1
                lines.append(
                    "See [a](/sec-\(s)/page-\(p)/), [b](/sec-\(s)/page-\(p)/#step-2), [c](../page-\(sibling)/), "
                        + "[d](/sec-\(s)/), [e](/sec-\(s)/page-\(p)/index.html#overview) and [f](../../sec-\(s)/page-\(p)/).")
                lines += ["", "| Step | Where |", "|---|---|", "| One | [there](/sec-\(s)/page-\(p)/) |"]
                // Every fifth page has a broken link, in prose or in a table cell, at a known column.
                if page % 5 == 0 {
                    let kinds = ["/sec-\(s)/page-99/", "/sec-\(s)/page-\(p)/#nope", "../page-77/", "/nowhere/"]
                    let kind = kinds[(section + page) % kinds.count]
                    if section % 2 == 0 {
                        lines.append("| Two | [broken](\(kind)) |")
                        broken.append(message(path, line: lines.count, column: 9, link: kind, section: section, s: s, p: p))
                    } else {
                        lines += ["", "Also [broken](\(kind))."]
                        broken.append(message(path, line: lines.count, column: 6, link: kind, section: section, s: s, p: p))
                    }
                }
                files[path] = lines.joined(separator: "\n") + "\n"
            }
        }
        return (files, broken.sorted())
    }

    private static func message(_ path: String, line: Int, column: Int, link: String, section: Int, s: Int, p: Int) -> String {
        let place = "\(path):\(line):\(column): warning: "
        switch link {
        case "/sec-\(s)/page-99/": return place + "broken link: no file content/sec-\(s)/page-99"
        case "../page-77/": return place + "broken link: no file content/page-77"
        case "/nowhere/": return place + "broken link: no file content/nowhere"
        default: return place + "no heading with id '#nope' in sec-\(s)/page-\(p).md"
        }
    }

    @Test func linksThatWorkInHugoAreQuietAndEveryBrokenOneIsReportedAtItsColumn() throws {
        let (files, broken) = Self.handbook()
        #expect(files.count == 201)  // 200 pages and the home page
        #expect(broken.count >= 30)
        let site = try TemporarySite(files)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == broken)
        let page = try #require(site.read("sec-1/page-1/index.html"))
        #expect(page.contains("<a href=\"../page-2/index.html\">c</a>"))
    }
}
