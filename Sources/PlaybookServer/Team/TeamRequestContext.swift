import Hummingbird
import HummingbirdAuth
import NIOCore

/// A request on the team server: its session (who signed in, their CSRF
/// token) and the address it came from (for the sign-in bounds).
struct TeamRequestContext: RequestContext, SessionRequestContext {
    typealias Session = TeamSession

    var coreContext: CoreRequestContextStorage
    let sessions: SessionContext<TeamSession>
    let remoteAddress: String

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        sessions = .init()
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// No request body the server reads is larger (a sheet is a few kilobytes).
    var maxUploadSize: Int { TeamServer.maxBody }
}

/// What a session keeps: the user's id and the token every change must carry.
struct TeamSession: Codable, Sendable {
    var user: String
    var csrf: String
}
