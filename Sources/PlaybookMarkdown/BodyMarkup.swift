import PlaybookCore
import PlaybookMustache

/// What the Markdown passes put around what they make — a callout's box, a
/// checklist's frame, each item's checkbox — laid out once a build by the
/// theme's partials (`partials/callout`, `partials/checklist`,
/// `partials/task`) with marks where a page's values go: a page fills the
/// marks, no layout runs per callout or item. Values are the project's own
/// (ids, counts) or escaped (a callout's title).
public struct BodyMarkup: Sendable {
    public static let calloutLayout = "partials/callout"
    public static let checklistLayout = "partials/checklist"
    public static let taskLayout = "partials/task"
    public static let footnoteLayouts = (
        reference: "partials/footnote-ref", list: "partials/footnotes", item: "partials/footnote", back: "partials/footnote-backref"
    )

    /// Text before and after what it wraps, each with marks to fill.
    public struct Wrap: Sendable {
        public var open: Marked
        public var close: Marked

        static let none = Wrap(open: Marked(""), close: Marked(""))
    }

    /// Text with marks (`\u{1}name\u{1}`) where values go.
    public struct Marked: Sendable {
        /// Text, mark, text, mark, …, text.
        private let pieces: [String]
        /// The bytes of the text without its marks: room for the filled text.
        private let textBytes: Int

        init(_ text: String) {
            pieces = text.split(separator: Self.mark, omittingEmptySubsequences: false).map(String.init)
            textBytes = pieces.enumerated().reduce(0) { $0 + ($1.offset % 2 == 0 ? $1.element.utf8.count : 0) }
        }

        static let mark: Character = "\u{1}"

        /// The text with each mark replaced by its value (a mark without one by nothing). Pairs, not a
        /// dictionary: a page fills a few marks per checklist item, and hashing their names cost more than the rest.
        public func filled(_ values: KeyValuePairs<String, String>) -> String {
            guard pieces.count > 1 else { return pieces.first ?? "" }
            var text = ""
            text.reserveCapacity(textBytes + values.reduce(0) { $0 + $1.value.utf8.count })
            for index in pieces.indices {
                if index % 2 == 0 {
                    text += pieces[index]
                } else if let value = values.first(where: { $0.key == pieces[index] })?.value {
                    text += value
                }
            }
            return text
        }
    }

    /// By kind (`note`, `tip`, …) and whether it folds: with the author's title, and with the theme's title for the kind.
    var callouts: [CalloutForm: Wrap] = [:]
    var untitledCallouts: [CalloutForm: Wrap] = [:]

    struct CalloutForm: Hashable {
        var kind: String
        var collapsible: CalloutMarker.Collapsible
    }
    var checklist = Wrap.none
    var task = Wrap.none
    var checkedTask = Wrap.none
    /// A footnote's number in the text (marks `target`, `id`, `number`), the list at the end, one footnote
    /// (mark `id`), the link back to its first reference (mark `target`) and to a later one (and its `number`).
    var footnoteReference = Marked("")
    var footnoteList = Wrap.none
    var footnote = Wrap.none
    var footnoteBack = Marked("")
    var footnoteBackAgain = Marked("")

    /// No markup at all: for Markdown outside a site (what the passes wrap is kept, nothing is put around it).
    public init() {}

    /// The theme's markup, from `engine`'s partials; a partial it lacks wraps nothing.
    public init(engine: LayoutEngine) {
        func mark(_ name: String) -> LayoutValue { .text("\(Marked.mark)\(name)\(Marked.mark)") }
        /// `block`: the partial wraps blocks, whose line ends around the wrapped part are libcmark's to make.
        func wrap(_ layout: String, _ context: LayoutFields, around hole: String, block: Bool = true) -> Wrap {
            guard let bytes = engine.render(layout, context: context) else { return .none }
            let text = String(decoding: bytes, as: UTF8.self)
            let split = text.components(separatedBy: "\(Marked.mark)\(hole)\(Marked.mark)")
            guard split.count == 2 else { return Wrap(open: Marked(text), close: Marked("")) }
            var open = Substring(split[0])
            if block { while open.last == "\n" { open = open.dropLast() } }
            var close = Substring(split[1])
            if close.last == "\n" { close = close.dropLast() }
            if block { while close.first == "\n" { close = close.dropFirst() } }
            return Wrap(open: Marked(String(open)), close: Marked(String(close)))
        }
        for kind in CalloutPass.kinds.sorted().map({ $0.lowercased() }) {
            for collapsible in [CalloutMarker.Collapsible.no, .closed, .open] {
                let form = CalloutForm(kind: kind, collapsible: collapsible)
                var titled: LayoutFields = ["collapsible": collapsible != .no, "open": collapsible == .open]
                var untitled = titled
                titled.add(["kind": kind, "title": mark("title"), "body": mark("body")])
                untitled.add(["kind": kind, "is_" + kind: true, "title": false, "body": mark("body")])
                callouts[form] = wrap(Self.calloutLayout, titled, around: "body")
                untitledCallouts[form] = wrap(Self.calloutLayout, untitled, around: "body")
            }
        }
        checklist = wrap(
            Self.checklistLayout, ["id": mark("id"), "done": mark("done"), "total": mark("total"), "list": mark("list")], around: "list")
        task = wrap(Self.taskLayout, ["id": mark("id"), "checked": false, "label": mark("label")], around: "label", block: false)
        checkedTask = wrap(Self.taskLayout, ["id": mark("id"), "checked": true, "label": mark("label")], around: "label", block: false)
        let layouts = Self.footnoteLayouts
        footnoteReference =
            wrap(layouts.reference, ["target": mark("target"), "id": mark("id"), "number": mark("number")], around: "").open
        footnoteList = wrap(layouts.list, ["list": mark("list")], around: "list")
        footnote = wrap(layouts.item, ["id": mark("id"), "body": mark("body")], around: "body")
        footnoteBack = wrap(layouts.back, ["target": mark("target"), "number": false], around: "").open
        footnoteBackAgain = wrap(layouts.back, ["target": mark("target"), "number": mark("number")], around: "").open
    }

    /// The box of a callout of `kind`; `titled` when the author gave its title.
    /// `collapsible`: a `<details>` box (MkDocs's `???`), closed or open at first.
    package func callout(_ kind: String, titled: Bool, collapsible: CalloutMarker.Collapsible = .no) -> Wrap {
        let form = CalloutForm(kind: kind, collapsible: collapsible)
        return (titled ? callouts[form] : untitledCallouts[form]) ?? .none
    }
    public func checklistFrame() -> Wrap { checklist }
    package func footnoteMarkup() -> (reference: Marked, list: Wrap, item: Wrap, back: Marked, backAgain: Marked) {
        (footnoteReference, footnoteList, footnote, footnoteBack, footnoteBackAgain)
    }
    public func checkbox(checked: Bool) -> Wrap { checked ? checkedTask : task }
}
