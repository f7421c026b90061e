import Foundation
import PlaybookCore
import PlaybookForms
import PlaybookMustache
import PlaybookSite
import PlaybookTeam

/// The site's Mustache layouts (`templates/layouts/**/*.mustache`), each
/// parsed once by the project's own engine (`PlaybookMustache`). A layout is
/// named by its path without the extension: `page`, `partials/head`.
public struct LayoutLibrary: Sendable {
    /// The engine with every layout, for markup laid out before pages are (callouts, checklists).
    package let engine: LayoutEngine
    public let names: Set<String>

    /// Parses every layout, with `messages` baked in for `{{i18n.key}}`; a
    /// syntax error, a partial that names no layout, or a key the catalogue
    /// lacks is an error at its line and column.
    public static func compile(_ files: [SourceFile], messages: LayoutMessages = LayoutMessages()) -> (LayoutLibrary, [Diagnostic]) {
        var engine = LayoutEngine()
        var names: Set<String> = []
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
            var unknown: [(key: String, location: SourceLocation)] = []
            defer {
                for (key, location) in unknown {
                    diagnostics.append(.error(location, "no catalogue string '\(key)' (looked in \(SiteLayout.catalogues))"))
                }
            }
            switch LayoutParser(text, messages: messages).parse(path: file.path, unknownMessages: &unknown) {
            case .success(let template):
                engine.register(template, named: name)
                names.insert(name)
            case .failure(let error):
                diagnostics.append(
                    .error(SourceLocation(path: file.path, line: error.line, column: error.column), "layout syntax error: \(error.message)")
                )
            }
        }
        for (reference, location) in engine.unknownPartials() {
            diagnostics.append(
                .error(
                    location,
                    "no layout '\(reference)' for this partial (looked for \(SiteLayout.layouts)\(reference)\(SiteLayout.layoutExtension))")
            )
        }
        return (LayoutLibrary(engine: engine, names: names), diagnostics)
    }

    public func has(_ name: String) -> Bool { names.contains(name) }

    /// Partials named `partials/site-…` may read only `site`: they are the
    /// same on every page of a folder depth, so `withSitePartials` renders
    /// them once for it.
    public static let sitePartialPrefix = "partials/site-"

    /// These layouts with each site partial already rendered for `site`: a
    /// layout that includes one inserts its text, as it would have rendered.
    public func withSitePartials(site: LayoutFields) -> LayoutLibrary {
        var engine = engine
        for name in names.sorted() where name.hasPrefix(Self.sitePartialPrefix) {
            guard let bytes = engine.render(name, context: ["site": site] as LayoutFields) else { continue }
            engine.register(LayoutTemplate(literal: String(decoding: bytes, as: UTF8.self)), named: name)
        }
        return LayoutLibrary(engine: engine, names: names)
    }

    /// The layout applied to `context`, or nil if there is no such layout.
    public func render(_ name: String, context: LayoutFields) -> String? {
        engine.render(name, context: context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same as bytes, for a file: no string is made of a page (checking a page's
    /// bytes as UTF-8 to make one cost a tenth of a build).
    public func renderBytes(_ name: String, context: LayoutFields) -> [UInt8]? {
        engine.render(name, context: context)
    }
}
