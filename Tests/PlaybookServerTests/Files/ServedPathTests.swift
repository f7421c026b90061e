import Foundation
import Testing

@testable import PlaybookServer

/// Only files under the output folder are served, whatever the path says.
@Suite struct ServedPathTests {
    /// An output folder with a page, a file, a secret beside it and links in and out.
    func folder() throws -> (root: String, outside: String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-served-\(UUID().uuidString)").path
        let root = base + "/public"
        try FileManager.default.createDirectory(atPath: root + "/guide/plan", withIntermediateDirectories: true)
        try Data("<p>plan</p>".utf8).write(to: URL(fileURLWithPath: root + "/guide/plan/index.html"))
        try Data("<p>home</p>".utf8).write(to: URL(fileURLWithPath: root + "/index.html"))
        try Data("a b".utf8).write(to: URL(fileURLWithPath: root + "/guide/notes file.txt"))
        try Data("secret".utf8).write(to: URL(fileURLWithPath: base + "/secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: root + "/out", withDestinationPath: base)
        try FileManager.default.createSymbolicLink(atPath: root + "/leak.txt", withDestinationPath: base + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: root + "/home.html", withDestinationPath: root + "/index.html")
        return (root, base)
    }

    @Test func pagesFilesAndFolders() throws {
        let (root, base) = try folder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let real = ServedPath.realPath(root)!
        #expect(ServedPath.resolve("/", under: root) == .file(real + "/index.html"))
        #expect(ServedPath.resolve("/guide/plan/", under: root) == .file(real + "/guide/plan/index.html"))
        #expect(ServedPath.resolve("/guide/plan/index.html", under: root) == .file(real + "/guide/plan/index.html"))
        #expect(ServedPath.resolve("/guide/plan", under: root) == .redirect("/guide/plan/"))
        #expect(ServedPath.resolve("/guide/notes%20file.txt", under: root) == .file(real + "/guide/notes file.txt"))
        #expect(ServedPath.resolve("//guide//plan//", under: root) == .file(real + "/guide/plan/index.html"))
        #expect(ServedPath.resolve("/home.html", under: root) == .file(real + "/index.html"))  // a link that stays inside
        #expect(ServedPath.resolve("/guide/", under: root) == .notFound)  // a folder without index.html
        #expect(ServedPath.resolve("/nowhere/", under: root) == .notFound)
    }

    @Test func traversalIsRefused() throws {
        let (root, base) = try folder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        for attempt in [
            "/../secret.txt", "/guide/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/guide/%2e%2e/%2e%2e/secret.txt",
            "/..%2fsecret.txt", "/..%2Fsecret.txt", "/guide%2f..%2f..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
            "/./index.html", "/index.html%00.txt", "/%zz", "relative/index.html",
            "/out/secret.txt", "/leak.txt",
        ] {
            #expect(ServedPath.resolve(attempt, under: root) == .refused, "\(attempt) was not refused")
        }
    }

    @Test func contentTypes() {
        #expect(ServedPath.contentType(of: "/a/index.html") == "text/html; charset=utf-8")
        #expect(ServedPath.contentType(of: "/assets/playbook.css") == "text/css; charset=utf-8")
        #expect(ServedPath.contentType(of: "/assets/search-index.js") == "text/javascript; charset=utf-8")
        #expect(ServedPath.contentType(of: "/sitemap.xml") == "application/xml")
        #expect(ServedPath.contentType(of: "/files/logo.SVG") == "image/svg+xml")
        #expect(ServedPath.contentType(of: "/files/README") == "application/octet-stream")
        #expect(ServedPath.contentType(of: "/sw.js") == "text/javascript; charset=utf-8")  // a service worker must be JavaScript
        #expect(ServedPath.contentType(of: "/en/manifest.webmanifest") == "application/manifest+json")
    }
}
