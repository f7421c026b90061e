import PlaybookCore

/// Hugo shortcodes (`{{< youtube … >}}`, `{{% ref … %}}`) and GitBook tags
/// (`{% embed … %}`) are another tool's templates: Playbook does not run them,
/// and left alone they print as text. Each one in the page's text (never in
/// code) is a warning at its place saying what to write instead. The ones that
/// draw a callout are callouts already (`ContainerCalloutPass`).
package struct ShortcodePass {
    package func run(_ context: MarkdownPassContext) {
        for node in context.document.descendants(ofKind: .text) where node.literalContains(UInt8(ascii: "{")) {
            guard let literal = node.literal else { continue }
            var rest = Substring(literal)
            while let brace = rest.firstIndex(of: "{") {
                let opener = rest[brace...]
                rest = rest[rest.index(after: brace)...]
                guard opener.hasPrefix("{%") || opener.hasPrefix("{{") else { continue }
                let after = opener.dropFirst(2)
                let name: Substring
                let tool: String
                if opener.hasPrefix("{%") {
                    rest = after
                    name = after.drop(while: { $0 == " " }).prefix(while: { $0.isLetter || $0 == "-" || $0 == "_" })
                    tool = "GitBook"
                } else if opener.hasPrefix("{{<") || opener.hasPrefix("{{%") {
                    rest = after
                    name = after.dropFirst().drop(while: { $0 == " " }).prefix(while: { $0.isLetter || $0 == "-" || $0 == "_" })
                    tool = "Hugo"
                } else if after.isEmpty, let html = node.next, html.kind == .htmlInline, let tag = html.literal {
                    // `{{<youtube id>}}`: libcmark reads `<youtube id>` as an HTML tag.
                    name = Substring(tag).dropFirst().prefix(while: { $0.isLetter || $0 == "-" || $0 == "_" })
                    tool = "Hugo"
                } else {
                    continue
                }
                guard !name.isEmpty, !name.hasPrefix("end") || tool != "GitBook" else { continue }
                var location = context.location(of: node)
                if node.startColumn > 0 {  // libcmark places text: the shortcode is as many bytes in as it is in the text
                    location.column += literal.utf8.distance(from: literal.startIndex, to: brace)
                }
                context.report(.warning(location, Self.advice(tool: tool, name: String(name))))
            }
        }
    }

    /// What to write instead of the shortcode `name`.
    package static func advice(tool: String, name: String) -> String {
        let written = tool == "Hugo" ? "{{< \(name) >}}" : "{% \(name) %}"
        let instead: String
        switch name {
        case "ref", "relref", "content-ref", "page-ref": instead = "write a relative link to the page's file: [text](../page.md)"
        case "figure", "image", "img": instead = "write an image: ![text](picture.png)"
        case "highlight", "code": instead = "write a fenced code block (```)"
        case "youtube", "vimeo", "tweet", "x", "instagram", "gist", "embed": instead = "write a link to it: [title](https://…)"
        case "tabs", "tab": instead = "write each tab as a heading of its own"
        case "include", "readfile", "snippet": instead = "copy the text in, or link to the page it is on"
        default: instead = "write it as Markdown (a link, an image, a table or a callout)"
        }
        return "\(tool) \(tool == "Hugo" ? "shortcode" : "tag") \(written) is not run by Playbook and shows as text: \(instead)"
    }

    package init() {
    }
}
