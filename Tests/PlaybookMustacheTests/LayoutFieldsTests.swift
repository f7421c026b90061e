import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookMustache
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

@Suite struct LayoutFieldsTests {
    private func text(_ value: (any LayoutValueConvertible)?) -> String? {
        if case .text(let text)? = value?.layoutValue { return text }
        return nil
    }

    private func number(_ value: (any LayoutValueConvertible)?) -> Int? {
        if case .int(let number)? = value?.layoutValue { return number }
        return nil
    }

    @Test func namesAreSetReplacedAndRemoved() {
        var fields: LayoutFields = ["title": "Plan", "weight": 3]
        #expect(text(fields["title"]) == "Plan" && number(fields["weight"]) == 3 && fields["none"] == nil)
        fields["title"] = "Visit plan"
        fields["tags"] = ["a", "b"]
        #expect(fields.keys == ["title", "weight", "tags"] && text(fields["title"]) == "Visit plan")
        fields["weight"] = nil
        #expect(fields.keys == ["title", "tags"] && fields.value(named: "weight") == nil)
        fields.add(["title": "ignored", "owner": "li.wei"])
        #expect(fields.keys == ["title", "tags", "owner"] && text(fields["title"]) == "Visit plan")
        #expect(LayoutFields().isEmpty && !fields.isEmpty)
    }

    /// Fields are a value: a copy keeps what it had when the original changes, and the other way round.
    @Test func copiesAreIndependent() {
        var original: LayoutFields = ["title": "Plan"]
        var copy = original
        copy["title"] = "Copy"
        copy["owner"] = "li.wei"
        #expect(text(original["title"]) == "Plan" && original["owner"] == nil && original.keys == ["title"])
        original["title"] = nil
        #expect(text(copy["title"]) == "Copy" && copy.keys == ["title", "owner"] && original.isEmpty)
        let list: [LayoutFields] = Array(repeating: copy, count: 2)
        var changed = list
        changed[0]["owner"] = nil
        #expect(text(list[0]["owner"]) == "li.wei" && text(changed[1]["owner"]) == "li.wei" && changed[0]["owner"] == nil)
    }

    /// Layouts read fields by dotted names, open sections over lists and objects,
    /// inverted sections, and find names missing from an object further down the context stack.
    @Test func layoutsReadFields() throws {
        let template = try LayoutParser(
            """
            {{page.title}}|{{#page.tags}}[{{name}}@{{url}}:{{site}}]{{/page.tags}}|{{^page.owner}}no owner{{/page.owner}}|\
            {{#page.card}}{{purpose}}/{{page.title}}{{/page.card}}|{{#flag}}yes{{/flag}}{{^off}}off{{/off}}|{{page.missing.deeper}}
            """
        ).parse().get()
        let asFields: LayoutFields = [
            "site": "S", "flag": true, "off": false,
            "page": [
                "title": "T<", "tags": [["name": "a", "url": "u"] as LayoutFields, ["name": "b", "url": "v"] as LayoutFields],
                "card": ["purpose": "why"] as LayoutFields,
            ] as LayoutFields,
        ]
        let rendered = LayoutEngine(templates: ["t": template]).render("t", context: asFields).map { String(decoding: $0, as: UTF8.self) }
        #expect(rendered == "T&lt;|[a@u:S][b@v:S]|no owner|why/T&lt;|yesoff|")
    }
}

@Suite struct LayoutEngineTests {
    /// A partial that includes itself twice would take 2^100 steps: rendering stops at its budget instead.
    @Test func aLayoutThatNeverEndsStops() throws {
        let template = try LayoutParser("x{{> p}}{{> p}}").parse().get()
        let engine = LayoutEngine(templates: ["p": template])
        let output = try #require(engine.render("p", context: .fields(LayoutFields()), budget: 10_000))
        #expect(output.count < 10_000 && output.allSatisfy { $0 == UInt8(ascii: "x") })
    }

    @Test func errorsAreLocated() {
        for (text, line, column, message) in [
            ("a\n  {{#x}}\n{{/y}}", 3, 1, "'x' is closed with 'y'"), ("{{#x}}", 1, 1, "'x' is opened but never closed"),
            ("ok\n{{/x}}", 2, 1, "'x' is closed but was never opened"), ("中文 {{title", 1, 4, "a tag is not closed with '}}'"),
            ("{{=<% %>=}}\n<% a", 2, 1, "a tag is not closed with '%>'"), ("{{= x =}}", 1, 1, "a set-delimiter tag needs two delimiters"),
            ("{{ }}", 1, 1, "a tag without a name"),
        ] {
            guard case .failure(let error) = LayoutParser(text).parse() else {
                Issue.record("\(text) parsed")
                continue
            }
            #expect(error.line == line && error.column == column, "\(text)")
            #expect(error.message.hasPrefix(message), "\(text): \(error.message)")
        }
    }
}
