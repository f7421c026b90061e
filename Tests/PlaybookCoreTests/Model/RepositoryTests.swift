import PlaybookCore
import Testing

@Suite struct RepositoryTests {
    @Test func eachHostSpellsItsEditingAddresses() {
        let github = Repository(url: "https://github.com/acme/playbook/", branch: "main")
        #expect(github.host == .github)
        #expect(github.editURL("content/a.md") == "https://github.com/acme/playbook/edit/main/content/a.md")
        #expect(github.newFile.url == "https://github.com/acme/playbook/new/main")
        #expect(github.newFile.name == "filename" && github.newFile.text == "value")
        #expect(github.uploadURL("content/visit-plans/") == "https://github.com/acme/playbook/upload/main/content/visit-plans/")

        let gitlab = Repository(url: "https://gitlab.example.com/sales/playbook", branch: "trunk", folder: "/docs/playbook/")
        #expect(gitlab.host == .gitlab && gitlab.folder == "docs/playbook/")
        #expect(gitlab.editURL("content/a.md") == "https://gitlab.example.com/sales/playbook/-/edit/trunk/docs/playbook/content/a.md")
        #expect(gitlab.newFile.name == "file_name" && gitlab.newFile.text == "content")

        let gitea = Repository(url: "https://git.example.com/sales/playbook", host: .gitea)
        #expect(gitea.editURL("content/a.md") == "https://git.example.com/sales/playbook/_edit/main/content/a.md")
        #expect(gitea.newFile.url == "https://git.example.com/sales/playbook/_new/main/")
    }
}
