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

@Suite struct FrontMatterParserTests {
    private func parse(_ yaml: String) -> (FrontMatter, [String]) {
        let (front, problems) = FrontMatterParser(path: "content/p.md", firstLine: 2).parse(yaml)
        return (front, problems.lines)
    }

    @Test func knownKeysAreTyped() {
        let (front, problems) = parse(
            """
            title: 2026 plan
            summary: "Why: it works"
            weight: 3
            tags: [visits, 承诺目标]
            draft: false
            owner: Field sales
            reviewed: 2026-10-10
            purpose: Win commitments.
            when: One visit decides the order
            stages:
              - Plan
              - {name: Rehearse, detail: "Out loud"}
            layout: wide
            color: blue
            budget: {q1: 10, q2: 12.5}
            """)
        #expect(problems.isEmpty)
        #expect(front.title == "2026 plan")
        #expect(front.summary == "Why: it works")
        #expect(front.weight == 3)
        #expect(front.tags == ["visits", "承诺目标"])
        #expect(front.draft == false)
        #expect(front.reviewed == "2026-10-10")
        #expect(front.when == ["One visit decides the order"])
        #expect(front.stages == [ProcessStage(name: "Plan"), ProcessStage(name: "Rehearse", detail: "Out loud")])
        #expect(front.layout == "wide")
        #expect(front.params.map(\.key) == ["color", "budget"])
        #expect(front.params[1].value == .map([(key: "q1", value: .int(10)), (key: "q2", value: .double(12.5))]))
        #expect(front.lines["weight"] == 4)
    }

    /// Another tool's `Title:` is the title (Hugo reads keys in any case), with a warning naming the key meant.
    @Test func aKnownKeyInAnotherCaseIsReadWithAWarning() {
        let (front, problems) = parse("Title: Order handling\nWEIGHT: 3\nCustom: kept\n")
        #expect(front.title == "Order handling")
        #expect(front.weight == 3)
        #expect(front.params.map(\.key) == ["Custom"])
        #expect(front.lines["title"] == 2)
        #expect(
            problems == [
                "content/p.md:2:1: warning: 'Title' is read as 'title': front matter keys are lower case",
                "content/p.md:3:1: warning: 'WEIGHT' is read as 'weight': front matter keys are lower case",
            ])
    }

    @Test func everyWrongTypeIsAnErrorAtItsLine() {
        let (_, problems) = parse(
            """
            title: [not, text]
            weight: heavy
            tags: visits
            draft: "yes"
            reviewed: 2026-02-30
            stages: {a: b}
            """)
        #expect(
            problems == [
                "content/p.md:2:8: error: 'title' must be text, not a list",
                "content/p.md:3:9: error: 'weight' must be a whole number, not 'heavy'",
                "content/p.md:4:7: error: 'tags' must be a list of text, like [one, two], not 'visits'",
                "content/p.md:5:8: error: 'draft' must be true or false, not 'yes'",
                "content/p.md:6:11: error: 'reviewed' must be a date written YYYY-MM-DD, not '2026-02-30'",
                "content/p.md:7:9: error: 'stages' must be a list of activities, not a mapping",
            ])
    }

    /// Parameters keep YAML's types for numbers, booleans and null; a date, a `<<` or a `=` is text
    /// (the reader resolves with those four rules only).
    @Test func parameterValuesByYAMLsRules() {
        let (front, problems) = FrontMatterParser(path: "content/p.md", firstLine: 2).parse(
            "n: 0x1F\nf: 1.5e3\nyes_: on\nnothing: ~\nday: 2026-11-29\nmerge: <<\nequals: =\nquoted: \"12\"\n")
        #expect(problems.isEmpty)
        #expect(
            front.params.map(\.value) == [
                .int(31), .double(1500), .bool(true), .null, .string("2026-11-29"), .string("<<"), .string("="), .string("12"),
            ])
    }

    @Test func invalidYAMLIsLocated() {
        let (_, problems) = parse("title: ok\nsummary: \"never closed\n")
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix("content/p.md:4:1: error: invalid YAML:"))
    }

    @Test func duplicateKeysAreErrors() {
        let (_, problems) = parse("title: a\ntitle: b\n")
        #expect(problems.count == 1)
        #expect(problems[0].contains("error: invalid YAML: duplicate key 'title'"))
    }

    @Test func frontMatterMustBeAMapping() {
        let (_, problems) = parse("- a\n- b\n")
        #expect(problems == ["content/p.md:2:1: error: front matter must be a mapping of `key: value` lines, not a list"])
    }

    @Test func emptyFrontMatterIsFine() {
        let (front, problems) = parse("")
        #expect(problems.isEmpty)
        #expect(front == FrontMatter())
    }
}

@Suite struct FrontMatterSplitterTests {
    @Test func splitsYAMLAndBody() throws {
        let split = try SplitPage.split("---\ntitle: A\n---\n# Body\n", path: "p.md").get()
        #expect(split.frontMatter == "title: A\n")
        #expect(split.body == "# Body\n")
        #expect(split.bodyLineOffset == 3)
    }

    @Test func noFrontMatter() throws {
        let split = try SplitPage.split("# Body\n---\n", path: "p.md").get()
        #expect(split.frontMatter == nil)
        #expect(split.bodyLineOffset == 0)
    }

    @Test func dotsCloseAndByteOrderMarkIsIgnored() throws {
        let split = try SplitPage.split("\u{FEFF}---  \ntitle: A\n...\nBody", path: "p.md").get()
        #expect(split.frontMatter == "title: A\n")
        #expect(split.body == "Body")
    }

    @Test func neverClosedIsAnErrorAtLineOne() {
        let result = SplitPage.split("---\ntitle: A\n\n# Body\n", path: "content/p.md")
        guard case .failure(let error) = result else {
            Issue.record("expected an error")
            return
        }
        #expect(error.description == "content/p.md:1:1: error: front matter opened with '---' is never closed: add a line '---' after it")
    }
}

@Suite struct SourceFileTests {
    @Test func invalidUTF8IsLocatedAtItsByte() {
        var bytes = Array("line one\nab".utf8)
        bytes += [0xC3, 0x28]  // a lead byte followed by an ASCII byte
        let file = SourceFile(path: "content/p.md", data: Data(bytes))
        guard case .failure(let error) = file.text() else {
            Issue.record("expected an error")
            return
        }
        #expect(error.description == "content/p.md:2:3: error: the file is not valid UTF-8 (save it as UTF-8)")
    }

    @Test func validUTF8() throws {
        #expect(try SourceFile(path: "p", data: Data("承诺 ok".utf8)).text().get() == "承诺 ok")
    }

    @Test func calendarDates() {
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2026-13-01") == nil)
        #expect(CalendarDate("26-1-1") == nil)
        #expect(CalendarDate("2026-04-31") == nil)
        #expect(CalendarDate("2026-04-30")?.description == "2026-04-30")
    }
}
