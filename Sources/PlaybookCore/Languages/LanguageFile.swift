/// How a content file names the language it is written in: `name.LANG.md`
/// (`growth-formula.en.md`, `_index.en.md`), as Hugo and Zola name translations.
public enum LanguageFile {
    /// The language part of `path` and the path without it (`a/b.en.md` →
    /// `("en", "a/b.md")`), or nil for a file that names none. A part counts
    /// as a language when it is one of `languages`, or has the shape of a
    /// language tag whose first subtag is an ISO 639-1 code (`fr`, `pt-BR`),
    /// so a file for a language the site does not list is caught, while
    /// `notes.old.md` stays an ordinary page.
    public static func split(_ path: String, languages: [String]) -> (language: String, basePath: String)? {
        // Most files name no language: one dot after the last slash. Asked for every file of the site, by bytes.
        var dots = 0
        for byte in path.utf8.reversed() {
            if byte == UInt8(ascii: "/") { break }
            if byte == UInt8(ascii: ".") { dots += 1 }
        }
        guard dots >= 2, path.hasSuffix(".md") else { return nil }
        let stem = path.dropLast(3)
        let slash = stem.lastIndex(of: "/").map { stem.index(after: $0) } ?? stem.startIndex
        guard let dot = stem[slash...].lastIndex(of: "."), dot > slash else { return nil }
        let language = String(stem[stem.index(after: dot)...])
        guard languages.contains(language) || looksLikeLanguage(language) else { return nil }
        return (language, String(stem[..<dot]) + ".md")
    }

    /// Where the translation of `path` into `language` goes: `a/b.md` → `a/b.en.md`.
    public static func translationPath(of path: String, language: String) -> String {
        String(path.dropLast(3)) + "." + language + ".md"
    }

    /// `zh-CN`, `en`, `pt-BR`, `zh-Hant-TW`: an ISO 639-1 code and optional subtags.
    public static func looksLikeLanguage(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, isoCodes.contains(String(first)) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// A tag a site may list in `languages`: the shape above, or any
    /// two-or-three-letter code with optional subtags.
    public static func isValidTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    private static let isoCodes: Set<String> = Set(
        ("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et "
            + "eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj "
            + "kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr "
            + "nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg "
            + "th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu")
            .split(separator: " ").map(String.init))
}
