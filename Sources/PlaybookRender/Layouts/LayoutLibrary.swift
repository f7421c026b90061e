import Foundation
import Mustache
import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

/// The site's Mustache layouts (`templates/layouts/**/*.mustache`), each
/// compiled once. A layout is named by its path without the extension:
/// `page`, `partials/head`.
public struct LayoutLibrary: Sendable {
    private let library: MustacheLibrary
    public let names: Set<String>

    /// Every layout is compiled with this pragma in front: `{{x}}` is then
    /// escaped by `htmlEscaped` (the same five characters as swift-mustache's
    /// own HTML escaping, but a text with none of them is returned as it is
    /// instead of being rebuilt character by character).
    package static let pragma: String = {
        MustacheContentTypes.register(EscapedHTML(), named: "PLAYBOOK_HTML")
        return "{{% CONTENT_TYPE: PLAYBOOK_HTML}}\n"  // a line of its own, which Mustache drops
    }()

    package struct EscapedHTML: MustacheContentType {
        package func escapeText(_ text: String) -> String { text.htmlEscaped }
    }

    /// Compiles every layout; a syntax error, or a partial that names no
    /// layout, is an error at its line and column.
    public static func compile(_ files: [SourceFile]) -> (LayoutLibrary, [Diagnostic]) {
        var library = MustacheLibrary()
        var names: Set<String> = []
        var texts: [(name: String, path: String, text: String)] = []
        var diagnostics: [Diagnostic] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let name = String(file.path.dropFirst(SiteLayout.layouts.count).dropLast(SiteLayout.layoutExtension.count))
            let text: String
            switch file.text() {
            case .success(let value): text = value
            case .failure(let error):
                diagnostics.append(error)
                continue
            }
            do {
                library.register(try MustacheTemplate(string: pragma + text), named: name)
                names.insert(name)
                texts.append((name, file.path, text))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    .error(
                        SourceLocation(
                            path: file.path, line: max(1, error.context.lineNumber - 1),
                            column: error.context.columnNumber),
                        "layout syntax error: \(describe(error.error))"))
            } catch {
                diagnostics.append(.error(SourceLocation(path: file.path), "layout syntax error: \(error)"))
            }
        }
        for (_, path, text) in texts {
            for reference in partialReferences(in: text) where !names.contains(reference.name) {
                diagnostics.append(
                    .error(
                        SourceLocation(path: path, line: reference.line, column: reference.column),
                        "no layout '\(reference.name)' for this partial (looked for \(SiteLayout.layouts)\(reference.name)\(SiteLayout.layoutExtension))"
                    ))
            }
        }
        return (LayoutLibrary(library: library, names: names), diagnostics)
    }

    public func has(_ name: String) -> Bool { names.contains(name) }

    /// Partials named `partials/site-…` may read only `site`: they are the
    /// same on every page of a folder depth, so `withSitePartials` renders
    /// them once for it (each of their tags would otherwise cost every page a
    /// Mustache lookup, thousands of instructions).
    public static let sitePartialPrefix = "partials/site-"

    /// These layouts with each site partial already rendered for `site`: a
    /// layout that includes one inserts its text, as it would have rendered.
    public func withSitePartials(site: TemplateFields) -> LayoutLibrary {
        var library = library
        for name in names.sorted() where name.hasPrefix(Self.sitePartialPrefix) {
            guard let text = library.render(["site": site] as TemplateFields, withTemplate: name),
                let literal = Self.literal(text)
            else { continue }
            library.register(literal, named: name)
        }
        return LayoutLibrary(library: library, names: names)
    }

    /// A template whose whole output is `text`, braces and all: its tags are
    /// delimited by a control character (nil in the odd case that `text`
    /// holds it). The tag that sets them goes just before the first visible
    /// character: alone on a line, Mustache would drop that line's end.
    package static func literal(_ text: String) -> MustacheTemplate? {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        guard !text.unicodeScalars.contains("\u{1}"),
            let template = try? MustacheTemplate(string: text[..<start] + "{{=\u{1} \u{2}=}}" + text[start...]),
            template.render(TemplateFields()) == text
        else { return nil }
        return template
    }

    /// The layout applied to `context`, or nil if there is no such layout.
    public func render(_ name: String, context: TemplateFields) -> String? {
        library.render(context, withTemplate: name)
    }

    /// `{{> name}}` and `{{< name}}` tags, with their place, to check they name a layout.
    package static func partialReferences(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        var line = 1
        var column = 1
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            if scalar == "{", scalars.starts(with: "{{>".unicodeScalars) || scalars.starts(with: "{{<".unicodeScalars) {
                let rest = scalars.dropFirst(3)
                if let close = rest.firstIndex(of: "}") {
                    let name = String(String.UnicodeScalarView(rest[..<close])).trimmingSpaces()
                    if !name.isEmpty, !name.hasPrefix("*") { found.append((name, line, column)) }
                }
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            scalars = scalars.dropFirst()
        }
        return found
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a name that does not match its opening tag"
        case .unfinishedName: return "a tag is not closed with '}}'"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only blocks may appear inside an inheritance section"
        case .textInsideInheritSection: return "text inside an inheritance section"
        case .invalidConfigVariableSyntax: return "invalid configuration tag"
        case .unrecognisedConfigVariable: return "unknown configuration tag"
        @unknown default: return "\(error)"
        }
    }
}
