import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore
import PlaybookCore
import PlaybookKit

/// The team server's addresses: sign-in and sign-out, who is signed in, saving
/// a sheet, and the site's files, each behind its check.
struct TeamHandler: Sendable {
    let root: String
    let users: TeamUsers
    let live: LiveSite
    let desk: SheetDesk
    let rebuilds: RebuildQueue
    let pusher: Pusher?
    let log: @Sendable (String) -> Void
    let throttle = LoginThrottle()

    func route(_ router: Router<TeamRequestContext>) {
        let api = TeamServer.api
        router.post(RouterPath(api + "login")) { request, context in try await signIn(request, context) }
        router.post(RouterPath(api + "logout")) { request, context in try await signOut(request, context) }
        router.get(RouterPath(api + "session")) { _, context in session(context) }
        router.post(RouterPath(api + "save")) { request, context in try await save(request, context) }
        for path in ["/", "**"] {
            router.get(RouterPath(path)) { request, context in file(request, context) }
            router.head(RouterPath(path)) { request, context in file(request, context) }
        }
    }

    // MARK: Signing in and out

    func signIn(_ request: Request, _ context: TeamRequestContext) async throws -> Response {
        var request = request
        guard let body = try? await request.collectBody(upTo: 16 * 1024) else { return StaticSite.text(.contentTooLarge, "too large\n") }
        let fields = Self.formFields(String(buffer: body))
        let id = (fields["user"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let signInPage = signInURL(language: fields["language"])
        if throttle.isLocked(user: id, address: context.remoteAddress) {
            log("refused sign-in of '\(id)' from \(context.remoteAddress): too many failed attempts")
            return redirect(signInPage + "?locked" + Self.nextQuery(fields["next"]))
        }
        let password = fields["password"] ?? ""
        let users = self.users
        let user = await withCheckedContinuation { continuation in
            // bcrypt takes a quarter of a second: off the server's own threads.
            DispatchQueue.global().async { continuation.resume(returning: users.verify(id: id, password: password)) }
        }
        guard let user else {
            throttle.failed(user: id, address: context.remoteAddress)
            log("refused sign-in of '\(id)' from \(context.remoteAddress): wrong user name or password")
            return redirect(signInPage + "?failed" + Self.nextQuery(fields["next"]))
        }
        throttle.succeeded(user: id)
        context.sessions.createSession(TeamSession(user: user.id, csrf: Self.token()), expiresIn: TeamServer.sessionLength)
        log("\(user.id) signed in from \(context.remoteAddress)")
        return redirect(Self.safeNext(fields["next"]) ?? "/")
    }

    func signOut(_ request: Request, _ context: TeamRequestContext) async throws -> Response {
        var request = request
        let body = (try? await request.collectBody(upTo: 16 * 1024)).map { String(buffer: $0) } ?? ""
        guard let current = context.sessions.session, Self.same(Self.formFields(body)["csrf"] ?? "", current.csrf) else {
            return StaticSite.text(.forbidden, "refused: sign out from a page of this site\n")
        }
        context.sessions.clearSession()
        log("\(current.user) signed out")
        return redirect(signInURL(language: nil) + "?signed-out")
    }

    func session(_ context: TeamRequestContext) -> Response {
        guard let current = context.sessions.session, let user = users.user(current.user) else {
            return json(["refusal": "login"], status: .unauthorized)
        }
        return json(["id": user.id, "name": user.name, "role": user.role.rawValue, "csrf": current.csrf], status: .ok)
    }

    // MARK: Saving

    func save(_ request: Request, _ context: TeamRequestContext) async throws -> Response {
        guard let current = context.sessions.session, let user = users.user(current.user) else {
            log("refused a save from \(context.remoteAddress): not signed in")
            return outcome(.refused("login", "not signed in", status: 401))
        }
        guard let token = request.headers[.init("X-Playbook-CSRF")!], Self.same(token, current.csrf) else {
            log("refused a save by \(user.id): no or wrong CSRF token")
            return outcome(.refused("csrf", "the request does not carry this session's token", status: 403))
        }
        var request = request
        guard let body = try? await request.collectBody(upTo: TeamServer.maxBody) else {
            log("refused a save by \(user.id): more than \(TeamServer.maxBody) bytes")
            return outcome(.refused("size", "the request is larger than \(TeamServer.maxBody) bytes", status: 413))
        }
        guard let sheet = try? JSONDecoder().decode(SaveRequest.self, from: Data(buffer: body)) else {
            log("refused a save by \(user.id): not a save request")
            return outcome(.refused("server", "not a save request (JSON with kind, template, file, text)", status: 400))
        }
        let (result, path) = await desk.save(sheet, by: user)
        guard result.ok, let path else { return outcome(result) }
        pusher?.push()
        _ = await rebuilds.rebuild(after: [path])
        var saved = result
        saved.url = live.pageURL(ofSource: path)
        return outcome(saved)
    }

    // MARK: The site's files

    func file(_ request: Request, _ context: TeamRequestContext) -> Response {
        let path = request.uri.path
        if context.sessions.session.flatMap({ users.user($0.user) }) != nil || Self.isPublic(path) {
            return StaticSite.respond(to: path, root: root)
        }
        let next = path + (request.uri.query.map { "?" + $0 } ?? "")
        let login = signInURL(language: path.split(separator: "/").first.map(String.init))
        return redirect(login + "?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
    }

    /// What anyone may fetch: the sign-in pages, the theme's files, not the search index (it holds the pages' words),
    /// and the web app manifests (a browser asks for one without the session's cookie). The service worker, which
    /// lists every page, is for signed-in users.
    static func isPublic(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        if parts.contains("..") || parts.contains(".") { return false }
        let page = parts.last == "index.html" ? Array(parts.dropLast()) : parts
        if page == ["login"] || (page.count == 2 && page[1] == "login") { return true }
        if parts == [SiteLayout.manifest] || (parts.count == 2 && parts[1] == SiteLayout.manifest) { return true }
        return path.hasPrefix("/" + SiteLayout.outputAssets) && !(parts.last ?? "").hasPrefix("search-index")
    }

    /// The sign-in page of a language's edition (`/en/login/`), the default's when it has none.
    func signInURL(language: String?) -> String {
        if let language, !language.isEmpty, language.allSatisfy({ $0.isLetter || $0 == "-" }),
            FileManager.default.fileExists(atPath: root + "/" + language + "/" + SiteLayout.signIn + "index.html")
        {
            return "/" + language + "/" + SiteLayout.signIn
        }
        return "/" + SiteLayout.signIn
    }

    // MARK: Helpers

    func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }

    func outcome(_ outcome: SaveOutcome) -> Response {
        json(outcome, status: HTTPResponse.Status(code: outcome.status))
    }

    /// `value` as JSON, keys sorted, never cached.
    func json(_ value: some Encodable, status: HTTPResponse.Status) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `a=1&b=two+words` into its fields (later ones win).
    static func formFields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String { s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            fields[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

    /// Where to go after signing in: a path on this site only (never `//host` or `https://…`).
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), !next.contains("\0"),
            !next.hasPrefix(TeamServer.api)
        else { return nil }
        return next
    }

    /// `&next=…` to hand the page asked for on to the next attempt, when it is one of this site's.
    static func nextQuery(_ next: String?) -> String {
        guard let next = safeNext(next) else { return "" }
        return "&next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    }

    /// 32 random bytes as hex: a CSRF token.
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// Compares two tokens in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
