import Foundation
import Testing

@testable import PlaybookServer

/// The users file: bcrypt hashes only, written whole with mode 0600, read back.
@Suite struct TeamUsersTests {
    static func file() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("playbook-users-\(UUID().uuidString)/.playbook/users.yaml")
    }

    @Test func addedUsersSignInWithTheirPasswordOnly() throws {
        let file = Self.file()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        var users = try TeamUsers.load(file)
        #expect(users.users.isEmpty)
        try users.add(id: "li-na", name: "Li Na", role: .rep, email: nil, password: "correct horse", replacing: false)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(!text.contains("correct horse"))
        #expect(text.contains("$2b$12$"))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let loaded = try TeamUsers.load(file)
        #expect(loaded.verify(id: "li-na", password: "correct horse")?.name == "Li Na")
        #expect(loaded.verify(id: "li-na", password: "Correct horse") == nil)
        #expect(loaded.verify(id: "nobody", password: "correct horse") == nil)
        #expect(loaded.user("li-na")?.authorEmail == "li-na@users.playbook.invalid")
    }

    @Test func badRequestsAreRefusedAndChangeNothing() throws {
        let file = Self.file()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        var users = try TeamUsers.load(file)
        try users.add(id: "wei", name: "Wei", role: .manager, email: "wei@example.com", password: "12345678", replacing: false)
        let before = try Data(contentsOf: file)
        #expect(throws: TeamUsers.Problem.self) {
            try users.add(id: "wei", name: "W", role: .rep, email: nil, password: "abcdefgh", replacing: false)
        }
        #expect(throws: TeamUsers.Problem.self) {
            try users.add(id: "tom", name: "Tom", role: .rep, email: nil, password: "short", replacing: false)
        }
        #expect(throws: TeamUsers.Problem.self) {
            try users.add(id: "../x", name: "X", role: .rep, email: nil, password: "abcdefgh", replacing: false)
        }
        #expect(throws: TeamUsers.Problem.self) {
            try users.add(id: "Tom", name: "Tom", role: .rep, email: nil, password: "abcdefgh", replacing: false)
        }
        #expect(throws: TeamUsers.Problem.self) { try users.remove(id: "nobody") }
        #expect(try Data(contentsOf: file) == before)
        try users.add(id: "wei", name: "Wei Zhang", role: .admin, email: nil, password: "abcdefgh", replacing: true)
        #expect(try TeamUsers.load(file).user("wei")?.role == .admin)
        try users.remove(id: "wei")
        #expect(try TeamUsers.load(file).users.isEmpty)
    }

    @Test func aBrokenFileIsAnErrorAtItsPath() throws {
        let file = Self.file()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("users: [{id: li}]\n".utf8).write(to: file)
        #expect { try TeamUsers.load(file) } throws: { "\($0)".hasPrefix(file.path + ": error:") }
    }
}
