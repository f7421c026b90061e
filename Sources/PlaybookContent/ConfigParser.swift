import PlaybookCore
import Yams

/// Reads `playbook.yaml` into `SiteConfig`; wrong types are errors at their
/// line, unknown keys warnings (a typo there would otherwise go unnoticed).
package struct ConfigParser {

    /// The settings of `file` (`playbook.yaml`), or the defaults when the site has none.
    package static func parse(_ file: SourceFile?) -> (SiteConfig, [Diagnostic]) {
        guard let file else { return (SiteConfig(), []) }
        switch file.text() {
        case .success(let text): return parse(text)
        case .failure(let error): return (SiteConfig(), [error])
        }
    }

    package static func parse(_ text: String) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        var diagnostics: [Diagnostic] = []
        let reader = YAMLReader(path: SiteLayout.settings)
        let root: Node
        switch reader.compose(text) {
        case .failure(let error): return (config, [error])
        case .success(nil): return (config, [])
        case .success(let node?): root = node
        }
        guard case .success(let pairs) = reader.mapping(root, what: "playbook.yaml") else {
            return (config, [.error(reader.location(of: root), "playbook.yaml must be a mapping of settings")])
        }
        func take<T>(_ result: Result<T, Diagnostic>, into assign: (T) -> Void) {
            switch result {
            case .success(let value): assign(value)
            case .failure(let error): diagnostics.append(error)
            }
        }
        var languageNode: Node?
        var languagesNode: Node?
        var languagesList: [String]?
        /// A text given once, or one per language (`{zh-CN: 销售手册, en: Sales playbook}`).
        func localized(_ node: Node, key: String) -> Result<[String: String], Diagnostic> {
            if node.scalar != nil { return reader.string(node, key: key).map { ["": $0] } }
            guard case .success(let pairs) = reader.mapping(node, what: "'\(key)'") else {
                return .failure(reader.mismatch(node, key: key, expected: "a text, or a text per language like {zh-CN: …, en: …}"))
            }
            var texts: [String: String] = [:]
            for (language, _, text) in pairs {
                switch reader.string(text, key: key + "." + language) {
                case .success(let value): texts[language] = value
                case .failure(let error): return .failure(error)
                }
            }
            return .success(texts)
        }
        for (key, keyNode, value) in pairs {
            switch key {
            case "title", "description":
                take(localized(value, key: key)) { texts in
                    if key == "title" { config.localizedTitle = texts } else { config.localizedDescription = texts }
                }
            case "language":
                take(reader.string(value, key: key)) { language in
                    languageNode = value
                    config.language = language
                }
            case "languages":
                take(reader.stringList(value, key: key)) { list in
                    languagesNode = value
                    languagesList = list
                }
            case "repository":
                let (repository, problems) = Self.repository(value, reader: reader)
                config.repository = repository
                diagnostics += problems
            case "currency":
                take(reader.string(value, key: key)) { code in
                    if code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                        config.currency = code
                    } else {
                        diagnostics.append(
                            .error(reader.location(of: value), "'currency' is a three-letter ISO 4217 code, like CNY or USD"))
                    }
                }
            case "base_url":
                take(reader.string(value, key: key)) { url in
                    if let normalized = normalizedBaseURL(url) {
                        config.baseURL = normalized
                    } else {
                        diagnostics.append(
                            .error(
                                reader.location(of: value), "'base_url' must be an absolute http(s) URL, like https://example.com/playbook/"
                            ))
                    }
                }
            case "review_after_days":
                take(reader.int(value, key: key)) { days in
                    if days > 0 {
                        config.reviewAfterDays = days
                    } else {
                        diagnostics.append(.error(reader.location(of: value), "'review_after_days' must be more than 0"))
                    }
                }
            case "markdown":
                guard case .success(let options) = reader.mapping(value, what: "'markdown'") else {
                    diagnostics.append(reader.mismatch(value, key: key, expected: "a mapping, like {raw_html: false}"))
                    continue
                }
                for (option, optionKey, optionValue) in options {
                    if option == "raw_html" {
                        if optionValue.scalar?.string == "safe" {
                            config.markdown.rawHTML = .safe
                        } else {
                            switch reader.bool(optionValue, key: "markdown.raw_html") {
                            case .success(let keep): config.markdown.rawHTML = keep ? .keep : .drop
                            case .failure:
                                diagnostics.append(
                                    reader.mismatch(optionValue, key: "markdown.raw_html", expected: "safe, true or false"))
                            }
                        }
                    } else {
                        diagnostics.append(
                            .warning(reader.location(of: optionKey), "unknown setting 'markdown.\(option)' (known: raw_html)"))
                    }
                }
            case "as_of":
                take(reader.date(value, key: key)) { config.asOf = CalendarDate($0) }
            case "visit_cadence":
                guard case .success(let tiers) = reader.mapping(value, what: "'visit_cadence'") else {
                    diagnostics.append(reader.mismatch(value, key: key, expected: "a mapping of tiers to days, like {A: 30, B: 60}"))
                    continue
                }
                var days: [AccountTier: Int] = [:]
                for (tierName, tierKey, tierValue) in tiers {
                    guard let tier = AccountTier(rawValue: tierName) else {
                        diagnostics.append(.error(reader.location(of: tierKey), "unknown tier '\(tierName)' (tiers are A, B, C, D, E)"))
                        continue
                    }
                    take(reader.int(tierValue, key: "visit_cadence.\(tierName)")) { count in
                        if count > 0 {
                            days[tier] = count
                        } else {
                            diagnostics.append(
                                .error(reader.location(of: tierValue), "'visit_cadence.\(tierName)' must be more than 0 days"))
                        }
                    }
                }
                config.visitCadence = VisitCadence(days: days)
            case "satisfaction_scale":
                take(reader.number(value, key: key)) { scale in
                    if scale > 0 {
                        config.satisfactionScale = scale
                    } else {
                        diagnostics.append(.error(reader.location(of: value), "'satisfaction_scale' must be more than 0, like 10 or 5"))
                    }
                }
            case "attainment_bands":
                guard case .success(let bands) = reader.mapping(value, what: "'attainment_bands'") else {
                    diagnostics.append(reader.mismatch(value, key: key, expected: "a mapping in percent, like {watch: 90, on_target: 100}"))
                    continue
                }
                var given = [String: (Double, Node)]()
                for (band, bandKey, bandValue) in bands {
                    guard band == "watch" || band == "on_target" else {
                        diagnostics.append(.error(reader.location(of: bandKey), "unknown band '\(band)' (bands are watch and on_target)"))
                        continue
                    }
                    take(reader.number(bandValue, key: "attainment_bands.\(band)")) { given[band] = ($0, bandValue) }
                }
                let watch = given["watch"]?.0 ?? config.attainmentBands.watch * 100
                let onTarget = given["on_target"]?.0 ?? config.attainmentBands.onTarget * 100
                if watch > 0, watch < onTarget {
                    config.attainmentBands = AttainmentBands(watch: watch / 100, onTarget: onTarget / 100)
                } else {
                    diagnostics.append(
                        .error(
                            reader.location(of: given["watch"]?.1 ?? given["on_target"]?.1 ?? value),
                            "'attainment_bands.watch' must be more than 0 and less than 'on_target' (in percent, like 90 and 100)"))
                }
            case "params":
                guard value.mapping != nil else {
                    diagnostics.append(reader.mismatch(value, key: key, expected: "a mapping"))
                    continue
                }
                if case .map(let params) = reader.templateValue(value) { config.params = params }
            default:
                diagnostics.append(
                    .warning(
                        reader.location(of: keyNode),
                        "unknown setting '\(key)' (known: title, description, language, languages, currency, repository, base_url, "
                            + "markdown, "
                            + "review_after_days, visit_cadence, attainment_bands, satisfaction_scale, as_of, params)"
                    ))
            }
        }
        if let languagesList, let languagesNode {
            var seen: Set<String> = []
            for language in languagesList {
                if !LanguageFile.isValidTag(language) {
                    diagnostics.append(
                        .error(reader.location(of: languagesNode), "'\(language)' is not a language tag, like zh-CN or en"))
                } else if !seen.insert(language).inserted {
                    diagnostics.append(.error(reader.location(of: languagesNode), "'\(language)' is listed twice in 'languages'"))
                }
            }
            if languagesList.isEmpty {
                diagnostics.append(.error(reader.location(of: languagesNode), "'languages' lists at least one language, the default first"))
            } else if seen.count == languagesList.count {
                if let languageNode, config.language != languagesList[0] {
                    diagnostics.append(
                        .error(
                            reader.location(of: languageNode),
                            "'language' is \(config.language) but 'languages' starts with \(languagesList[0]): "
                                + "keep one of them (the first of 'languages' is the default)"))
                }
                config.languages = languagesList
            }
        }
        for (what, texts) in [("title", config.localizedTitle), ("description", config.localizedDescription)] {
            var texts = texts
            let base = texts.removeValue(forKey: "") ?? texts[config.language]
            if let base {
                if what == "title" { config.title = base } else { config.description = base }
            }
            for language in texts.keys.sorted() where !config.languages.contains(language) {
                diagnostics.append(
                    .warning(
                        SourceLocation(path: SiteLayout.settings),
                        "'\(what)' has a text for '\(language)', which 'languages' does not list"))
            }
            if what == "title" { config.localizedTitle = texts } else { config.localizedDescription = texts }
        }
        return (config, diagnostics)
    }

    /// `https://x.org/a` → `https://x.org/a/`; nil if not an absolute http(s) URL.
    package static func normalizedBaseURL(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), url.count > 8,
            !url.contains(" "), !url.contains("\""), !url.contains("<")
        else { return nil }
        return url.hasSuffix("/") ? url : url + "/"
    }
}
