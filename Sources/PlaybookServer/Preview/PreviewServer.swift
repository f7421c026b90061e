import Foundation
import Hummingbird
import Logging
import NIOCore
import PlaybookKit

/// `playbook serve`: builds the site, serves the output folder over HTTP,
/// rebuilds when a source changes and tells every open page to reload.
public struct PreviewServer: Sendable {
    public var options: BuildOptions
    public var host: String
    public var port: Int

    public init(options: BuildOptions, host: String = "127.0.0.1", port: Int = 8080) {
        self.options = options
        self.host = host
        self.port = port
    }

    /// Runs until the process is stopped (SIGINT or SIGTERM). Returns false
    /// when the server could not start (the reason printed).
    public func run(print say: @escaping @Sendable (String) -> Void, problems: @escaping @Sendable ([String]) -> Void) async -> Bool {
        let live = LiveSite(options: options)
        if let problem = live.outputProblem() {
            problems([problem.description])  // never serve (or write into) the site's own files
            return false
        }
        let hub = ReloadHub()
        let first = live.update(changed: nil)
        problems(first.diagnostics.map(\.description))
        hub.rebuilt(first)
        say(
            first.succeeded
                ? "built \(first.changedFiles.count) files in \(Self.seconds(first.seconds))"
                : "the site has errors: fix them and save (until then the output folder is served as it was)")

        guard
            let watcher = FileWatcher(
                site: options.site,
                onChange: { changed in
                    let update = live.update(changed: changed)
                    problems(update.diagnostics.map(\.description))
                    hub.rebuilt(update)
                    if update.succeeded {
                        say(
                            "rebuilt \(update.changedFiles.count) files in \(Self.seconds(update.seconds))"
                                + (update.incremental ? "" : " (whole site)") + " after \(changed.sorted().joined(separator: ", "))")
                    }
                })
        else {
            say("cannot watch \(options.site.path) for changes (inotify)")
            return false
        }
        watcher.start()

        var logger = Logger(label: "playbook-serve")
        logger.logLevel = .error
        let root = live.outputFolder.path
        let responder = CallbackResponder { (request: Request, _: BasicRequestContext) -> Response in
            Self.respond(to: request, root: root, hub: hub)
        }
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: port), serverName: "playbook"),
            onServerRunning: { channel in
                let actual = channel.localAddress?.port ?? port
                say("serving \(root) at http://\(host):\(actual)/ (Ctrl-C to stop)")
            },
            logger: logger
        )
        // Stopped in reverse order: the pages' event streams end first, so the server has no request left to wait for.
        return await ServedUntilStopped.run([app, LiveReloadService(hub: hub)], logger: logger, host: host, port: port, say: say)
    }

    static func respond(to request: Request, root: String, hub: ReloadHub) -> Response {
        let path = request.uri.path
        if path == LiveReloadScript.path {
            let stream = hub.listen()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: ResponseBody { writer in
                    for await text in stream { try await writer.write(ByteBuffer(string: text)) }
                    try await writer.finish(nil)
                })
        }
        guard request.method == .get || request.method == .head else {
            return StaticSite.text(.methodNotAllowed, "only GET and HEAD\n")
        }
        return StaticSite.respond(to: path, root: root, html: LiveReloadScript.inject(into:))
    }

    static func seconds(_ value: Double) -> String {
        value < 1 ? "\(Int((value * 1000).rounded())) ms" : String(format: "%.2f s", value)
    }
}
