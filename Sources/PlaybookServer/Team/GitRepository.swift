import Foundation
import PlaybookCore

/// The site's git repository, through the git command line: who first saved
/// a file, a commit of one file with its author, a push. Commits name only
/// their file, so whatever else is staged in the repository stays out of them.
struct GitRepository: Sendable {
    /// The site folder (the repository's root or a folder inside it).
    var folder: URL

    /// The commit trailer naming the team-server user who saved a sheet.
    static let userTrailer = "Playbook-User"
    /// The committer of every save: the server; the author is the user.
    static let committer = (name: "Playbook team server", email: "team-server@playbook.invalid")

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// True when the site folder is inside a git work tree.
    func isRepository() -> Bool {
        (try? run(["rev-parse", "--is-inside-work-tree"]))?.trimmingCharacters(in: .whitespacesAndNewlines) == "true"
    }

    /// The team-server user who last created `path` (site-relative), from the trailer of the commit that added it.
    func creator(of path: String) -> String? {
        let format = "--format=%(trailers:key=\(Self.userTrailer),valueonly,separator=)"
        guard let output = try? run(["log", "--diff-filter=A", "-1", format, "--", path]) else { return nil }
        let value = output.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// Stages and commits `path` alone, by `author`.
    func commit(path: String, author: (name: String, email: String), subject: String, body: String, user: String) throws {
        try run(["add", "--", path])
        try run(
            [
                "commit", "--quiet", "--no-gpg-sign", "--author=\(author.name) <\(author.email)>", "-m", subject, "-m", body,
                "-m", "\(Self.userTrailer): \(user)", "--", path,
            ])
    }

    /// Takes `path` out of the index again (after a failed commit).
    func unstage(_ path: String) {
        _ = try? run(["reset", "--quiet", "--", path])
    }

    /// Pushes the current branch to `remote`.
    func push(to remote: String) throws {
        try run(["push", "--quiet", remote, "HEAD"])
    }

    /// Runs git in the site folder; its standard output, or a Failure with what it printed.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        environment["GIT_COMMITTER_NAME"] = Self.committer.name
        environment["GIT_COMMITTER_EMAIL"] = Self.committer.email
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw Failure(description: "cannot run git: \(error)") }
        // Both pipes read to their end before waiting, so a long output cannot block git.
        let errorData = Background { errors.fileHandleForReading.readDataToEndOfFile() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errorData.value, as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = errorText.trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "git \(arguments.first ?? "") failed: \(said.isEmpty ? "exit \(process.terminationStatus)" : said)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
