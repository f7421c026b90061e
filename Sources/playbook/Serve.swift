import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookServer

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the site on HTTP, rebuild on every change and reload the open pages.")

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "The output folder (default: SITE/public).")
    var output: String?

    @Option(name: .long, help: "The port (0: any free port).")
    var port: Int = 8080

    @Option(name: .long, help: "The address to listen on.")
    var host: String = "127.0.0.1"

    func run() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        let server = PreviewServer(
            options: BuildOptions(site: siteOptions.siteURL, output: output.map { URL(fileURLWithPath: $0, isDirectory: true) }),
            host: host, port: port)
        let done = DispatchSemaphore(value: 0)
        let result = ServeResult()
        Task {
            let ok = await server.run(
                print: { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) },
                problems: { lines in Output.print(lines, format: .text) })
            result.set(ok)
            done.signal()
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
