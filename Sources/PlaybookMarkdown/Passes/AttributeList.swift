/// An attribute list as Hugo, kramdown, MkDocs (attr_list), Pandoc and
/// Docusaurus write it after a heading or an image: `{#id .class key="value"}`
/// (kramdown's `{: …}` too). Read from the text node beside what it is for,
/// never from the page's raw text.
package struct AttributeList: Equatable {
    package var id: String?
    package var classes: [String] = []
    /// Other `key=value` pairs' keys, in order (a heading keeps none of them: they name it in a warning).
    package var others: [String] = []
    /// Their values, by key (quotes taken off).
    package var values: [String: String] = [:]

    package init(id: String? = nil, classes: [String] = [], others: [String] = [], values: [String: String] = [:]) {
        self.id = id
        self.classes = classes
        self.others = others
        self.values = values
    }

    /// The list opening `text` and the text after it, or nil when `text` does not open with one.
    package static func leading(_ text: String) -> (attributes: AttributeList, rest: String)? {
        guard text.first == "{", let close = text.firstIndex(of: "}"),
            let attributes = parse(text[text.index(after: text.startIndex)..<close])
        else { return nil }
        return (attributes, String(text[text.index(after: close)...]))
    }

    /// The list at the end of `text` and the text before it (trailing spaces
    /// removed), or nil when `text` does not end in one.
    package static func trailing(_ text: String) -> (text: String, attributes: AttributeList)? {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        guard end > text.startIndex, text[text.index(before: end)] == "}", let open = text[..<end].lastIndex(of: "{") else { return nil }
        let inside = text[text.index(after: open)..<text.index(before: end)]
        guard let attributes = parse(inside) else { return nil }
        var before = text[..<open]
        while before.last == " " { before = before.dropLast() }
        return (String(before), attributes)
    }

    /// `#id .class key=value key="a b"`, separated by spaces; nil for anything else (so `{braces}` in prose stay text).
    static func parse(_ body: Substring) -> AttributeList? {
        var list = AttributeList()
        var rest = body.hasPrefix(":") ? body.dropFirst() : body[...]
        func name(_ s: Substring) -> Bool {
            !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
        }
        while true {
            rest = rest.drop { $0 == " " }
            guard let first = rest.first else { break }
            if first == "#" || first == "." {
                let token = rest.dropFirst().prefix { $0 != " " }
                guard name(token) else { return nil }
                if first == "#" { list.id = String(token) } else { list.classes.append(String(token)) }
                rest = rest.dropFirst(token.count + 1)
                continue
            }
            let key = rest.prefix { $0 != "=" && $0 != " " }
            guard name(key), rest.dropFirst(key.count).first == "=" else { return nil }
            rest = rest.dropFirst(key.count + 1)
            let value: Substring
            if let quote = rest.first, quote == "\"" || quote == "'" {
                guard let close = rest.dropFirst().firstIndex(of: quote) else { return nil }
                value = rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: close)...]
            } else {
                value = rest.prefix { $0 != " " }
                guard !value.isEmpty else { return nil }
                rest = rest.dropFirst(value.count)
            }
            list.others.append(String(key))
            list.values[String(key)] = String(value)
        }
        return list.id == nil && list.classes.isEmpty && list.others.isEmpty ? nil : list
    }
}
