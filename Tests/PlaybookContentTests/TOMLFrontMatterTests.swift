import Foundation
import PlaybookContent
import PlaybookCore
import Testing

/// Hugo's `+++` front matter: split off like YAML's, read by TOMLKit, every key at its own line.
@Suite struct TOMLFrontMatterTests {
    private let page = """
        +++
        title = "销售流程管理"
        weight = 20
        Tags = ["deals", "ops"]
        draft = false
        reviewed = "2026-05-01"

        [params]
        owner = "ops"
        +++
        # Body

        """

    @Test func isSplitOffAtItsFences() throws {
        let split = try SplitPage.split(page, path: "content/p.md").get()
        #expect(split.isTOML)
        #expect(split.frontMatter?.hasPrefix("title = ") == true)
        #expect(split.body == "# Body\n")
        #expect(split.bodyLineOffset == 10)
        #expect(try SplitPage.split("---\ntitle: A\n---\n", path: "p.md").get().isTOML == false)
        guard case .failure(let error) = SplitPage.split("+++\ntitle = 'A'\n---\n", path: "content/p.md") else {
            Issue.record("expected an error")
            return
        }
        #expect(error.description == "content/p.md:1:1: error: front matter opened with '+++' is never closed: add a line '+++' after it")
    }

    @Test func everyKeyIsReadAtItsLine() throws {
        let split = try SplitPage.split(page, path: "content/p.md").get()
        let yaml = try TOMLFrontMatter.yaml(split.frontMatter ?? "", path: "content/p.md", firstLine: 2).get()
        let (front, problems) = FrontMatterParser(path: "content/p.md", firstLine: 2).parse(yaml)
        #expect(front.title == "销售流程管理")
        #expect(front.weight == 20)
        #expect(front.tags == ["deals", "ops"])
        #expect(front.reviewed == "2026-05-01")
        #expect(front.params.map(\.key) == ["params"])
        // The warning for `Tags` points at the TOML's own line 4 of the file.
        #expect(problems.map(\.description) == ["content/p.md:4:1: warning: 'Tags' is read as 'tags': front matter keys are lower case"])
    }

    @Test func aWrongTypeIsAnErrorAtTheKeysLine() throws {
        let yaml = try TOMLFrontMatter.yaml("title = \"A\"\n\nweight = \"heavy\"\n", path: "content/p.md", firstLine: 2).get()
        let (_, problems) = FrontMatterParser(path: "content/p.md", firstLine: 2).parse(yaml)
        #expect(problems.map(\.location.line) == [4])
        #expect(problems.first?.severity == .error)
    }

    @Test func invalidTOMLIsAnErrorAtItsLineAndColumn() {
        guard case .failure(let error) = TOMLFrontMatter.yaml("title = \"A\"\nweight = = 3\n", path: "content/p.md", firstLine: 2) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.location.line == 3)
        #expect(error.location.column == 10)
        #expect(error.description.contains("error: front matter is not valid TOML"))
    }
}
