import Foundation
import PlaybookCore
import PlaybookKit
import PlaybookTestSupport
import Testing

/// Content written for GitHub, Hugo, MkDocs or docsify builds as its authors meant (issue #23), whole site.
@Suite struct OtherToolsContentTests {
    @Test func readmeAndIndexAreTheirFoldersPagesAndLinksReachThem() throws {
        let site = try TemporarySite([
            "playbook.yaml": "title: Handbook\n",
            "content/README.md": "# Sales handbook\n\nStart with [deals](deals/README.md) and [ops](ops/index.md#ops-guide).\n",
            "content/deals/README.md": "# Big deals\n\nSee [a step](step.md).\n\n## Stages\n",
            "content/deals/step.md": "# A step\n\nBack to [deals](README.md#big-deals) or [stages](./README.md#stages).\n",
            "content/ops/index.md": "# Ops guide\n\nBody.\n",
        ])
        defer { site.cleanUp() }
        let report = site.build(strict: true)
        #expect(report.diagnostics.map(\.description) == [])
        let home = try #require(site.read("index.html"))
        #expect(home.contains("<h1 class=\"page-title\" id=\"sales-handbook\">Sales handbook</h1>"))
        #expect(home.contains("href=\"deals/index.html\""))
        #expect(home.contains("href=\"ops/index.html#ops-guide\""))
        let deals = try #require(site.read("deals/index.html"))
        #expect(deals.contains("class=\"page section\""))
        #expect(site.read("deals/readme/index.html") == nil)
        #expect(site.read("ops/index/index.html") == nil)
        let step = try #require(site.read("deals/step/index.html"))
        #expect(step.contains("href=\"../index.html#big-deals\""))
        #expect(step.contains("href=\"../index.html#stages\""))
    }

    @Test func anOpeningHeadingIsTheTitleShownOnceAboveTheContents() throws {
        let site = try TemporarySite([
            "content/_index.md": "Home.\n",
            "content/guide.md": "# Order processing\n\nIntro.\n\n## Step one\n\n## Step two\n",
        ])
        defer { site.cleanUp() }
        #expect(site.build(strict: true).diagnostics.isEmpty)
        let page = try #require(site.read("guide/index.html"))
        #expect(page.components(separatedBy: "Order processing</h1>").count == 2)
        let title = try #require(page.range(of: "class=\"page-title\""))
        let contents = try #require(page.range(of: "class=\"toc\""))
        #expect(title.lowerBound < contents.lowerBound)
        #expect(page.contains("<title>Order processing"))
    }

    @Test func hugoTOMLFrontMatterGivesTitlesAndOrder() throws {
        let site = try TemporarySite([
            "content/_index.md": "Home.\n",
            "content/ops/_index.md": "+++\ntitle = \"运营\"\n+++\n",
            "content/ops/first.md": "+++\ntitle = \"Zeta first\"\nweight = 1\ntags = [\"ops\"]\n+++\nBody.\n",
            "content/ops/second.md": "+++\ntitle = \"Alpha second\"\nweight = 2\n+++\nBody.\n",
            "content/ops/broken.md": "+++\ntitle = \"x\"\nweight = = 3\n+++\nBody.\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description).contains {
                $0.hasPrefix("content/ops/broken.md:3:10: error: front matter is not valid TOML")
            })
        try site.remove("content/ops/broken.md")
        #expect(site.build(strict: true).diagnostics.isEmpty)
        let section = try #require(site.read("ops/index.html"))
        #expect(section.contains("运营</h1>"))
        let first = try #require(section.range(of: "Zeta first"))
        let second = try #require(section.range(of: "Alpha second"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(site.read("tags/ops/index.html") != nil)
    }

    @Test func footnotesSpeakThePagesLanguageAndCanBeLinkedTo() throws {
        let site = try TemporarySite([
            "playbook.yaml": "title: 手册\nlanguage: zh-CN\n",
            "content/_index.md": "见[脚注](guide.md#fn-1)。\n",
            "content/guide.md": "---\ntitle: 指南\n---\n拜访前先确认目标[^1]。\n\n[^1]: 最佳承诺和最低承诺。\n",
        ])
        defer { site.cleanUp() }
        #expect(site.build(strict: true).diagnostics.map(\.description) == [])
        let page = try #require(site.read("guide/index.html"))
        #expect(
            page.contains(
                "<li id=\"fn-1\">\n<p>最佳承诺和最低承诺。 <a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref aria-label=\"返回正文\">↩</a></p>"
            ))
        #expect(!page.contains("Back to content"))
    }
}
