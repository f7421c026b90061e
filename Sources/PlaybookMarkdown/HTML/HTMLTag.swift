/// One start tag as `HTMLTokenizer` read it, `<img src="a.png" alt=x>`: what
/// the sanitizer decides on and writes again, never the text as written.
package struct HTMLTag: Equatable {
    /// In lower case.
    package var name: String
    package var attributes: [Attribute]
    /// Written `<br/>`: only void elements take it as closed (HTML ignores the slash on others).
    package var selfClosing: Bool
    /// Where the `<` is, in UTF-8 bytes from the start of the tokenized text.
    package var offset: Int

    package struct Attribute: Equatable {
        /// In lower case.
        package var name: String
        /// As written, entities not decoded, quotes removed; nil for `<details open>`.
        package var value: String?
        /// Where the name starts, in UTF-8 bytes from the start of the tokenized text: for messages.
        package var offset: Int
        /// Where the value is written, quotes included: `raw_html: true` rewrites URLs in place.
        package var valueRange: Range<Int>?

        /// Where the value itself starts (after its quote), or the name when it has none: a URL's place in messages.
        package var valueOffset: Int {
            guard let valueRange else { return offset }
            return valueRange.lowerBound + (value.map { valueRange.count > $0.utf8.count } == true ? 1 : 0)
        }

        package init(name: String, value: String?, offset: Int, valueRange: Range<Int>? = nil) {
            self.name = name
            self.value = value
            self.offset = offset
            self.valueRange = valueRange
        }
    }

    package init(name: String, attributes: [Attribute] = [], selfClosing: Bool = false, offset: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.selfClosing = selfClosing
        self.offset = offset
    }
}
