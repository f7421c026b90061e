/// What `HTMLSanitizer` keeps of raw HTML, like GitHub's sanitizer: the
/// elements of text, tables, images and folding sections, and of their
/// attributes only those that carry no script or style.
package enum HTMLAllowList {
    package static let elements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "data", "dd", "del",
        "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
        "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "source", "span", "strike",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
    ]

    /// Written without a closing tag, and never open.
    package static let void: Set<String> = ["br", "col", "hr", "img", "source", "wbr"]

    /// Dropped with everything inside them: what runs, styles, embeds or draws, and what has markup of its own.
    package static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "applet", "noscript", "noembed", "noframes", "frameset", "template", "textarea", "title",
        "xmp", "plaintext", "svg", "math", "select", "audio", "video", "canvas",
    ]

    /// Attributes every kept element may have.
    static let global: Set<String> = ["title", "lang", "dir", "id", "align", "aria-label", "aria-hidden"]

    /// And those of particular elements.
    static let byElement: [String: Set<String>] = [
        "a": ["href", "name", "hreflang"], "img": ["src", "srcset", "sizes", "alt", "width", "height", "loading"],
        "source": ["srcset", "sizes", "media", "type", "width", "height"], "table": ["width"], "col": ["span", "width"],
        "colgroup": ["span", "width"], "td": ["colspan", "rowspan", "headers", "width", "valign"],
        "th": ["colspan", "rowspan", "headers", "scope", "width", "valign"], "ol": ["start", "type", "reversed"], "ul": ["type"],
        "li": ["value"], "details": ["open"], "blockquote": ["cite"], "q": ["cite"], "del": ["cite", "datetime"],
        "ins": ["cite", "datetime"], "time": ["datetime"], "data": ["value"],
    ]

    /// The attributes that hold one URL, resolved like a Markdown link's (`srcset` holds several).
    package static let urlAttributes: Set<String> = ["href", "src", "cite"]

    /// Whether `attribute` of `element` is kept with `value` (references read): sizes and counts only as numbers.
    package static func allows(_ attribute: String, in element: String, value: String) -> Bool {
        guard global.contains(attribute) || byElement[element]?.contains(attribute) == true else { return false }
        switch attribute {
        case "width", "height", "colspan", "rowspan", "span", "start":
            return isNumber(value)
        case "value":
            return element != "li" || isNumber(value)
        default:
            return true
        }
    }

    /// Whether the ids it gives (`id`, and `name` on `a`) are kept, so a link's `#fragment` may name them.
    package static func isAnchor(_ attribute: String, in element: String) -> Bool {
        attribute == "id" || (attribute == "name" && element == "a")
    }

    private static func isNumber(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.count <= 6 && value.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "%") }
    }
}
