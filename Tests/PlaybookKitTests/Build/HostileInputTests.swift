import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

/// Input written to hurt: it builds, quickly, and nothing in it runs.
@Suite struct HostileInputTests {
    @Test func veryDeepAndVeryLargeInputBuilds() throws {
        let deepList = (0..<3000).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()
        let repeated =
            String(repeating: "- [ ] Same item\n\n| a | b |\n|---|---|\n| 1 | [x][r] |\n\nText [bad](#nowhere).\n\n", count: 3000)
            + "[r]: https://example.com\n"
        let site = try TemporarySite([
            "content/deep-list.md": deepList,
            "content/deep-quote.md": String(repeating: ">", count: 10000) + " deep\n",
            "content/brackets.md": String(repeating: "[", count: 50000) + String(repeating: "]", count: 50000) + "\n"
                + String(repeating: "*", count: 30000) + "\n" + String(repeating: "~", count: 30000) + "a\n"
                + String(repeating: "![", count: 20000) + "\n",
            "content/repeated.md": repeated,
            "content/deep-yaml.md": "---\ntitle: x\ndeep: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
                + "\n---\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        // The only error: YAML nested beyond libyaml's limit, located; everything else builds.
        #expect(
            report.diagnostics.filter { $0.severity == .error }.lines.map { String($0.prefix(40)) } == [
                "content/deep-yaml.md:3:8: error: invalid"
            ])
        try site.remove("content/deep-yaml.md")
        let second = site.build()
        #expect(second.succeeded)
        let page = try #require(site.read("repeated/index.html"))
        #expect(page.components(separatedBy: "type=\"checkbox\"").count - 1 == 3000)
        #expect(page.contains("data-task=\"\(StableID.make("task-", "repeated.md\nSame item"))-2999\""))
        #expect(page.contains("<td><a href=\"https://example.com\">x</a></td>"))
        #expect(site.read("deep-list/index.html")?.components(separatedBy: "<ul>").count == 3001)
    }

    @Test func everythingThatReachesHTMLIsEscaped() throws {
        let evil = "<script>alert(1)</script>\\\" onmouseover=\\\"x"
        let site = try TemporarySite([
            "content/_index.md":
                "---\ntitle: \"\(evil)\"\nsummary: \"\(evil)\"\nowner: \"\(evil)\"\ntags: [\"\(evil)\"]\nextra: \"\(evil)\"\npurpose: \"\(evil)\"\n---\n# Home\n\n```form evil\n```\n\n```scorecard evil\n```\n",
            "content/custom.md": "---\nlayout: custom\nextra: \"\(evil)\"\n---\n",
            "templates/layouts/custom.mustache": "<p>{{page.params.extra}}</p>",
            "templates/forms/evil.yaml":
                "title: \"\(evil)\"\ndescription: \"\(evil)\"\nsections:\n  - title: \"\(evil)\"\n    help: \"\(evil)\"\n    fields:\n      - {id: a, label: \"\(evil)\", help: \"\(evil)\", type: choice, options: [\"\(evil)\"]}\n      - {id: rep, type: rep}\n",
            "templates/scorecards/evil.yaml":
                "title: \"\(evil)\"\ncriteria: [{id: a, label: \"\(evil)\", weight: 100, anchors: {1: \"\(evil)\"}}]\nbands: [{name: \"\(evil)\", min: 0, max: 100}]\n",
            "content/_data/team.yaml": "reps:\n  - {id: ann, name: \"\(evil)\", role: \"\(evil)\", region: \"\(evil)\"}\n",
            "content/_data/accounts.csv":
                "id,name,owner,segment,annual_revenue,relationship_level,stage\nacme,\"<img src=x onerror=alert(1)>\",ann,\"<b>\",10,1,lead\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.lines)")
        for (path, data) in snapshot(site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            #expect(!html.contains("\" onmouseover=\""), "\(path)")
            #expect(!html.contains("<b>"), "\(path)")
        }
        #expect(site.read("custom/index.html") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x</p>")
        // The search index is a script: no title in it can close a <script> or open a tag.
        let index = try #require(site.read("assets/search-index.js"))
        #expect(index.contains("\\u003cscript>alert(1)\\u003c/script>"))
        #expect(!index.contains("<"))
    }

    @Test func scriptURLsNeverReachAPage() throws {
        let site = try TemporarySite([
            "playbook.yaml": "markdown: {raw_html: true}\n",
            "content/a.md":
                "[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](vbscript:x) ![i](data:text/html;base64,PHNjcmlwdD4=)\n\n[r]: javascript:alert(2)\n\n[ref][r]\n",
        ])
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let html = try #require(site.read("a/index.html")).lowercased()
        #expect(!html.contains("javascript:") && !html.contains("vbscript:") && !html.contains("data:text/html"))
    }

    /// Raw HTML in `safe` mode (the default): every script-bearing construct above, and those hidden inside allowed HTML,
    /// leave no live script — no script element, no event attribute, no script URL, no style.
    @Test func safeRawHTMLRunsNoScript() throws {
        let hostile = [
            "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
            "<img src=\"x\" onerror=\"alert(1)\" style=\"background:url(javascript:alert(1))\">",
            "<a href=\"javascript:alert(1)\">a</a>", "<a href=\"JaVaScRiPt&#58;alert(1)\">b</a>", "<a href=\"  javascript:alert(1)\">c</a>",
            "<a href=\"java&#x09;script:alert(1)\">d</a>", "<a href=\"&#106;avascript:alert(1)\">e</a>", "<a href=vbscript:x>f</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">g</a>", "<svg onload=alert(1)><script>alert(1)</script></svg>",
            "<math><mtext><script>alert(1)</script></mtext></math>", "<details open ontoggle=alert(1)><summary>s</summary>x</details>",
            "<iframe src=\"javascript:alert(1)\"></iframe>", "<object data=x></object>", "<embed src=x>",
            "<scr<script>ipt>alert(1)</script>",
            "<div><style>body{display:none}</style></div>", "<a href=x onmouseover=alert(1) >h</a>", "<img src=x/onerror=alert(1)>",
            "<p title=\"a\" onclick='alert(1)'>p</p>", "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">", "<base href=\"javascript:alert(1)//\">",
            "<input onfocus=alert(1) autofocus>", "<a href=\"x\" target=_blank>t</a>", "<!--<script>alert(1)</script>-->",
        ]
        let page = hostile.enumerated().map { "\($0.offset): \($0.element) text\n\n\($0.element)\n" }.joined(separator: "\n")
        let site = try TemporarySite(["content/_index.md": "Home.\n", "content/evil.md": page])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.lines)")
        let html = try #require(site.read("evil/index.html"))
        let main = try #require(html.range(of: "<main"))
        let body = String(html[main.lowerBound...]).lowercased()
        #expect(!body.contains("<script"))
        #expect(!body.contains("<iframe") && !body.contains("<object") && !body.contains("<embed") && !body.contains("<svg"))
        #expect(
            !body.contains("<math") && !body.contains("<style") && !body.contains("<form") && !body.contains("<meta")
                && !body.contains("<base"))
        #expect(!body.contains("javascript:") && !body.contains("vbscript:") && !body.contains("data:text/html"))
        #expect(body.range(of: #"<[a-z][^>]*\son[a-z]+\s*="#, options: .regularExpression) == nil, "an event attribute survived")
        #expect(body.range(of: #"<[a-z][^>]*\sstyle\s*="#, options: .regularExpression) == nil, "a style attribute survived")
        // What is safe stayed.
        #expect(body.contains("<details open=\"\">"))
        #expect(body.contains("<p title=\"a\">p</p>"))
    }

    /// Raw HTML written to run code (`Tests/Fixtures/hostile/raw-html.md`, also opened in a browser by
    /// `Tests/Browser/test_hostile_html.py`): with `raw_html: safe`, the default, and with `false`, none of it
    /// reaches the page as a script, an `on…` or `style` attribute, or a script-bearing URL.
    @Test func rawHTMLRunsNothing() throws {
        let page = try String(contentsOf: Fixtures.folder.appendingPathComponent("hostile/raw-html.md"), encoding: .utf8)
        for (settings, warning) in [
            ("title: Hostile\n", "raw HTML kept only where safe: dropped"),
            ("markdown: {raw_html: safe}\n", "raw HTML kept only where safe: dropped"),
            ("markdown: {raw_html: false}\n", "raw HTML dropped"),
        ] {
            let site = try TemporarySite(["content/hostile.md": page, "playbook.yaml": settings])
            defer { site.cleanUp() }
            let report = site.build()
            #expect(report.succeeded, "\(report.diagnostics.lines)")
            #expect(report.diagnostics.contains { $0.message.hasPrefix(warning) }, "\(settings)")
            let html = try #require(site.read("hostile/index.html"))
            let start = try #require(html.range(of: "BEGIN-PAYLOADS")).upperBound
            let end = try #require(html.range(of: "END-PAYLOADS", range: start..<html.endIndex)).lowerBound
            let body = html[start..<end]
            #expect(body.contains("unclosed") && body.contains("listed"), "the text around the payloads is kept")
            for match in body.matches(of: /<[^>]*>/) {
                let tag = String(match.output)
                // Values are always written again between double quotes, escaped: outside them is only names.
                let names = tag.replacing(/"[^"]*"/, with: "\"\"")
                #expect(!names.contains("'") && names.firstMatch(of: /=[^"]/) == nil, "\(tag)")
                #expect(!names.lowercased().hasPrefix("<script"), "\(tag)")
                #expect(names.firstMatch(of: /\s(on[a-z]+|style|formaction|action|background)(\s|=|>|\/)/.ignoresCase()) == nil, "\(tag)")
                for url in tag.matches(of: /(href|src|srcset|cite)="([^"]*)"/) {
                    let value = url.output.2.replacingOccurrences(of: "&amp;", with: "&").lowercased().filter { !$0.isWhitespace }
                    #expect(!value.contains("&#") && !value.contains("script:") && !value.hasPrefix("data:text"), "\(tag)")
                    #expect(!value.hasPrefix("data:image/svg"), "\(tag)")
                }
            }
        }
    }

    /// Raw HTML in bulk, in `raw_html: safe`: thousands of elements left open, stray end tags, tags in lists
    /// nested thousands deep, thousands of elements and attributes dropped each with a name of its own, a block
    /// of thousands of links. Each costs time in proportion to its size.
    @Test func largeAndDeepRawHTMLBuilds() throws {
        let site = try TemporarySite([
            "content/open.md": String(repeating: "<div>", count: 50000) + String(repeating: "</span>", count: 50000) + "\n",
            "content/inline.md": "Text " + String(repeating: "<b>x ", count: 30000) + String(repeating: "</i>", count: 30000) + "\n",
            "content/deep.md": (0..<3000).map { String(repeating: "  ", count: $0) + "- <i>item</i> <kbd>k</kbd>\n" }.joined(),
            "content/names.md": (0..<30000).map { "<x\($0) data-\($0)=\"v\">" }.joined() + "\n",
            "content/links.md": "<table>\n"
                + (0..<5000).map { "<tr><td><a href=\"#row-\($0)\" id=\"row-\($0)\">\($0)</a></td></tr>\n" }.joined()
                + "</table>\n",
        ])
        defer { site.cleanUp() }
        let clock = ContinuousClock()
        var report: BuildReport?
        let time = clock.measure { report = site.build() }
        #expect(report?.succeeded == true)
        #expect(time < .seconds(60), "\(time)")
        let open = try #require(site.read("open/index.html"))
        func count(_ text: String, in html: String) -> Int { html.components(separatedBy: text).count - 1 }
        #expect(count("<div>", in: open) == 50000 && count("<div>", in: open) + count("<div ", in: open) == count("</div>", in: open))
        #expect(count("</b>", in: try #require(site.read("inline/index.html"))) == 30000)
        #expect(try #require(site.read("links/index.html")).contains("<tr><td><a href=\"#row-4999\" id=\"row-4999\">4999</a></td></tr>"))
    }

    @Test func twoBuildsAtOnceLeaveOneWholeOutput() throws {
        let site = try TemporarySite((1...60).reduce(into: [:]) { files, n in files["content/p\(n).md"] = "# Page \(n)\n\n- [ ] step\n" })
        defer { site.cleanUp() }
        let root = site.root
        let results = parallelMap([1, 2, 3, 4]) { _ in Pipeline.build(BuildOptions(site: root)).succeeded }
        #expect(results == [true, true, true, true])
        let output = snapshot(site.output)
        // pages, home, 404, the search index, the manifest, the service worker, the three icons; the two assets, the
        // scripts' messages and the fifteen script modules (assets/js/), each under its plain and its fingerprinted name
        #expect(output.count == 60 + 1 + 1 + 1 + 1 + 1 + 3 + 2 * (2 + 1 + 15))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter {
            $0.hasPrefix(".public.") && !$0.hasSuffix(".lock")
        }
        #expect(leftovers == [])
    }
}
