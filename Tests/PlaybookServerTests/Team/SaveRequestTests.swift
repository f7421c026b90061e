import Testing

@testable import PlaybookServer

@Suite struct SaveRequestTests {
    @Test func plainNamesPass() {
        for name in ["2026-12-04-harbor-logistics.md", "a.md", "Plan_2.v1.md"] { #expect(SaveRequest.isPlainName(name), "\(name)") }
    }

    @Test func everyForgedNameIsRefused() {
        for name in [
            "../x.md", "/etc/x.md", "a\u{0}.md", "..md", ".hidden.md", "-rf.md", "sub/x.md", "sub\\x.md", "x.md/", "x.txt", ".md", "",
            "a..b.md", "计划.md", "x.md\n", String(repeating: "a", count: 118) + ".md", "x .md", "%2e%2e.md",
        ] {
            #expect(!SaveRequest.isPlainName(name), "\(name.debugDescription)")
        }
    }
}
