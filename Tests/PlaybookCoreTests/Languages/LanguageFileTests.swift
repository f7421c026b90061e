import PlaybookCore
import Testing

@Suite struct LanguageFileTests {
    @Test func aTranslationNamesItsLanguageBeforeTheExtension() {
        let languages = ["zh-CN", "en"]
        #expect(LanguageFile.split("visits/plan.en.md", languages: languages)! == ("en", "visits/plan.md"))
        #expect(LanguageFile.split("_index.en.md", languages: languages)! == ("en", "_index.md"))
        #expect(LanguageFile.split("a/_index.zh-CN.md", languages: languages)! == ("zh-CN", "a/_index.md"))
        // A language the site does not list is still recognised, so the build can say so.
        #expect(LanguageFile.split("x.fr.md", languages: languages)! == ("fr", "x.md"))
        #expect(LanguageFile.split("x.pt-BR.md", languages: languages)! == ("pt-BR", "x.md"))
        // A listed three-letter language counts; an unlisted word that is no ISO 639-1 code does not.
        #expect(LanguageFile.split("x.yue.md", languages: ["zh-CN", "yue"])! == ("yue", "x.md"))
        for plain in ["notes.old.md", "v1.2.md", "a.b/c.md", ".en.md", "x.EN.md", "x.md", "x.en.txt", "x.faq.md"] {
            #expect(LanguageFile.split(plain, languages: languages) == nil, "\(plain)")
        }
    }

    @Test func tagsAListedLanguageMayTake() {
        for valid in ["en", "zh-CN", "zh-Hant-TW", "yue", "pt-BR"] { #expect(LanguageFile.isValidTag(valid), "\(valid)") }
        for invalid in ["", "EN", "english", "zh_CN", "zh-", "e"] { #expect(!LanguageFile.isValidTag(invalid), "\(invalid)") }
    }

    @Test func aTranslationGoesBesideItsPage() {
        #expect(LanguageFile.translationPath(of: "content/a/b.md", language: "en") == "content/a/b.en.md")
    }

    @Test func messagesFillTheirPlaceholders() {
        let messages = Messages(language: "zh-CN", strings: ["rating": "{{score}} 分（满分 {{max}}）", "plain": "是"])
        #expect(messages.text("rating", ["score": "4", "max": "5"]) == "4 分（满分 5）")
        // A name without a value stays as written; braces that close nothing are text.
        #expect(messages.text("rating", ["score": "4"]) == "4 分（满分 {{max}}）")
        let odd = Messages(strings: ["k": "{{a} {{ {{b}}}} x{{"])
        #expect(odd.text("k", ["b": "B"]) == "{{a} {{ B}} x{{")
        #expect(messages["plain"] == "是" && messages["missing.key"] == "missing.key")
        #expect(messages.has("plain") && !messages.has("missing.key"))
    }
}
