import Foundation
import Testing

@testable import PlaybookServer

/// The team server's small decisions over what a request carries.
@Suite struct TeamHandlerTests {
    @Test func formFieldsAreDecoded() {
        let fields = TeamHandler.formFields("user=li-na&password=a+b%26c%3D&next=%2Fteam%2F&empty=&flag")
        #expect(fields["user"] == "li-na")
        #expect(fields["password"] == "a b&c=")
        #expect(fields["next"] == "/team/")
        #expect(fields["empty"] == "")
        #expect(fields["flag"] == "")
    }

    @Test func afterSigningInOnlyThisSitesPagesAreOpened() {
        #expect(TeamHandler.safeNext("/team/li-na/") == "/team/li-na/")
        for next in ["//evil.example/", "https://evil.example/", "team/", "/\\evil", "/_playbook/logout", nil] {
            #expect(TeamHandler.safeNext(next) == nil, "\(String(describing: next))")
        }
    }

    @Test func tokensAreLongRandomAndComparedWhole() {
        let a = TeamHandler.token()
        #expect(a.count == 64)
        #expect(a != TeamHandler.token())
        #expect(TeamHandler.same(a, a))
        #expect(!TeamHandler.same(a, String(a.dropLast()) + "x"))
        #expect(!TeamHandler.same(a, ""))
        #expect(!TeamHandler.same("", ""))
    }
}

extension TeamHandlerTests {
    @Test func withoutSigningInOnlyTheSignInPagesAndTheThemesFilesAreServed() {
        for path in [
            "/login/", "/login/index.html", "/en/login/", "/assets/playbook.css", "/assets/js/team.js", "/assets/messages.en.js",
            "/manifest.webmanifest", "/en/manifest.webmanifest",  // a browser asks for these without the session's cookie
        ] {
            #expect(TeamHandler.isPublic(path), "\(path)")
        }
        for path in [
            "/", "/index.html", "/team/", "/assets/search-index.js", "/assets/search-index.en.js", "/assets/../team/",
            "/en/team/login/", "/.playbook/users.yaml", "/login/../team/", "/sitemap.xml", "/sw.js", "/a/b/manifest.webmanifest",
        ] {
            #expect(!TeamHandler.isPublic(path), "\(path)")
        }
    }
}

extension TeamHandlerTests {
    /// A failed sign-in keeps the page asked for, so the next attempt still returns there.
    @Test func theNextPageSurvivesAFailedSignIn() {
        #expect(TeamHandler.nextQuery("/team/li-na/") == "&next=%2Fteam%2Fli%2Dna%2F")
        #expect(TeamHandler.nextQuery("//evil.example/") == "")
        #expect(TeamHandler.nextQuery(nil) == "")
    }
}
