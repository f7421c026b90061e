import PlaybookCore
import PlaybookMustache
import Testing

@Suite struct LayoutMessagesTests {
    private func messages(_ strings: [String: String]) -> LayoutMessages {
        LayoutMessages.make(
            strings.sorted { $0.key < $1.key }.map { ($0.key, $0.value, PlaybookCore.SourceLocation(path: "templates/i18n/en.yaml")) }
        ).0
    }

    private func render(_ text: String, _ messages: LayoutMessages, _ context: LayoutFields = [:]) throws -> String {
        var engine = LayoutEngine()
        engine.register(try LayoutParser(text, messages: messages).parse().get(), named: "t")
        return String(decoding: engine.render("t", context: context) ?? [], as: UTF8.self)
    }

    /// A catalogue string is text of the layout: escaped by `{{…}}`, as written by `{{{…}}}`.
    @Test func stringsAreBakedInEscapedOrRaw() throws {
        let catalogue = messages(["a.b": "Tom & <b>Jerry</b>"])
        #expect(try render("<p>{{i18n.a.b}}</p>", catalogue) == "<p>Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;</p>")
        #expect(try render("<p>{{{i18n.a.b}}}</p>", catalogue) == "<p>Tom & <b>Jerry</b></p>")
        // Baked: the context cannot change it.
        #expect(
            try render("{{i18n.a.b}}", catalogue, ["i18n": ["a": ["b": "other"] as LayoutFields] as LayoutFields])
                == "Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;")
    }

    /// A string may name the context's fields; they are escaped as any variable.
    @Test func stringsReadTheContext() throws {
        let catalogue = messages(["count": "{{n}} pages", "zh": "共 {{n}} 页"])
        #expect(try render("{{i18n.count}} / {{i18n.zh}}", catalogue, ["n": "<3>"]) == "&lt;3&gt; pages / 共 &lt;3&gt; 页")
    }

    @Test func unknownKeysAreReportedWhereTheyAreNamed() throws {
        var unknown: [(key: String, location: PlaybookCore.SourceLocation)] = []
        let parser = LayoutParser("ok {{i18n.a}}\n  x {{i18n.missing.key}} {{{i18n.other}}}", messages: messages(["a": "A"]))
        _ = try parser.parse(path: "templates/layouts/page.mustache", unknownMessages: &unknown).get()
        #expect(unknown.map(\.key) == ["missing.key", "other"])
        #expect(unknown.map(\.location.description) == ["templates/layouts/page.mustache:2:5", "templates/layouts/page.mustache:2:26"])
    }

    /// Without a catalogue (the spec's tests), `i18n.x` is an ordinary dotted name.
    @Test func withoutCatalogueTheNameIsAVariable() throws {
        var engine = LayoutEngine()
        engine.register(try LayoutParser("{{i18n.x}}").parse().get(), named: "t")
        let output = engine.render("t", context: ["i18n": ["x": "y"] as LayoutFields])
        #expect(output.map { String(decoding: $0, as: UTF8.self) } == "y")
    }

    @Test func aStringThatIsNotMustacheIsAnError() {
        let (_, problems) = LayoutMessages.make([
            ("bad", "{{#open}}", PlaybookCore.SourceLocation(path: "templates/i18n/en.yaml", line: 3, column: 8))
        ])
        #expect(
            problems.map(\.description) == ["templates/i18n/en.yaml:3:8: error: catalogue string 'bad': 'open' is opened but never closed"])
    }
}
