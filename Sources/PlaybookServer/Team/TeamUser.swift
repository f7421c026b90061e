/// Someone who may sign in to the team server. `id` is their rep id in
/// `team.yaml` (the rules compare it with a sheet's `rep`); the password is
/// kept only as a bcrypt hash.
public struct TeamUser: Codable, Sendable, Equatable {
    public enum Role: String, Codable, Sendable, CaseIterable {
        /// Saves visit plans for themselves.
        case rep
        /// Also saves scorecards for their reps, and changes their reps' sheets.
        case manager
        /// Saves and changes any sheet.
        case admin
    }

    public var id: String
    public var name: String
    public var role: Role
    /// The commit author's address; `<id>@users.playbook.invalid` when none is given.
    public var email: String?
    public var passwordHash: String

    enum CodingKeys: String, CodingKey {
        case id, name, role, email
        case passwordHash = "password_hash"
    }

    public init(id: String, name: String, role: Role, email: String? = nil, passwordHash: String) {
        self.id = id
        self.name = name
        self.role = role
        self.email = email
        self.passwordHash = passwordHash
    }

    /// Who the commits of this user's saves are by.
    public var authorEmail: String { email ?? "\(id)@users.playbook.invalid" }

    /// A user id: what a rep id may be (lowercase letters, digits, `-`, `_`, `.`), at most 64 characters.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64,
            first.properties.isAlphabetic || ("0"..."9").contains(first)
        else { return false }
        return id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
            && id == id.lowercased()
    }
}
