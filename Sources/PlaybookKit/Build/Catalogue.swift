import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookMustache

/// The message catalogue of each of a site's languages: the built-in
/// catalogue of that language, overlaid by the site's own
/// `templates/i18n/<language>.yaml` key by key (so a theme may change a few
/// strings and keep the rest). A key a language lacks is taken from the
/// site's default language, else from English (every built-in string exists
/// in English), with a warning at that language's catalogue.
enum Catalogue {
    static let fallbackLanguage = "en"

    /// One language's strings: baked into layouts, and for Swift to read.
    struct Strings {
        var layouts: LayoutMessages
        var messages: Messages
    }

    static func load(_ sources: SiteSources, config: SiteConfig) -> ([String: Strings], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var found: [String: (entries: [String: CatalogueParser.Entry], found: Bool)] = [:]
        func entries(_ language: String) -> (entries: [String: CatalogueParser.Entry], found: Bool) {
            if let known = found[language] { return known }
            let path = SiteLayout.catalogues + language + ".yaml"
            var merged: [String: CatalogueParser.Entry] = [:]
            var present = false
            let builtIn = StarterFiles.files.first { $0.path == path }.flatMap { file in
                Data(base64Encoded: file.base64).map { SourceFile(path: path, data: $0) }
            }
            let own = sources.catalogues.first { $0.path == path }
            for (file, isSite) in [(builtIn, false), (own, true)] {
                guard let file else { continue }
                present = true
                let (read, problems) = CatalogueParser.parse(file)
                if isSite { diagnostics += problems }  // the built-in ones are tested
                for entry in read { merged[entry.key] = entry }
            }
            found[language] = (merged, present)
            return (merged, present)
        }
        var result: [String: Strings] = [:]
        for language in config.languages {
            var all = entries(language).entries
            let path = SiteLayout.catalogues + language + ".yaml"
            let fallbacks = [config.language, fallbackLanguage].filter { $0 != language }
            if !entries(language).found {
                let shown = fallbacks.first { entries($0).found } ?? fallbackLanguage
                diagnostics.append(
                    .warning(SourceLocation(path: path), "no catalogue for '\(language)': the interface is shown in '\(shown)'"))
            }
            var missing: Set<String> = []
            for fallback in fallbacks {
                for (key, entry) in entries(fallback).entries where all[key] == nil {
                    all[key] = entry
                    missing.insert(key)
                }
            }
            if entries(language).found {
                for key in missing.sorted() {
                    let source = fallbacks.first { entries($0).entries[key] != nil } ?? ""
                    diagnostics.append(
                        .warning(SourceLocation(path: path), "no string '\(key)' in this catalogue: the one of '\(source)' is used"))
                }
            }
            let sorted = all.values.sorted { $0.key < $1.key }
            let (layouts, problems) = LayoutMessages.make(sorted)
            diagnostics += problems
            result[language] = Strings(
                layouts: layouts,
                messages: Messages(language: language, strings: Dictionary(uniqueKeysWithValues: sorted.map { ($0.key, $0.text) })))
        }
        var seen: Set<String> = []
        return (result, diagnostics.filter { seen.insert($0.description).inserted })
    }
}
