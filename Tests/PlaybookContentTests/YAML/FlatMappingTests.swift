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
import Yams

@Suite struct FlatMappingTests {
    /// Every node, its kind, style, raw tag and text, and the line of each mapping key: what must agree with Yams.
    private func dump(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "scalar(\(scalar.style) \(scalar.tag) \(scalar.string.debugDescription))"
        case .sequence(let sequence): "sequence(\(sequence.style) \(sequence.tag) [\(sequence.map(dump).joined(separator: ", "))])"
        case .mapping(let mapping):
            "mapping(\(mapping.style) \(mapping.tag) {\(mapping.map { "\(dump($0.key)): \(dump($0.value))" }.joined(separator: ", "))})"
        case .alias: "alias"
        }
    }

    private func yams(_ yaml: String) throws -> Node? {
        try Yams.compose(yaml: yaml, .basic, YAMLReader.constructor, .utf8)
    }

    /// Front matter as pages write it is read here, not by Yams, and into the very nodes Yams makes.
    @Test func commonFrontMatterIsReadAsYamsReadsIt() throws {
        let texts = [
            "title: \"Visit planning note 59\"\nsummary: \"Forecast **budget** tier: objection # not a comment\"\nweight: 59\ntags: [conversion, objective, sponsor]\n",
            "title: 客户拜访 第33篇\nowner: Li Wei\nreviewed: 2026-03-01\ndraft: false\n",
            "title: 'Single, quoted: text'\nlayout: wide-page\nweight: 3\n",
            "tags: []\nwhen: [\"before a first visit\", after the call, 承诺目标]\n",
            "tags: [  spaced ,  items  ]\nratio: 1.5\nempty_looking: ~\nyes_word: yes\nurl: https://example.com/a:b?c=d#frag\n",
            "title:   Many spaces before it\nnote: a, b and [c] in a plain value\nmixed: \"quote 'inside'\"\n",
            "x: 1",
            "_private-key2: value",
            "title: Ünïcode ÉÀ — dashes “quotes” ，标点\n",
        ]
        for text in texts {
            let flat = try #require(FlatMapping(text), "\(text)")
            let theirs = try #require(try yams(text))
            #expect(dump(flat.root) == dump(theirs), "\(text)")
            let keyLines = theirs.mapping?.keys.map { $0.mark?.line ?? 0 } ?? []
            #expect(flat.keyLines == keyLines, "\(text)")
        }
    }

    /// Whatever this reader takes, it must read as Yams does; the rest it must leave to Yams.
    @Test func anythingElseIsLeftToYams() throws {
        let declined = [
            "", "\n", "title: a\n\nweight: 2\n", "# comment\ntitle: a\n", "title: a # comment\n", "title: a\ntitle: b\n",
            "title:\n", "title: \n", "title: a \n", "title:a\n", "title : a\n", " title: a\n", "title: a\n  continued\n",
            "title: \"esc\\\"aped\"\n", "title: 'it''s'\n", "title: \"unclosed\n", "title: \"a\" b\n",
            "title: a: b\n", "title: a:\n", "title: -5\n", "title: [a, b\n", "tags: [a, ]\n", "tags: [a: b]\n", "tags: [a, [b]]\n",
            "tags: ['a']\n", "tags: [a#b]\n", "title: &anchor a\n", "title: *alias\n", "title: !tag a\n", "title: |\n  text\n",
            "title: >\n  text\n", "title: @at\n", "title: `tick`\n", "title: %pct\n", "title: {a: b}\n", "title: ? a\n",
            "title:\ta\n", "title: a\r\n", "title: \u{85}a\n", "title: a\u{2028}b\n", "\u{FEFF}title: a\n", "title: a\u{7F}\n",
            "title: \u{9F}\n", "1: a\n", "ключ: a\n", "---\ntitle: a\n", "- a\n- b\n", "title: a\nstages:\n  - one\n",
        ]
        let manyKeys = (0..<70).map { "key\($0): value\n" }.joined()  // repeats are found by scanning: past 64 keys, Yams reads them
        #expect(FlatMapping(manyKeys) == nil && FlatMapping((0..<64).map { "key\($0): value\n" }.joined()) != nil)
        for text in declined {
            #expect(FlatMapping(text) == nil, "\(text.debugDescription)")
        }
        // Near misses that are taken must still agree with Yams.
        for text in [
            "title: a:b\n", "title: a#b\n", "title: (draft) notes\n", "tags: [a b, c-d, e.f]\n", "title: ~\n", "title: \"\"\n",
            "title: ''\n",
        ] {
            let flat = try #require(FlatMapping(text), "\(text)")
            #expect(dump(flat.root) == dump(try #require(try yams(text))), "\(text)")
        }
    }

    /// Thousands of lines made of YAML's tricky pieces (a fixed sequence, the same every run): each one
    /// taken here must be taken by Yams too, into the same nodes.
    @Test func generatedLinesAgreeWithYams() throws {
        let pieces = [
            "a", "Q4", " ", "  ", ":", ": ", "#", " #", ",", ", ", "[", "]", "{", "}", "\"", "'", "-", "~", "é", "承诺",
            "\\", "&", "*", "!", "?", "|", ">", "%", "@", ".", "/", "1", "0x1F", "true", "null", "—", "，",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var taken = 0
        for _ in 0..<4_000 {
            var text = ""
            for line in 0..<(1 + next(3)) {
                var value = (0..<(1 + next(6))).map { _ in pieces[next(pieces.count)] }.joined()
                if next(4) == 0 { value = "[" + value + "]" }
                if next(5) == 0 { value = "\"" + value + "\"" }
                text += "key\(line): \(value)\n"
            }
            guard let flat = FlatMapping(text) else { continue }
            taken += 1
            let theirs = try #require(try? yams(text), "Yams refuses what was taken: \(text.debugDescription)")
            #expect(dump(flat.root) == dump(theirs), "\(text.debugDescription)")
        }
        #expect(taken > 300)  // the check must have compared something
    }

    /// The front matter read here gives the same page as through Yams, and its mistakes the same errors at the same places.
    @Test func frontMatterIsTheSameEitherWay() {
        let parser = FrontMatterParser(path: "content/p.md", firstLine: 2)
        let good = "title: \"A page\"\nsummary: Why it matters\nweight: 3\ntags: [a, b]\nreviewed: 2026-01-31\nowner: Li\nextra: 1.5\n"
        #expect(FlatMapping(good) != nil)
        let (front, problems) = parser.parse(good)
        #expect(problems.isEmpty)
        #expect(front.title == "A page" && front.summary == "Why it matters" && front.weight == 3 && front.tags == ["a", "b"])
        #expect(front.reviewed == "2026-01-31" && front.owner == "Li")
        #expect(front.lines == ["title": 2, "summary": 3, "weight": 4, "tags": 5, "reviewed": 6, "owner": 7, "extra": 8])
        #expect(front.params.map(\.0) == ["extra"])
        for text in [good, "title: 承诺\nwhen: [a, \"b c\"]\ndraft: true\nlayout: wide\nparams_x: [1, two]\n", "tags: []\nweight: 017\n"] {
            #expect(parser.parse(text) == parser.parseThroughYams(text), "\(text)")
        }
        // A mistake in the common shape is reported from Yams's reading, at the value's own line and column.
        let bad = "title: A page\nweight: heavy\ntags: [a, b]\nreviewed: 2026-02-30\n"
        #expect(FlatMapping(bad) != nil)
        let (_, errors) = parser.parse(bad)
        #expect(errors.map(\.location.line) == [3, 5])
        #expect(errors.map(\.location.column) == [9, 11])
    }
}
