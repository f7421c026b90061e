import PlaybookCore
import Yams

/// Reads a page's front matter, checking each known key's type; every mistake
/// is an error at the line of its value, and all of them are reported.
package struct FrontMatterParser {
    package let reader: YAMLReader

    package init(path: String, firstLine: Int) {
        reader = YAMLReader(path: path, firstLine: firstLine)
    }

    /// A front matter read, with the nodes Yams composed when it was read through Yams.
    package struct Parsed {
        package var frontMatter = FrontMatter()
        package var diagnostics: [Diagnostic] = []
        /// Set when the text went through Yams: nodes that know their places in the file.
        package var nodes: Node?
    }

    package func parse(_ yaml: String) -> (FrontMatter, [Diagnostic]) {
        let parsed = read(yaml, keepingNodes: { _ in false })
        return (parsed.frontMatter, parsed.diagnostics)
    }

    /// Reads `yaml`; when `keepingNodes` says the front matter read needs more
    /// of it (a filled sheet's fields), the result holds Yams's nodes too.
    package func read(_ yaml: String, keepingNodes: (FrontMatter) -> Bool) -> Parsed {
        // The common shape is read without libyaml; its nodes know no places,
        // so front matter with any mistake is read again by Yams to report it.
        if let flat = FlatMapping(yaml) {
            let (frontMatter, diagnostics) = read(flat.root) { index, _ in flat.keyLines[index] + reader.firstLine - 1 }
            if diagnostics.isEmpty && !keepingNodes(frontMatter) { return Parsed(frontMatter: frontMatter) }
        }
        return throughYams(yaml)
    }

    /// `parse` with every text read by Yams: what the shortcut must agree with.
    package func parseThroughYams(_ yaml: String) -> (FrontMatter, [Diagnostic]) {
        let parsed = throughYams(yaml)
        return (parsed.frontMatter, parsed.diagnostics)
    }

    private func throughYams(_ yaml: String) -> Parsed {
        switch reader.compose(yaml) {
        case .failure(let error): return Parsed(diagnostics: [error])
        case .success(nil): return Parsed()
        case .success(let root?):
            let (frontMatter, diagnostics) = read(root) { _, keyNode in reader.location(of: keyNode).line }
            return Parsed(frontMatter: frontMatter, diagnostics: diagnostics, nodes: root)
        }
    }

    /// The front matter in `root`; `keyLine` gives the file line of the key of the pair at an index.
    private func read(_ root: Node, keyLine: (Int, Node) -> Int) -> (FrontMatter, [Diagnostic]) {
        var frontMatter = FrontMatter()
        var diagnostics: [Diagnostic] = []
        let pairs: [(key: String, keyNode: Node, value: Node)]
        switch reader.mapping(root, what: "front matter") {
        case .failure(let error): return (frontMatter, [error])
        case .success(let value): pairs = value
        }

        func take<T>(_ result: Result<T, Diagnostic>, into assign: (T) -> Void) {
            switch result {
            case .success(let value): assign(value)
            case .failure(let error): diagnostics.append(error)
            }
        }

        for (index, (key, keyNode, value)) in pairs.enumerated() {
            frontMatter.lines[key] = keyLine(index, keyNode)
            // Hugo reads keys in any case: `Title:` is the title, said once so the file can be put right.
            let meant = FrontMatter.Key(rawValue: key) == nil ? FrontMatter.Key(rawValue: key.lowercased()) : nil
            if let meant {
                frontMatter.lines[meant.rawValue] = keyLine(index, keyNode)
                diagnostics.append(
                    .warning(
                        SourceLocation(path: reader.path, line: keyLine(index, keyNode), column: 1),
                        "'\(key)' is read as '\(meant.rawValue)': front matter keys are lower case"))
            }
            guard let known = FrontMatter.Key(rawValue: key) ?? meant else {
                frontMatter.params.append((key, reader.templateValue(value)))
                continue
            }
            switch known {
            case .title: take(reader.string(value, key: key)) { frontMatter.title = $0 }
            case .summary: take(reader.string(value, key: key)) { frontMatter.summary = $0 }
            case .owner: take(reader.string(value, key: key)) { frontMatter.owner = $0 }
            case .purpose: take(reader.string(value, key: key)) { frontMatter.purpose = $0 }
            case .layout: take(reader.string(value, key: key)) { frontMatter.layout = $0 }
            case .weight: take(reader.int(value, key: key)) { frontMatter.weight = $0 }
            case .draft: take(reader.bool(value, key: key)) { frontMatter.draft = $0 }
            case .tags: take(reader.stringList(value, key: key)) { frontMatter.tags = $0 }
            case .reviewed: take(reader.date(value, key: key)) { frontMatter.reviewed = $0 }
            case .when:
                if value.scalar != nil {
                    take(reader.string(value, key: key)) { frontMatter.when = [$0] }
                } else {
                    take(reader.stringList(value, key: key)) { frontMatter.when = $0 }
                }
            case .stages: take(stages(value)) { frontMatter.stages = $0 }
            }
        }
        return (frontMatter, diagnostics)
    }

    /// `stages` is a list whose items are text, or `{name: …, detail: …}`.
    private func stages(_ node: Node) -> Result<[ProcessStage], Diagnostic> {
        guard let sequence = node.sequence else {
            return .failure(reader.mismatch(node, key: "stages", expected: "a list of activities"))
        }
        var stages: [ProcessStage] = []
        for item in sequence {
            if item.scalar != nil {
                switch reader.string(item, key: "stages") {
                case .success(let name): stages.append(ProcessStage(name: name))
                case .failure(let error): return .failure(error)
                }
                continue
            }
            guard case .success(let pairs) = reader.mapping(item, what: "a stage") else {
                return .failure(reader.mismatch(item, key: "stages", expected: "text or {name: …, detail: …} in each item"))
            }
            var stage = ProcessStage(name: "")
            for (key, keyNode, value) in pairs {
                switch key {
                case "name":
                    if case .success(let name) = reader.string(value, key: "name") {
                        stage.name = name
                    } else {
                        return .failure(reader.mismatch(value, key: "name", expected: "text"))
                    }
                case "detail":
                    if case .success(let detail) = reader.string(value, key: "detail") {
                        stage.detail = detail
                    } else {
                        return .failure(reader.mismatch(value, key: "detail", expected: "text"))
                    }
                default:
                    return .failure(.error(reader.location(of: keyNode), "a stage has only 'name' and 'detail', not '\(key)'"))
                }
            }
            guard !stage.name.isEmpty else {
                return .failure(.error(reader.location(of: item), "a stage needs a 'name'"))
            }
            stages.append(stage)
        }
        return .success(stages)
    }
}
