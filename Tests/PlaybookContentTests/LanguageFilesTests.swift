import Foundation
import PlaybookContent
import PlaybookCore
import Testing

@Suite struct LanguageFilesTests {
    private func files(_ paths: [String]) -> [SourceFile] { paths.map { SourceFile(path: "content/" + $0, data: Data()) } }

    private var bilingual: SiteConfig {
        var config = SiteConfig()
        config.languages = ["zh-CN", "en"]
        return config
    }

    @Test func translationsAreSortedByLanguageAndKeepTheirOwnPaths() {
        let (sorted, problems) = LanguageFiles.sort(
            files(["_index.md", "_index.en.md", "a/b.md", "a/b.en.md", "a/c.md", "a/d.zh-CN.md"]), config: bilingual)
        #expect(problems.isEmpty)
        #expect(sorted.original.map(\.contentPath) == ["_index.md", "a/b.md", "a/c.md", "a/d.md"])
        #expect(sorted.original.map(\.file.path).last == "content/a/d.zh-CN.md")
        #expect(sorted.translations["en"]?["a/b.md"]?.file.path == "content/a/b.en.md")
        #expect(sorted.untranslated(bilingual, leavingOut: { _ in false }) == ["en": ["a/c.md", "a/d.md"]])
        #expect(sorted.untranslated(bilingual, leavingOut: { $0.contentPath == "a/c.md" }) == ["en": ["a/d.md"]])
    }

    @Test func unlistedLanguagesTwoVersionsAndOrphansAreErrorsAtTheFile() {
        let (sorted, problems) = LanguageFiles.sort(
            files(["a/b.md", "a/b.fr.md", "a/c.md", "a/c.zh-CN.md", "a/orphan.en.md"]), config: bilingual)
        #expect(
            problems.map(\.description) == [
                "content/a/b.fr.md:1:1: error: this file is for the language 'fr', which playbook.yaml does not list "
                    + "(languages: zh-CN, en): add it there, or rename the file",
                "content/a/c.zh-CN.md:1:1: error: two files for one page in 'zh-CN': content/a/c.md and content/a/c.zh-CN.md; keep one",
                "content/a/orphan.en.md:1:1: error: a translation of content/a/orphan.md, which does not exist: "
                    + "write the page in zh-CN first (a translation takes its place from it)",
            ])
        #expect(sorted.original.map(\.contentPath) == ["a/b.md", "a/c.md"])
        #expect(sorted.translations["en"]?.isEmpty == true)
    }

    @Test func aOneLanguageSiteTakesEveryFileAsItsOwn() {
        let (sorted, problems) = LanguageFiles.sort(files(["a.md", "notes.old.md", "b.en.md", "_index.notes.md"]), config: SiteConfig())
        #expect(problems.isEmpty)
        #expect(sorted.original.map(\.contentPath) == ["a.md", "notes.old.md", "b.md"])
    }
}
