/// What `HTMLSanitizer` keeps of raw HTML, like GitHub's sanitizer: the
/// elements of text, tables, images and folding sections, and of their
/// attributes only those that carry no script or style.
package enum HTMLAllowList {
    package static let elements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
        "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub",
        "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
    ]

    /// Written without a closing tag.
    package static let void: Set<String> = ["br", "col", "hr", "img", "wbr"]

    /// Dropped with everything inside them: what runs, styles, embeds or draws.
    package static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "applet", "noscript", "noembed", "noframes", "frameset", "frame", "template",
        "textarea", "title", "xmp", "svg", "math", "select", "audio", "video", "canvas",
    ]

    /// Attributes every kept element may have.
    static let global: Set<String> = ["title", "lang", "dir", "id"]

    /// And those of particular elements.
    static let byElement: [String: Set<String>] = [
        "a": ["href", "name"], "img": ["src", "alt", "width", "height", "align"], "td": ["colspan", "rowspan", "align"],
        "th": ["colspan", "rowspan", "align", "scope"], "ol": ["start", "type", "reversed"], "ul": ["type"], "li": ["value"],
        "details": ["open"], "time": ["datetime"], "col": ["span", "width"], "colgroup": ["span", "width"], "p": ["align"],
        "div": ["align"], "h1": ["align"], "h2": ["align"], "h3": ["align"], "h4": ["align"], "h5": ["align"], "h6": ["align"],
        "table": ["align"], "tr": ["align"],
    ]

    /// Whether `attribute` of `element` is kept with `value`: sizes only as numbers, no character of markup in an id.
    package static func allows(_ attribute: String, in element: String, value: String) -> Bool {
        guard global.contains(attribute) || byElement[element]?.contains(attribute) == true else { return false }
        switch attribute {
        case "width", "height", "colspan", "rowspan", "span", "start", "value":
            return !value.isEmpty && value.count <= 6 && value.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "%") }
        default:
            return true
        }
    }

    /// The attributes that hold a URL, resolved like a Markdown link's.
    package static func isURL(_ attribute: String, in element: String) -> Bool {
        (attribute == "href" && element == "a") || (attribute == "src" && element == "img")
    }
}
