import PlaybookCore

/// An attribute list right after an image (`![Plan](plan.png){ width="600" }`,
/// as MkDocs, kramdown, Hugo and Pandoc write it) sizes the image: `width` and
/// `height` in pixels are kept; anything else (classes, ids, styles, other
/// units) is dropped with a warning, and the list is never shown. Runs after
/// `LinkPass`, so the image's address is already the page's own.
package struct ImageAttributePass {
    package func run(_ context: MarkdownPassContext) {
        let document = context.document
        for image in document.descendants(ofKind: .image) {
            guard let text = image.next, text.kind == .text, text.literalPrefix(1) == [UInt8(ascii: "{")],
                let literal = text.literal, let (attributes, rest) = AttributeList.leading(literal)
            else { continue }
            let location = context.location(of: text)
            if rest.isEmpty { text.remove() } else { text.literal = rest }
            var kept: [(String, String)] = []
            var dropped: [String] = []
            if let id = attributes.id { dropped.append("#" + id) }
            dropped += attributes.classes.map { "." + $0 }
            for key in attributes.others {
                let value = attributes.values[key] ?? ""
                if key == "width" || key == "height", let pixels = Self.pixels(value) {
                    kept.append((key, pixels))
                } else {
                    dropped.append("\(key)=\"\(value)\"")
                }
            }
            if !dropped.isEmpty {
                context.report(
                    .warning(
                        location,
                        "image attribute \(dropped.map { "'\($0)'" }.joined(separator: ", ")) dropped: "
                            + "an image keeps only width and height, in pixels ({ width=\"600\" })"))
            }
            guard !kept.isEmpty else { continue }
            // libcmark writes <img> without room for more attributes: the same element, written here with them.
            var html = "<img src=\"\((image.url ?? "").htmlEscaped)\" alt=\"\(image.plainText.htmlEscaped)\""
            if let title = image.title, !title.isEmpty { html += " title=\"\(title.htmlEscaped)\"" }
            for (key, value) in kept { html += " \(key)=\"\(value)\"" }
            html += " />"
            guard let sized = document.makeCustomInline(onEnter: html, onExit: "") else { continue }
            image.insertBefore(sized)
            image.remove()
        }
    }

    /// `600` or `600px` as `600`; nil for any other unit or text.
    private static func pixels(_ value: String) -> String? {
        let number = value.hasSuffix("px") ? value.dropLast(2) : Substring(value)
        guard !number.isEmpty, number.count <= 5, number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(number)
    }

    package init() {
    }
}
