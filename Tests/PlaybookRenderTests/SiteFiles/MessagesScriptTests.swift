import Foundation
import PlaybookCore
import PlaybookKit
import PlaybookTestSupport
import Testing

/// What the scripts write for a reader comes from `assets/messages.<language>.js`, one per language.
@Suite struct MessagesScriptTests {
    @Test func everyLanguageHasItsScriptsMessages() throws {
        let site = try TemporarySite([
            "playbook.yaml": "title: 销售手册\nlanguages: [zh-CN, en]\n", "content/visit.md": "---\ntitle: 拜访计划\n---\n\n正文。\n",
        ])
        defer { site.cleanUp() }
        #expect(site.build(strict: true).succeeded)
        let chinese = try #require(site.read("assets/messages.zh-CN.js"))
        let english = try #require(site.read("assets/messages.en.js"))
        #expect(chinese.hasPrefix("window.PLAYBOOK_MESSAGES = {"))
        for (key, text) in Fixtures.messages("zh-CN").keys.filter({ $0.hasPrefix("js.") }).map({ ($0, Fixtures.messages("zh-CN")[$0]) }) {
            #expect(chinese.contains("\"\(key.dropFirst(3))\":\"\(text)\""), "\(key)")
        }
        #expect(chinese.contains("没有匹配的页面。") && !chinese.contains("No page matches."))
        #expect(english.contains("\"search_none\":\"No page matches.\""))
        // Each edition's pages load their own language's messages before the scripts that read them, by the
        // fingerprinted name (the plain one stays for themes that name it so).
        let page = try #require(site.read("visit/index.html"))
        let loaded = try #require(page.firstMatch(of: /<script src="\.\.\/(assets\/messages\.zh-CN\.[0-9a-f]{8}\.js)" defer><\/script>\n/))
        #expect(page[loaded.range.upperBound...].hasPrefix("<script src=\"../assets/js/core."))
        #expect(site.read(String(loaded.1)) == chinese)
        let englishScript = try #require(site.read("en/visit/index.html")?.firstMatch(of: /assets\/messages\.en\.[0-9a-f]{8}\.js/))
        #expect(site.read(String(englishScript.0)) == english)
    }
}
