/// The line that opens a callout as another tool writes it — MkDocs's
/// `!!! tip "Title"` (and collapsible `??? tip`, `???+ tip`), Docusaurus's and
/// VuePress's `:::tip Title`, GitBook's `{% hint style="info" %}`, a Hugo
/// theme's `{{< alert title="…" >}}` or `{{% notice tip %}}` — read from the
/// first line of a paragraph the tree found, with the line that closes it.
package struct CalloutMarker: Equatable {
    package enum Syntax: Equatable {
        /// MkDocs: the body is the lines indented under the marker.
        case indented
        /// The body runs to the line `closing`.
        case fenced(closing: String)
    }

    package enum Collapsible: Equatable {
        case no, closed, open
    }

    package var syntax: Syntax
    /// The type as written (`tip`, `danger`, `info`), lower case.
    package var type: String
    /// The site's callout kind it shows as (`note`, `tip`, `important`, `warning`, `caution`); nil for a type no tool names.
    package var kind: String? { Self.kinds[type] }
    package var title: String
    package var collapsible = Collapsible.no
    /// The tool, for messages (`MkDocs`, `Docusaurus`, `GitBook`, `Hugo`).
    package var tool: String

    /// The marker `line` opens, if it opens one.
    package static func opening(_ line: Substring) -> CalloutMarker? {
        let text = line.trimmingTrailingSpaces()
        if text.hasPrefix("!!!") || text.hasPrefix("???") { return mkdocs(text) }
        if text.hasPrefix(":::") { return colonFence(text) }
        if text.hasPrefix("{%") { return gitbook(text) }
        if text.hasPrefix("{{<") || text.hasPrefix("{{%") { return hugo(text) }
        return nil
    }

    /// Whether `line` is this marker's closing line.
    package func closes(_ line: Substring) -> Bool {
        guard case .fenced(let closing) = syntax else { return false }
        let text = line.drop(while: { $0 == " " || $0 == "\t" }).trimmingTrailingSpaces()
        if closing.hasPrefix("{") {
            // `{{< /alert >}}` and `{{</alert>}}`, `{% endhint %}` and `{%endhint%}` alike.
            return text.filter { $0 != " " } == closing.filter { $0 != " " }
        }
        return text == closing
    }

    // MARK: Each tool's marker

    /// `!!! type "Title"`, `??? type`, `???+ type "Title"`; `!!! type inline end` and the like keep the type.
    private static func mkdocs(_ text: Substring) -> CalloutMarker? {
        var rest = text.dropFirst(3)
        var collapsible = Collapsible.no
        if text.hasPrefix("???") {
            collapsible = .closed
            if rest.first == "+" {
                collapsible = .open
                rest = rest.dropFirst()
            }
        }
        guard rest.first == " " else { return nil }
        rest = rest.drop(while: { $0 == " " })
        let type = rest.prefix(while: { $0 != " " && $0 != "\"" }).lowercased()
        guard isTypeName(type) else { return nil }
        rest = rest.dropFirst(type.count).drop(while: { $0 == " " })
        var title = ""
        if rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") {
            title = String(rest[rest.index(after: rest.startIndex)..<close])
        }
        return CalloutMarker(syntax: .indented, type: type, title: title, collapsible: collapsible, tool: "MkDocs")
    }

    /// `:::tip`, `:::tip Title`, `:::tip[Title]`, `::: tip`, `::: {.tip}`; more colons nest (`::::note`).
    private static func colonFence(_ text: Substring) -> CalloutMarker? {
        let colons = text.prefix(while: { $0 == ":" })
        var rest = text.dropFirst(colons.count).drop(while: { $0 == " " })
        if rest.hasPrefix("{."), let close = rest.firstIndex(of: "}") {
            rest = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
        }
        let type = rest.prefix(while: { $0 != " " && $0 != "[" && $0 != "{" }).lowercased()
        guard isTypeName(type) else { return nil }
        rest = rest.dropFirst(type.count)
        var title = String(rest.drop(while: { $0 == " " }))
        if rest.first == "[", let close = rest.lastIndex(of: "]") { title = String(rest[rest.index(after: rest.startIndex)..<close]) }
        return CalloutMarker(syntax: .fenced(closing: String(colons)), type: type, title: title, tool: "Docusaurus")
    }

    /// `{% hint style="info" %}` … `{% endhint %}`.
    private static func gitbook(_ text: Substring) -> CalloutMarker? {
        guard let tag = tag(text, open: "{%", close: "%}"), tag.name == "hint" else { return nil }
        let type = (tag.arguments["style"] ?? "info").lowercased()
        return CalloutMarker(syntax: .fenced(closing: "{% endhint %}"), type: type, title: "", tool: "GitBook")
    }

    /// `{{< alert title="…" color="warning" >}}`, `{{% notice tip "Title" %}}`, `{{< callout type="info" >}}` …
    private static func hugo(_ text: Substring) -> CalloutMarker? {
        let angle = text.hasPrefix("{{<")
        let (open, close) = angle ? ("{{<", ">}}") : ("{{%", "%}}")
        guard let tag = tag(text, open: open, close: close), Self.hugoShortcodes.contains(tag.name) else { return nil }
        let named = tag.arguments["type"] ?? tag.arguments["color"] ?? tag.arguments["style"] ?? tag.positional.first
        let type = (named ?? (tag.name == "alert" || tag.name == "callout" || tag.name == "admonition" ? "note" : tag.name)).lowercased()
        let title = tag.arguments["title"] ?? (tag.positional.count > 1 ? tag.positional[1] : "")
        return CalloutMarker(syntax: .fenced(closing: "\(open) /\(tag.name) \(close)"), type: type, title: title, tool: "Hugo")
    }

    /// The shortcodes of Hugo's common themes (Docsy, Learn/Relearn, Hextra, Book) that draw a callout.
    package static let hugoShortcodes: Set<String> = ["alert", "notice", "hint", "callout", "admonition", "note", "tip", "warning"]

    /// A template tag's name and arguments: `{% hint style="info" %}` → `hint`, `[style: info]`.
    package static func tag(
        _ text: Substring, open: String, close: String
    ) -> (name: String, arguments: [String: String], positional: [String])? {
        guard text.hasPrefix(open), text.hasSuffix(close), text.count >= open.count + close.count else { return nil }
        var rest = text.dropFirst(open.count).dropLast(close.count).drop(while: { $0 == " " })
        let name = String(rest.prefix(while: { $0 != " " }))
        guard !name.isEmpty, name.first != "/" else { return nil }
        rest = rest.dropFirst(name.count)
        var arguments: [String: String] = [:]
        var positional: [String] = []
        while true {
            rest = rest.drop(while: { $0 == " " })
            guard !rest.isEmpty else { break }
            var key: String?
            if let equals = rest.firstIndex(of: "="), !rest[..<equals].contains(" "), !rest[..<equals].contains("\"") {
                key = String(rest[..<equals])
                rest = rest[rest.index(after: equals)...]
            }
            var value: Substring
            if let quote = rest.first, quote == "\"" || quote == "'" || quote == "`",
                let end = rest.dropFirst().firstIndex(of: quote)
            {
                value = rest[rest.index(after: rest.startIndex)..<end]
                rest = rest[rest.index(after: end)...]
            } else {
                value = rest.prefix(while: { $0 != " " })
                rest = rest.dropFirst(value.count)
            }
            if let key { arguments[key] = String(value) } else { positional.append(String(value)) }
        }
        return (name, arguments, positional)
    }

    private static func isTypeName(_ type: String) -> Bool {
        !type.isEmpty
            && type.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// Every type MkDocs Material, Docusaurus, VuePress, GitBook and Hugo's themes
    /// name, by the site's kind closest in meaning.
    package static let kinds: [String: String] = {
        var kinds: [String: String] = [:]
        let groups: [String: [String]] = [
            "note": [
                "note", "abstract", "summary", "tldr", "info", "todo", "question", "help", "faq", "example", "quote", "cite",
                "seealso", "primary", "secondary", "light", "dark", "details",
            ],
            "tip": ["tip", "tips", "hint", "success", "check", "done"],
            "important": ["important"],
            "warning": ["warning", "warn", "attention", "bug", "failure", "fail", "missing"],
            "caution": ["caution", "danger", "error"],
        ]
        for (kind, types) in groups { for type in types { kinds[type] = kind } }
        return kinds
    }()
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
