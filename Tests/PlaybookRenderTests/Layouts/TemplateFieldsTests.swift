import Mustache
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

@Suite struct TemplateFieldsTests {
    @Test func namesAreSetReplacedAndRemoved() {
        var fields: TemplateFields = ["title": "Plan", "weight": 3]
        #expect(fields["title"] as? String == "Plan" && fields["weight"] as? Int == 3 && fields["none"] == nil)
        fields["title"] = "Visit plan"
        fields["tags"] = ["a", "b"]
        #expect(fields.keys == ["title", "weight", "tags"] && fields["title"] as? String == "Visit plan")
        fields["weight"] = nil
        #expect(fields.keys == ["title", "tags"] && fields.child(named: "weight") == nil)
        fields.add(["title": "ignored", "owner": "li.wei"])
        #expect(fields.keys == ["title", "tags", "owner"] && fields["title"] as? String == "Visit plan")
        #expect(TemplateFields().isEmpty && !fields.isEmpty)
    }

    /// Fields are a value: a copy keeps what it had when the original changes, and the other way round.
    @Test func copiesAreIndependent() {
        var original: TemplateFields = ["title": "Plan"]
        var copy = original
        copy["title"] = "Copy"
        copy["owner"] = "li.wei"
        #expect(original["title"] as? String == "Plan" && original["owner"] == nil && original.keys == ["title"])
        original["title"] = nil
        #expect(copy["title"] as? String == "Copy" && copy.keys == ["title", "owner"] && original.isEmpty)
        let list: [TemplateFields] = Array(repeating: copy, count: 2)
        var changed = list
        changed[0]["owner"] = nil
        #expect(list[0]["owner"] as? String == "li.wei" && changed[1]["owner"] as? String == "li.wei" && changed[0]["owner"] == nil)
    }

    /// swift-mustache must read fields as it read the dictionaries they replace:
    /// dotted names, sections over lists and objects, inverted sections, and
    /// names missing from an object found further down the context stack.
    @Test func layoutsReadFieldsAsDictionaries() throws {
        let template = try MustacheTemplate(
            string: """
                {{page.title}}|{{#page.tags}}[{{name}}@{{url}}:{{site}}]{{/page.tags}}|{{^page.owner}}no owner{{/page.owner}}|\
                {{#page.card}}{{purpose}}/{{page.title}}{{/page.card}}|{{#flag}}yes{{/flag}}{{^off}}off{{/off}}|{{page.missing.deeper}}
                """)
        let asFields: TemplateFields = [
            "site": "S", "flag": true, "off": false,
            "page": [
                "title": "T<", "tags": [["name": "a", "url": "u"] as TemplateFields, ["name": "b", "url": "v"] as TemplateFields],
                "card": ["purpose": "why"] as TemplateFields,
            ] as TemplateFields,
        ]
        let asDictionary: [String: Any] = [
            "site": "S", "flag": true, "off": false,
            "page": [
                "title": "T<", "tags": [["name": "a", "url": "u"], ["name": "b", "url": "v"]] as [[String: Any]],
                "card": ["purpose": "why"] as [String: Any],
            ] as [String: Any],
        ]
        let rendered = template.render(asFields)
        #expect(rendered == template.render(asDictionary))
        #expect(rendered == "T&lt;|[a@u:S][b@v:S]|no owner|why/T&lt;|yesoff|")
    }
}
