import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookServer

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the site on HTTP, rebuild on every change and reload the open pages.",
        discussion: "With --team: the team server. Users sign in, and the forms and scorecards they save are checked, "
            + "committed to the site's git repository and shown at once (README, Team server).")

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "The output folder (default: SITE/public).")
    var output: String?

    @Option(name: .long, help: "The port (0: any free port).")
    var port: Int = 8080

    @Option(name: .long, help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Serve signed-in users and save their forms and scorecards into git (the output: SITE/.playbook/site).")
    var team = false

    @Option(name: .long, help: "With --team: the users file (default: SITE/.playbook/users.yaml).")
    var users: String?

    @Option(name: .long, help: "With --team: push every save to this git remote (e.g. origin).")
    var push: String?

    @Flag(inversion: .prefixedNo, help: "With --team: session cookies only over HTTPS (default: unless listening on loopback).")
    var secureCookies: Bool?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        if !team, users != nil || push != nil || secureCookies != nil {
            throw ValidationError("--users, --push and --secure-cookies go with --team")
        }
    }

    func run() throws {
        let options = BuildOptions(site: siteOptions.siteURL, output: output.map { URL(fileURLWithPath: $0, isDirectory: true) })
        let say: @Sendable (String) -> Void = { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        let problems: @Sendable ([String]) -> Void = { lines in Output.print(lines, format: .text) }
        let done = DispatchSemaphore(value: 0)
        let result = ServeResult()
        if team {
            var server = TeamServer(options: options, host: host, port: port, usersFile: users.map { URL(fileURLWithPath: $0) })
            server.pushRemote = push
            server.secureCookies = secureCookies
            Task {
                result.set(await server.run(print: say, problems: problems))
                done.signal()
            }
        } else {
            let server = PreviewServer(options: options, host: host, port: port)
            Task {
                result.set(await server.run(print: say, problems: problems))
                done.signal()
            }
        }
        done.wait()
        if !result.ok { throw ExitCode(1) }
    }
}

/// Carries the server's outcome from its task back to the command.
final class ServeResult: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var ok: Bool { lock.withLock { value } }
    func set(_ ok: Bool) { lock.withLock { value = ok } }
}
