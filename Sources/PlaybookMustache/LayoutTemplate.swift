import PlaybookCore

/// A Mustache template parsed once into a tree: tag names split at their
/// dots, standalone lines already removed, text kept as bytes. Partials and
/// parents are named here and resolved to templates by `LayoutEngine`.
public struct LayoutTemplate: Sendable {
    public let nodes: [Node]

    /// A dotted name, split once: `page.title` → [page, title]; `.` → [].
    public struct Name: Sendable, Equatable {
        public let parts: [String]

        init(_ text: Substring) {
            parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        }
    }

    public enum Node: Sendable {
        /// Template text, one line at most (a line's end is its last byte), so indented partials can indent each line.
        case text([UInt8])
        case variable(Name, escaped: Bool)
        // The cases with more than one reference are boxed (`indirect`): the renderer copies each node it visits, and
        // a copy is then one retain, not one a field.
        indirect case section(Name, [Node])
        indirect case inverted(Name, [Node])
        /// `{{> name}}`; `indentation` is what stood before a standalone tag on its line.
        indirect case partial(String, indentation: [UInt8], location: SourceLocation)
        /// `{{$name}}default{{/name}}`: a block a template that inherits this one may replace.
        /// `indentation` is set when the opening tag stands alone on its line: a replacement is indented there.
        indirect case block(String, [Node], indentation: [UInt8]?)
        /// `{{< name}}…{{/name}}`: the template `name`, with the blocks given here replacing its own.
        indirect case parent(String, blocks: [String: [Node]], indentation: [UInt8], location: SourceLocation)
    }

    public init(nodes: [Node]) {
        self.nodes = nodes
    }

    /// A template whose whole output is `text`.
    public init(literal text: String) {
        nodes = LayoutParser.lines(Array(text.utf8)[...]).map { .text($0) }
    }
}

/// Why a layout could not be parsed, and where.
public struct LayoutSyntaxError: Error, Sendable, Equatable {
    public var message: String
    public var line: Int
    public var column: Int
}

/// Mustache text → `LayoutTemplate`, as the spec reads it: tags `{{name}}`,
/// `{{{name}}}`, `{{&name}}`, sections, inverted sections, comments, partials,
/// set delimiters, and the inheritance module's parents and blocks. A tag that
/// stands alone on its line (all but variables) takes the line with it.
public struct LayoutParser {
    private let bytes: [UInt8]
    /// Catalogue strings for `{{i18n.key}}` tags, baked in at parse time; nil
    /// leaves such tags ordinary variables (as the spec reads them).
    private let messages: LayoutMessages?

    public init(_ text: String, messages: LayoutMessages? = nil) {
        bytes = Array(text.utf8)
        self.messages = messages
    }

    private enum Kind: UInt8 {
        case variable = 0
        case comment = 0x21  // !
        case section = 0x23  // #
        case inverted = 0x5E  // ^
        case close = 0x2F  // /
        case partial = 0x3E  // >
        case parent = 0x3C  // <
        case block = 0x24  // $
        case unescaped = 0x26  // &
        case triple = 0x7B  // {
        case delimiters = 0x3D  // =

        /// Tags that take their line with them when they stand alone on it.
        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped, .triple: false
            default: true
            }
        }
    }

    private struct Tag {
        var kind: Kind
        var name: Substring
        var indentation: [UInt8]
        /// The first tag of a line that stood alone.
        var standalone = false
        var offset: Int
        /// For a closing tag, the kind of tag it closes.
        var closes: Kind?

        /// The inheritance module's tags, which stand alone together: `{{<parent}}{{/parent}}`, `{{<parent}}{{$block}}`.
        var isInheritance: Bool {
            kind == .parent || kind == .block || closes == .parent || closes == .block
        }
    }

    private enum Token {
        /// Text, one line at most.
        case text(ArraySlice<UInt8>)
        case tag(Tag)
    }

    /// The template, or the first syntax error with its line and column (from 1, in `text`).
    public func parse(path: String = "") -> Result<LayoutTemplate, LayoutSyntaxError> {
        var unknown: [(key: String, location: SourceLocation)] = []
        return parse(path: path, unknownMessages: &unknown)
    }

    /// The same, and the catalogue keys the text names that the catalogue lacks, each where it is named.
    public func parse(
        path: String, unknownMessages: inout [(key: String, location: SourceLocation)]
    ) -> Result<LayoutTemplate, LayoutSyntaxError> {
        let tokens: [Token]
        switch tokenize() {
        case .success(let value): tokens = Self.removingStandaloneLines(value)
        case .failure(let error): return .failure(error)
        }
        var position = 0
        return tree(tokens, &position, closing: nil, path: path, unknown: &unknownMessages).map { LayoutTemplate(nodes: $0) }
    }

    // MARK: Tokens

    private func tokenize() -> Result<[Token], LayoutSyntaxError> {
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var tokens: [Token] = []
        var opened: [Kind] = []
        var position = 0
        let count = bytes.count
        func text(_ end: Int) {
            for line in Self.lineRanges(bytes[position..<end]) { tokens.append(.text(bytes[line])) }
        }
        while let tagStart = find(open, from: position) {
            var cursor = tagStart + open.count
            var kind = Kind.variable
            if cursor < count, let found = Kind(rawValue: bytes[cursor]), found != .variable {
                kind = found
                cursor += 1
            }
            let closing: [UInt8]
            switch kind {
            case .triple: closing = [0x7D] + close
            case .delimiters: closing = [0x3D] + close
            default: closing = close
            }
            guard let end = find(closing, from: cursor) else {
                return .failure(error("a tag is not closed with '\(String(decoding: close, as: UTF8.self))'", at: tagStart))
            }
            let content = trimmed(cursor, end)
            var tag = Tag(kind: kind, name: content, indentation: [], offset: tagStart)
            switch kind {
            case .delimiters:
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2, !parts[0].contains("="), !parts[1].contains("=") else {
                    return .failure(error("a set-delimiter tag needs two delimiters, like {{=<% %>=}}", at: tagStart))
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            case .section, .inverted, .parent, .block: opened.append(kind)
            case .close: tag.closes = opened.popLast()
            default: break
            }
            if kind != .comment && kind != .delimiters && content.isEmpty {
                return .failure(error("a tag without a name", at: tagStart))
            }
            text(tagStart)
            tokens.append(.tag(tag))
            position = end + closing.count
        }
        text(count)
        return .success(tokens)
    }

    /// A line of blanks and tags but no variable — one tag that may stand
    /// alone, or only the inheritance module's tags — is dropped with its
    /// blanks and its line end; what stood before the first tag is its indentation.
    private static func removingStandaloneLines(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var line: [Token] = []
        func flush() {
            var tags: [Tag] = []
            var blank = true
            for token in line {
                switch token {
                case .tag(let tag): tags.append(tag)
                case .text(let text): blank = blank && text.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
                }
            }
            let standalone =
                blank && !tags.isEmpty
                && (tags.count == 1 ? tags[0].kind.canStandAlone : tags.allSatisfy(\.isInheritance))
            guard standalone else {
                result += line
                line = []
                return
            }
            var indentation: [UInt8] = []
            if case .text(let leading)? = line.first { indentation = Array(leading.prefix { $0 == 0x20 || $0 == 0x09 }) }
            for (index, var tag) in tags.enumerated() {
                if index == 0 {
                    tag.indentation = indentation
                    tag.standalone = true
                }
                result.append(.tag(tag))
            }
            line = []
        }
        for token in tokens {
            line.append(token)
            if case .text(let text) = token, text.last == 0x0A { flush() }
        }
        flush()
        return result
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start <= bytes.count - needle.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    private func trimmed(_ start: Int, _ end: Int) -> Substring {
        var from = start
        var to = end
        while from < to, isBlank(bytes[from]) { from += 1 }
        while to > from, isBlank(bytes[to - 1]) { to -= 1 }
        return Substring(decoding: bytes[from..<to], as: UTF8.self)
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private func error(_ message: String, at offset: Int) -> LayoutSyntaxError {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return LayoutSyntaxError(message: message, line: line, column: column)
    }

    // MARK: Tree

    private func tree(
        _ tokens: [Token], _ position: inout Int, closing: Tag?, path: String,
        unknown: inout [(key: String, location: SourceLocation)]
    ) -> Result<[LayoutTemplate.Node], LayoutSyntaxError> {
        var nodes: [LayoutTemplate.Node] = []
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            guard case .tag(let tag) = token else {
                if case .text(let text) = token { nodes.append(.text(Array(text))) }
                continue
            }
            switch tag.kind {
            case .comment, .delimiters: continue
            case .variable, .unescaped, .triple:
                let escaped = tag.kind == .variable
                if let messages, tag.name.hasPrefix(LayoutMessages.prefix) {
                    let key = String(tag.name.dropFirst(LayoutMessages.prefix.count))
                    if let fragment = messages.nodes(key, escaped: escaped) {
                        nodes += fragment
                    } else {
                        unknown.append((key, location(of: tag, path)))
                    }
                } else {
                    nodes.append(.variable(.init(tag.name), escaped: escaped))
                }
            case .partial: nodes.append(.partial(String(tag.name), indentation: tag.indentation, location: location(of: tag, path)))
            case .section, .inverted, .block, .parent:
                let inner: [LayoutTemplate.Node]
                switch tree(tokens, &position, closing: tag, path: path, unknown: &unknown) {
                case .success(let value): inner = value
                case .failure(let error): return .failure(error)
                }
                switch tag.kind {
                case .section: nodes.append(.section(.init(tag.name), inner))
                case .inverted: nodes.append(.inverted(.init(tag.name), inner))
                case .block: nodes.append(.block(String(tag.name), inner, indentation: tag.standalone ? tag.indentation : nil))
                default:
                    var blocks: [String: [LayoutTemplate.Node]] = [:]
                    for node in inner {
                        if case .block(let name, let body, _) = node { blocks[name] = Self.unindented(body) }
                    }
                    nodes.append(.parent(String(tag.name), blocks: blocks, indentation: tag.indentation, location: location(of: tag, path)))
                }
            case .close:
                guard let closing else { return .failure(error("'\(tag.name)' is closed but was never opened", at: tag.offset)) }
                guard closing.name == tag.name else {
                    return .failure(error("'\(closing.name)' is closed with '\(tag.name)'", at: tag.offset))
                }
                return .success(nodes)
            }
        }
        if let closing { return .failure(error("'\(closing.name)' is opened but never closed", at: closing.offset)) }
        return .success(nodes)
    }

    private func location(of tag: Tag, _ path: String) -> SourceLocation {
        let error = error("", at: tag.offset)
        return SourceLocation(path: path, line: error.line, column: error.column)
    }

    /// A replacement block as written, without the indentation of its first
    /// line: it is indented where it is used instead.
    static func unindented(_ body: [LayoutTemplate.Node]) -> [LayoutTemplate.Node] {
        guard case .text(let first)? = body.first else { return body }
        let indentation = first.prefix { $0 == 0x20 || $0 == 0x09 }
        guard !indentation.isEmpty else { return body }
        var atLineStart = true
        return body.map { node in
            guard case .text(let line) = node else {
                atLineStart = false
                return node
            }
            defer { atLineStart = line.last == 0x0A }
            return atLineStart && line.starts(with: indentation) ? .text(Array(line.dropFirst(indentation.count))) : node
        }
    }

    /// The ranges of `text`'s lines, each with its line end.
    static func lineRanges(_ text: ArraySlice<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = text.startIndex
        for index in text.indices where text[index] == 0x0A {
            ranges.append(start..<(index + 1))
            start = index + 1
        }
        if start < text.endIndex { ranges.append(start..<text.endIndex) }
        return ranges
    }

    /// `text` cut after each line's end.
    static func lines(_ text: ArraySlice<UInt8>) -> [[UInt8]] {
        lineRanges(text).map { Array(text[$0]) }
    }
}
