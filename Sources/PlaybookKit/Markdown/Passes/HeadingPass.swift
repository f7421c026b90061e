import Foundation

/// Gives every heading an id a link can point at (`#the-commitment-objective`,
/// `#承诺目标`), numbering repeats, and returns the outline for the table of contents.
struct HeadingPass {
    func run(_ context: MarkdownPassContext) -> [Heading] {
        let document = context.document
        var headings: [Heading] = []
        for heading in document.root.descendants(ofKind: .heading) {
            let text = heading.plainText.trimmingSpaces()
            let id = context.uniqueID(Self.slug(text))
            let level = heading.headingLevel
            headings.append(Heading(level: level, text: text, id: id, line: document.fileLine(heading.startLine)))
            // libcmark writes <hN> without attributes: a custom inline carries the id.
            guard let block = document.makeCustomBlock(onEnter: "", onExit: ""),
                  let tag = document.makeCustomInline(onEnter: "<h\(level) id=\"\(id.htmlEscaped)\">", onExit: "</h\(level)>") else { continue }
            for child in heading.children {
                child.unlink()
                tag.append(child)
            }
            block.append(tag)
            heading.insertBefore(block)
            heading.remove()
        }
        return headings
    }

    /// Lower case; letters of any script and digits kept; spaces become `-`;
    /// other punctuation dropped; "section" when nothing is left.
    static func slug(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, byte by byte: the same rules without the Unicode tables.
            var out: [UInt8] = []
            for byte in text.utf8 {
                let lower = byte.asciiLowercased
                switch lower {
                case UInt8(ascii: " "), UInt8(ascii: "-"): out.append(UInt8(ascii: "-"))
                case UInt8(ascii: "_"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(lower)
                default: break
                }
            }
            return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
        }
        // ASCII and characters without case (Chinese) are lowered here; any other text through the Unicode tables.
        let lowered = text.unicodeScalars.allSatisfy { $0.isASCII || $0.hasNoCase } ? text : text.lowercased()
        var out = String.UnicodeScalarView()
        for var scalar in lowered.unicodeScalars {
            if scalar.isASCII { scalar = Unicode.Scalar(UInt8(scalar.value).asciiLowercased) }
            if scalar == " " || scalar == "-" {
                out.append("-")
            } else if scalar == "_" || scalar.isLetterOrDigit {
                out.append(scalar)
            }
        }
        let slug = String(out)
        return slug.isEmpty ? "section" : slug
    }
}
