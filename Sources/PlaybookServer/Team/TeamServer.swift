import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import NIOCore
import PlaybookCore
import PlaybookKit

/// `playbook serve --team`: the site for signed-in users, and sheets saved
/// from its forms into the site's git repository (checked, written whole,
/// committed with the user as author, optionally pushed) and on the site at
/// once. Everything but the sign-in page and the theme's files needs a session.
public struct TeamServer: Sendable {
    public var options: BuildOptions
    public var host: String
    public var port: Int
    /// The users file (`.playbook/users.yaml` in the site by default).
    public var usersFile: URL
    /// The remote every save is pushed to (e.g. `origin`), if any.
    public var pushRemote: String?
    /// Session cookies only over HTTPS. Nil: yes unless the server listens on a loopback address.
    public var secureCookies: Bool?

    /// The largest request body read (a sheet is a few kilobytes).
    static let maxBody = 256 * 1024
    /// Where the server's own addresses start.
    static let api = "/_playbook/"
    static let sessionCookie = "playbook_session"
    static let sessionLength: Duration = .seconds(12 * 60 * 60)

    public init(options: BuildOptions, host: String = "127.0.0.1", port: Int = 8080, usersFile: URL? = nil) {
        var options = options
        options.teamServer = true
        // Not `public/`: that is what `build` publishes, without sign-in pages and Save buttons.
        if options.output == nil { options.output = options.site.appendingPathComponent(".playbook/site", isDirectory: true) }
        self.options = options
        self.host = host
        self.port = port
        self.usersFile = usersFile ?? options.site.appendingPathComponent(TeamUsers.defaultPath)
    }

    /// Runs until the process is stopped. Returns false when the server could not start (the reason printed).
    public func run(print say: @escaping @Sendable (String) -> Void, problems: @escaping @Sendable ([String]) -> Void) async -> Bool {
        let users: TeamUsers
        do { users = try TeamUsers.load(usersFile) } catch {
            problems(["\(error)"])
            return false
        }
        guard !users.users.isEmpty else {
            problems(["\(usersFile.path): error: no users yet: add one with 'playbook user add ID --name NAME --role admin'"])
            return false
        }
        let site = options.site.standardizedFileURL
        for folder in [SiteLayout.content, "templates/", options.outputFolder.path] {
            let inside = folder.hasPrefix("/") ? folder : site.appendingPathComponent(folder).path
            if usersFile.standardizedFileURL.path.hasPrefix(inside + (inside.hasSuffix("/") ? "" : "/")) {
                problems(["\(usersFile.path): error: the users file must not be in \(folder): it would be published"])
                return false
            }
        }
        let git = GitRepository(folder: site)
        guard git.isRepository() else {
            problems(["\(site.path): error: the team server saves into git, and this site is not in a git repository (run 'git init')"])
            return false
        }
        let live = LiveSite(options: options)
        if let problem = live.outputProblem() {
            problems([problem.description])
            return false
        }
        let first = live.update(changed: nil)
        problems(first.diagnostics.map(\.description))
        say(
            first.succeeded ? "built \(first.changedFiles.count) files" : "the site has errors: sheets cannot be saved until they are fixed"
        )
        SheetDesk.removeLeftovers(in: site)
        if let left = try? git.run(["status", "--porcelain", "--", SiteLayout.visitPlans, SiteLayout.scorecardSheets]), !left.isEmpty {
            say("sheets in the work tree that are not committed (an interrupted save, or edits by hand):\n" + left)
        }

        let rebuilds = RebuildQueue(live: live) { update, changed in
            problems(update.diagnostics.map(\.description))
            if update.succeeded, let changed, !changed.isEmpty {
                say("rebuilt \(update.changedFiles.count) files after \(changed.sorted().joined(separator: ", "))")
            }
        }
        let recent = RecentSaves(site: site)
        let watcher = FileWatcher(
            site: site,
            onChange: { changed in
                let others = recent.others(in: changed)
                if !others.isEmpty { rebuilds.schedule(after: others) }
            })
        guard let watcher else {
            say("cannot watch \(site.path) for changes (inotify)")
            return false
        }
        watcher.start()
        let pusher = pushRemote.map { Pusher(git: git, remote: $0, log: say) }
        let handler = TeamHandler(
            root: live.outputFolder.path, users: users, live: live,
            desk: SheetDesk(site: site, live: live, git: git, recent: recent, log: say), rebuilds: rebuilds, pusher: pusher, log: say)

        var logger = Logger(label: "playbook-team")
        logger.logLevel = .error
        let sessions = MemoryPersistDriver()
        let secure = secureCookies ?? !Self.isLoopback(host)
        let router = Router(context: TeamRequestContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(
            middleware: SessionMiddleware<TeamRequestContext>(
                storage: sessions,
                configuration: .init(
                    sessionCookieParameters: .init(name: Self.sessionCookie, secure: secure, sameSite: .strict),
                    defaultSessionExpiration: Self.sessionLength)))
        handler.route(router)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "playbook"),
            onServerRunning: { channel in
                let actual = channel.localAddress?.port ?? port
                say("team server for \(site.path) at http://\(host):\(actual)/ (Ctrl-C to stop)")
                if !Self.isLoopback(host) {
                    say("listening beyond this machine: serve it through an HTTPS reverse proxy (README, Team server)")
                }
            },
            logger: logger
        )
        return await ServedUntilStopped.run([app, sessions], logger: logger, host: host, port: port, say: say)
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

/// Headers on every answer of the team server: no framing, no referrer beyond the site.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = TeamRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "same-origin"
        return response
    }
}
