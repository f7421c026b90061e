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

    /// As MkDocs, docsify and Git hosts read them: `index.md` or `README.md` is the page of a folder without `_index.md`.
    @Test func indexAndReadmeAreTheirFoldersPageWhereThereIsNoIndex() {
        let (sorted, problems) = LanguageFiles.sort(
            files([
                "README.md", "README.en.md", "deals/index.md", "deals/index.en.md", "deals/step.md", "kept/_index.md", "kept/index.md",
                "kept/README.md", "docs/readme.md",
            ]), config: bilingual)
        #expect(problems.isEmpty)
        #expect(
            sorted.folderPages == ["README.md": "_index.md", "deals/index.md": "deals/_index.md", "docs/readme.md": "docs/_index.md"])
        #expect(
            sorted.original.map(\.contentPath) == [
                "_index.md", "deals/_index.md", "deals/step.md", "kept/_index.md", "kept/index.md", "kept/README.md", "docs/_index.md",
            ])
        #expect(sorted.original.first?.file.path == "content/README.md")
        #expect(sorted.translations["en"]?["deals/_index.md"]?.file.path == "content/deals/index.en.md")
        #expect(sorted.translations["en"]?["_index.md"]?.file.path == "content/README.en.md")
    }

    @Test func twoCandidatesForOneFoldersPageAreAnErrorNamingBoth() {
        let (_, problems) = LanguageFiles.sort(files(["a/index.md", "a/README.md", "index.md", "README.md"]), config: bilingual)
        #expect(
            problems.map(\.description) == [
                "content/index.md:1:1: error: content/README.md and content/index.md would both be the page of the site: "
                    + "rename one, or add an _index.md",
                "content/a/index.md:1:1: error: content/a/README.md and content/a/index.md would both be the page of the folder a/: "
                    + "rename one, or add an _index.md",
            ])
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
