import PlaybookCore

/// Callouts as MkDocs, Docusaurus/VuePress, GitBook and Hugo's themes write
/// them: a marker line, then a body that is Markdown — which CommonMark reads
/// as a paragraph of marker text and, for MkDocs's indented body, a code block.
///
/// The markers are found on the tree (the first line of a paragraph, never
/// inside code), then the body is read again as its authors meant: the marker
/// line becomes an anchor comment, the closing line a blank one, an indented
/// body moves left by its four columns, every line keeps its number (and the
/// columns taken off are remembered, so messages keep their column). Bodies
/// that hold markers of their own are read again until none is left. Then
/// each anchor becomes the theme's callout box holding its body's blocks.
package struct ContainerCalloutPass {
    /// One callout found: its marker, the body line where it opened, and its body lines.
    package struct Region {
        package var marker: CalloutMarker
        package var open: Int
        package var column: Int
        package var lastBodyLine: Int
    }

    /// What was found, for `wrap`.
    package private(set) var regions: [Region] = []
    /// Problems found before there is a context to report them in: file line, column, message.
    private var problems: [(line: Int, column: Int, message: String)] = []
    /// Marker lines already warned about: a marker left as written is seen again in each round.
    private var warned: Set<Int> = []

    /// A comment libcmark keeps as its own HTML block where a marker was: an anchor `wrap` finds again.
    private static let anchorPrefix = "<!--playbook-callout-"

    /// `document` read again with its callouts' bodies as Markdown, or nil when it has none (most pages).
    package mutating func reread(_ document: MarkdownDocument) -> MarkdownDocument? {
        var current = document
        for _ in 0..<16 {  // each round reveals the callouts inside MkDocs bodies; sixteen deep is past any real page
            let found = markers(in: current)
            guard !found.isEmpty else { break }
            var edits = LineEdits(current)
            for (index, region) in found.enumerated() {
                edits.replace(line: region.open, from: region.column, with: "\(Self.anchorPrefix)\(regions.count + index)-->")
                switch region.marker.syntax {
                case .indented:
                    for line in (region.open + 1)..<(max(region.open, region.lastBodyLine) + 1) {
                        edits.unindent(line: line, from: region.column)
                    }
                case .fenced:
                    let close = region.lastBodyLine + 1
                    let line = current.line(close)
                    edits.replace(line: close, from: min(region.column, line.utf8.count + 1), with: "")
                }
            }
            regions += found
            guard let reread = edits.reread() else { return nil }
            current = reread
        }
        return regions.isEmpty ? nil : current
    }

    /// Puts each callout's body in the theme's box, and reports what was found wrong.
    package func wrap(_ context: MarkdownPassContext) {
        let document = context.document
        for problem in problems {
            context.report(.warning(SourceLocation(path: context.sourcePath, line: problem.line, column: problem.column), problem.message))
        }
        guard !regions.isEmpty else { return }
        for anchor in document.descendants(ofKind: .htmlBlock) {
            guard let literal = anchor.literal, literal.hasPrefix(Self.anchorPrefix),
                let number = Int(literal.dropFirst(Self.anchorPrefix.count).prefix(while: { $0.isNumber })), number < regions.count
            else { continue }
            let region = regions[number]
            let marker = region.marker
            let wrap = context.markup.callout(marker.kind ?? "note", titled: !marker.title.isEmpty, collapsible: marker.collapsible)
            guard
                let box = document.makeCustomBlock(
                    onEnter: wrap.open.filled(["title": marker.title.htmlEscaped]), onExit: wrap.close.filled([:]))
            else { continue }
            anchor.insertBefore(box)
            var next = anchor.next
            while let node = next, node.startLine > region.open, node.startLine <= region.lastBodyLine {
                next = node.next
                node.unlink()
                box.append(node)
            }
            anchor.remove()
        }
    }

    // MARK: Finding markers

    /// The callouts whose markers open a paragraph of `document`, outermost first.
    private mutating func markers(in document: MarkdownDocument) -> [Region] {
        var found: [Region] = []
        for paragraph in document.descendants(ofKind: .paragraph) {
            guard let first = paragraph.firstChild, first.kind == .text, let byte = first.literalPrefix(1)?.first,
                byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "{")
            else { continue }
            let open = paragraph.startLine
            let column = paragraph.startColumn
            let line = document.line(open)
            guard column >= 1, line.utf8.count >= column else { continue }
            let text = Substring(line.utf8.dropFirst(column - 1))
            guard let marker = CalloutMarker.opening(text) else { continue }
            // A marker inside the body of one found in this round waits for the next: its lines may still move.
            if found.contains(where: { open > $0.open && open <= $0.lastBodyLine && $0.marker.syntax == .indented }) { continue }
            if marker.kind == nil, warned.insert(open).inserted {
                problems.append(
                    (
                        document.fileLine(open), column + (document.columnShifts[open] ?? 0),
                        "\(marker.tool) callout type '\(marker.type)' is not one Playbook knows: shown as a note "
                            + "(known: note, info, tip, success, important, warning, danger, caution …)"
                    ))
            }
            switch marker.syntax {
            case .indented:
                found.append(
                    Region(marker: marker, open: open, column: column, lastBodyLine: Self.indentedBodyEnd(paragraph, column, document)))
            case .fenced:
                guard let close = closingLine(of: marker, after: paragraph, column: column, document) else {
                    if warned.insert(open).inserted {
                        problems.append(
                            (
                                document.fileLine(open), column + (document.columnShifts[open] ?? 0),
                                "\(marker.tool) callout '\(text)' is never closed: add its closing line"
                            ))
                    }
                    continue
                }
                // Regions nest or stand apart; one that would cross another is left as written.
                if found.contains(where: { open > $0.open && open <= $0.lastBodyLine && close > $0.lastBodyLine }) { continue }
                found.append(Region(marker: marker, open: open, column: column, lastBodyLine: close - 1))
            }
        }
        return found
    }

    /// The last line of an indented body: the marker paragraph's own lines, then the code blocks indented under it.
    package static func indentedBodyEnd(_ paragraph: MarkdownNode, _ column: Int, _ document: MarkdownDocument) -> Int {
        var last = paragraph.endLine
        var next = paragraph.next
        while let node = next, node.kind == .codeBlock, LineEdits.indentation(of: document.line(node.startLine), from: column - 1) >= 4 {
            last = node.endLine
            next = node.next
        }
        return last
    }

    /// The line that closes `marker`: the first after it, among the blocks beside its paragraph (a list's
    /// last item holds it as a lazy line), that is the closing marker where the opening one stood; never inside code.
    private func closingLine(of marker: CalloutMarker, after paragraph: MarkdownNode, column: Int, _ document: MarkdownDocument) -> Int? {
        var candidate: MarkdownNode? = paragraph
        while let node = candidate {
            candidate = node.next
            guard node.kind != .codeBlock, node.kind != .htmlBlock else { continue }
            var code = node.descendants(ofKind: .codeBlock).map { $0.startLine...$0.endLine }
            code += node.descendants(ofKind: .htmlBlock).map { $0.startLine...$0.endLine }
            for number in max(node.startLine, paragraph.startLine + 1)...max(node.startLine, node.endLine)
            where number > paragraph.startLine && number <= node.endLine && !code.contains(where: { $0.contains(number) }) {
                let line = document.line(number)
                guard line.utf8.count >= column else { continue }
                if marker.closes(Substring(line.utf8.dropFirst(column - 1))), LineEdits.indentation(of: line, from: column - 1) == 0 {
                    return number
                }
            }
        }
        return nil
    }

    package init() {
    }
}
