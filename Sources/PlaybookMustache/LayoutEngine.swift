import PlaybookCore

/// Named templates, parsed once, and the renderer over them: a layout is
/// rendered straight into a byte buffer, each tag a lookup by name in the
/// context stack of `LayoutValue`s and a switch over the value found.
public struct LayoutEngine: Sendable {
    public private(set) var templates: [String: LayoutTemplate]

    public init(templates: [String: LayoutTemplate] = [:]) {
        self.templates = templates
    }

    public mutating func register(_ template: LayoutTemplate, named name: String) {
        templates[name] = template
    }

    /// Every partial and parent named in `name`'s template that is not a template here, with its place.
    public func unknownPartials() -> [(name: String, location: SourceLocation)] {
        var found: [(String, SourceLocation)] = []
        func walk(_ nodes: [LayoutTemplate.Node]) {
            for node in nodes {
                switch node {
                case .partial(let name, _, let location):
                    if templates[name] == nil { found.append((name, location)) }
                case .parent(let name, let blocks, _, let location):
                    if templates[name] == nil { found.append((name, location)) }
                    for (_, body) in blocks.sorted(by: { $0.key < $1.key }) { walk(body) }
                case .section(_, let inner), .inverted(_, let inner), .block(_, let inner, _): walk(inner)
                case .text, .variable: break
                }
            }
        }
        for name in templates.keys.sorted() { walk(templates[name]?.nodes ?? []) }
        return found
    }

    /// The template `name` applied to `context`, or nil if there is no such template. It stops
    /// after visiting `budget` nodes: a layout whose partials include one another twice over
    /// would otherwise never end (a page of the default theme visits a few hundred, the
    /// accounts page of a 5,000-account team some 100,000).
    public func render(_ name: String, context: LayoutValue, budget: Int = 10_000_000) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = Renderer(engine: self, context: context)
        renderer.budget = budget
        renderer.render(template.nodes)
        return renderer.output
    }

    public func render(_ name: String, context: LayoutFields) -> [UInt8]? {
        render(name, context: .fields(context))
    }
}

/// One rendering: the output so far, the context stack, the blocks in force
/// and the indentation of the standalone partials being rendered.
private struct Renderer {
    let engine: LayoutEngine
    var output: [UInt8] = []
    var stack: [LayoutValue]
    var blocks: [String: [LayoutTemplate.Node]] = [:]
    var indentation: [UInt8] = []
    /// Partials and parents being rendered: a template that includes itself stops somewhere.
    var depth = 0
    /// Nodes the rendering may still visit.
    var budget = 0

    init(engine: LayoutEngine, context: LayoutValue) {
        self.engine = engine
        stack = [context]
        output.reserveCapacity(16_384)
    }

    mutating func render(_ nodes: [LayoutTemplate.Node]) {
        for node in nodes {
            budget -= 1
            guard budget > 0 else { return }
            switch node {
            case .text(let bytes):
                indentIfAtLineStart()
                output.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                guard let value = lookup(name) else { continue }
                write(value, escaped: escaped)
            case .section(let name, let inner):
                guard let value = lookup(name) else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(inner)
                        stack.removeLast()
                    }
                case .bool(let flag):
                    if flag { render(inner) }
                case .null: break
                default:
                    stack.append(value)
                    render(inner)
                    stack.removeLast()
                }
            case .inverted(let name, let inner):
                let value = lookup(name)
                switch value {
                case .list(let items)?: if items.isEmpty { render(inner) }
                case .bool(let flag)?: if !flag { render(inner) }
                case .null?, nil: render(inner)
                default: break
                }
            case .partial(let name, let indent, _):
                guard depth < 100, let template = engine.templates[name] else { continue }
                nested(indent: indent, blocks: blocks) { $0.render(template.nodes) }
            case .block(let name, let body, let indentation):
                guard let replacement = blocks[name] else {
                    render(body)
                    continue
                }
                guard let indentation else {
                    render(replacement)
                    continue
                }
                // A block alone on its line takes the replacement's lines, each indented as the
                // tag is (as its default content is when the tag is not) and each ending its line.
                var indent = indentation
                if indent.isEmpty, case .text(let first)? = body.first, first.first == 0x20 || first.first == 0x09 {
                    indent = Array(first.prefix { $0 == 0x20 || $0 == 0x09 })
                }
                nested(indent: indent, blocks: blocks) { $0.render(replacement) }
                if output.last != 0x0A { output.append(0x0A) }
            case .parent(let name, let given, let indent, _):
                guard depth < 100, let template = engine.templates[name] else { continue }
                // Blocks already in force win over the ones given here: the outermost template decides.
                var merged = given
                for (key, body) in blocks { merged[key] = body }
                nested(indent: indent, blocks: merged) { $0.render(template.nodes) }
            }
        }
    }

    private mutating func nested(indent: [UInt8], blocks inner: [String: [LayoutTemplate.Node]], _ body: (inout Renderer) -> Void) {
        let (savedIndentation, savedBlocks) = (indentation, blocks)
        indentation += indent
        blocks = inner
        depth += 1
        body(&self)
        depth -= 1
        (indentation, blocks) = (savedIndentation, savedBlocks)
    }

    /// Inside an indented partial, each line starts with its indentation.
    private mutating func indentIfAtLineStart() {
        if !indentation.isEmpty, output.last == 0x0A || output.isEmpty {
            output.append(contentsOf: indentation)
        }
    }

    private func lookup(_ name: LayoutTemplate.Name) -> LayoutValue? {
        guard let first = name.parts.first else { return stack.last }
        var found: LayoutValue?
        for index in stack.indices.reversed() {
            if case .fields(let fields) = stack[index], let child = fields.value(named: first) {
                found = child
                break
            }
        }
        guard var current = found else { return nil }
        for part in name.parts.dropFirst() {
            guard case .fields(let fields) = current, let child = fields.value(named: part) else { return nil }
            current = child
        }
        return current
    }

    private mutating func write(_ value: LayoutValue, escaped: Bool) {
        switch value {
        case .text(let text):
            guard !text.isEmpty else { return }
            indentIfAtLineStart()
            if escaped { appendEscaped(text) } else { output.append(contentsOf: text.utf8) }
        case .int(let number):
            indentIfAtLineStart()
            output.append(contentsOf: String(number).utf8)
        case .double(let number):
            indentIfAtLineStart()
            output.append(contentsOf: "\(number)".utf8)
        case .bool(let flag):
            indentIfAtLineStart()
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list(let items):
            // As a list describes itself; no layout shows one whole.
            indentIfAtLineStart()
            let text = "[" + items.map { Self.describe($0) }.joined(separator: ", ") + "]"
            if escaped { appendEscaped(text) } else { output.append(contentsOf: text.utf8) }
        case .fields, .null: return
        }
    }

    private static func describe(_ value: LayoutValue) -> String {
        switch value {
        case .text(let text): "\"\(text)\""
        case .int(let number): String(number)
        case .double(let number): "\(number)"
        case .bool(let flag): flag ? "true" : "false"
        case .list(let items): "[" + items.map(describe).joined(separator: ", ") + "]"
        case .fields: "{…}"
        case .null: "nil"
        }
    }

    /// The five characters HTML needs escaped, as `htmlEscaped` escapes them, by one scan of the bytes.
    private mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte & 0xE0 == 0x20 else { continue }
                let entity: StaticString
                switch byte {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                entity.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
