import Foundation
import HummingbirdBcrypt
import Yams

/// The team server's users file (`.playbook/users.yaml` in the site by
/// default): never a page, never copied to the output, written whole by
/// rename with mode 0600. Passwords are bcrypt hashes (cost 12).
public struct TeamUsers: Sendable {
    /// Where the file is when `--users` does not say.
    public static let defaultPath = ".playbook/users.yaml"
    /// bcrypt's work factor: about a quarter of a second a check on one core, so guessing is slow.
    public static let cost: UInt8 = 12
    /// The shortest password `user add` accepts.
    public static let minimumPasswordLength = 8

    public var file: URL
    public private(set) var users: [TeamUser]

    struct Stored: Codable {
        var users: [TeamUser]
    }

    /// What is wrong with the file or a request to change it, said for the command line.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// The users in `file`; none when it does not exist yet.
    public static func load(_ file: URL) throws -> TeamUsers {
        guard let data = FileManager.default.contents(atPath: file.path) else { return TeamUsers(file: file, users: []) }
        do {
            let stored = try YAMLDecoder().decode(Stored.self, from: String(decoding: data, as: UTF8.self))
            var seen: Set<String> = []
            for user in stored.users {
                guard TeamUser.isValidID(user.id) else { throw Problem(description: "\(file.path): error: '\(user.id)' is not a user id") }
                guard seen.insert(user.id).inserted else {
                    throw Problem(description: "\(file.path): error: user '\(user.id)' is listed twice")
                }
            }
            return TeamUsers(file: file, users: stored.users)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(description: "\(file.path): error: not a users file (\(error))")
        }
    }

    public func user(_ id: String) -> TeamUser? { users.first { $0.id == id } }

    /// The user whose password this is, or nil. Takes as long for an unknown
    /// user as for a known one, so a refusal does not tell which ids exist.
    public func verify(id: String, password: String) -> TeamUser? {
        guard let user = user(id) else {
            _ = Bcrypt.verify(password, hash: Self.decoyHash)
            return nil
        }
        return Bcrypt.verify(password, hash: user.passwordHash) ? user : nil
    }

    /// A hash of nothing anyone types, checked for unknown users.
    private static let decoyHash = Bcrypt.hash(UUID().uuidString, cost: cost)

    /// Adds a user (or, with `replacing`, changes one) and writes the file.
    public mutating func add(
        id: String, name: String, role: TeamUser.Role, email: String?, password: String, replacing: Bool
    ) throws {
        guard TeamUser.isValidID(id) else {
            throw Problem(description: "'\(id)' is not a user id: use the rep's id from team.yaml (lowercase letters, digits, '-')")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw Problem(description: "--name must not be empty") }
        guard password.count >= Self.minimumPasswordLength else {
            throw Problem(description: "the password must have at least \(Self.minimumPasswordLength) characters")
        }
        let existing = users.firstIndex { $0.id == id }
        if existing != nil, !replacing {
            throw Problem(description: "user '\(id)' exists already: add --replace to change their name, role or password")
        }
        let user = TeamUser(id: id, name: name, role: role, email: email, passwordHash: Bcrypt.hash(password, cost: Self.cost))
        if let existing { users[existing] = user } else { users.append(user) }
        users.sort { $0.id < $1.id }
        try write()
    }

    /// Removes a user and writes the file.
    public mutating func remove(id: String) throws {
        guard let index = users.firstIndex(where: { $0.id == id }) else { throw Problem(description: "no user '\(id)' in \(file.path)") }
        users.remove(at: index)
        try write()
    }

    private func write() throws {
        let folder = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text =
            "# The team server's users (playbook user add|remove|list). Passwords are bcrypt hashes.\n"
            + "# Keep this file out of git and out of the output folder.\n" + (try YAMLEncoder().encode(Stored(users: users)))
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else { throw Problem(description: "cannot write \(temporary.path)") }
        guard rename(temporary.path, file.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw Problem(description: "cannot write \(file.path): \(String(cString: strerror(errno)))")
        }
    }
}
