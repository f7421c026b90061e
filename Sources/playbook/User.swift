import ArgumentParser
import Foundation
import PlaybookServer

/// `playbook user add|remove|list`: the team server's users.
struct User: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the team server's users (stored in SITE/.playbook/users.yaml, passwords as bcrypt hashes).",
        subcommands: [Add.self, Remove.self, List.self])

    struct Location: ParsableArguments {
        @OptionGroup var siteOptions: SiteOptions

        @Option(name: .long, help: "The users file (default: SITE/.playbook/users.yaml).")
        var users: String?

        var file: URL { users.map { URL(fileURLWithPath: $0) } ?? siteOptions.siteURL.appendingPathComponent(TeamUsers.defaultPath) }

        func load() throws -> TeamUsers {
            do { return try TeamUsers.load(file) } catch { throw refuse("\(error)") }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user; the password is read from standard input (asked for when it is a terminal).")

        @Argument(help: "The user's id: their rep id in team.yaml.")
        var id: String

        @Option(name: .long, help: "The name shown and written as the author of their commits.")
        var name: String

        @Option(name: .long, help: "rep, manager or admin.")
        var role: TeamUser.Role

        @Option(name: .long, help: "The commit author's address (default: ID@users.playbook.invalid).")
        var email: String?

        @Flag(name: .long, help: "Change an existing user's name, role, address and password.")
        var replace = false

        @OptionGroup var location: Location

        func run() throws {
            var users = try location.load()
            guard let password = PasswordPrompt.read("Password for \(id): ") else { throw refuse("error: no password on standard input") }
            do {
                try users.add(id: id, name: name, role: role, email: email, password: password, replacing: replace)
            } catch { throw refuse("error: \(error)") }
            print("\(replace ? "changed" : "added") \(id) (\(role.rawValue)) in \(location.file.path)")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a user.")

        @Argument(help: "The user's id.")
        var id: String

        @OptionGroup var location: Location

        func run() throws {
            var users = try location.load()
            do { try users.remove(id: id) } catch { throw refuse("error: \(error)") }
            print("removed \(id) from \(location.file.path)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users: id, role, name.")

        @OptionGroup var location: Location

        func run() throws {
            for user in try location.load().users { print("\(user.id)\t\(user.role.rawValue)\t\(user.name)") }
        }
    }
}

extension TeamUser.Role: ExpressibleByArgument {}

/// A refusal of the user command: its message on standard error, exit 1.
private func refuse(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    return ExitCode(1)
}
