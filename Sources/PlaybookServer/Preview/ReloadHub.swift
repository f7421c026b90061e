import Foundation
import PlaybookKit

/// The open pages, each listening on `/_playbook/events` (server-sent
/// events): told to reload after a good rebuild, shown the errors after a bad
/// one. A page that connects is told at once whether the site has errors.
final class ReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    /// The error lines of the last rebuild; empty when it succeeded.
    private var problems: [String] = []

    var listenerCount: Int { lock.withLock { listeners.count } }

    /// A new listener's events, as text in the event-stream format.
    func listen() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream()
        continuation.onTermination = { [weak self] _ in self?.lock.withLock { _ = self?.listeners.removeValue(forKey: id) } }
        lock.withLock {
            listeners[id] = continuation
            continuation.yield(": playbook live reload\n\n")
            continuation.yield(Self.event(problems.isEmpty ? "ok" : "problems", problems))
        }
        return stream
    }

    /// After a rebuild: every page reloads, or shows the errors (and keeps its content).
    func rebuilt(_ update: LiveSite.Update) {
        let errors = update.diagnostics.filter { $0.severity == .error }.map(\.description)
        let text = errors.isEmpty ? Self.event("reload", []) : Self.event("problems", errors)
        for listener in lock.withLock({
            problems = errors
            return Array(listeners.values)
        }) { listener.yield(text) }
    }

    /// Ends every listener's stream, so that the server can stop.
    func closeAll() {
        // Outside the lock: finishing a stream runs its termination handler, which takes the lock.
        let all = lock.withLock { () -> [AsyncStream<String>.Continuation] in
            defer { listeners = [:] }
            return Array(listeners.values)
        }
        for listener in all { listener.finish() }
    }

    /// A comment line to every listener: a page that went away is noticed when the write fails.
    func heartbeat() {
        for listener in lock.withLock({ Array(listeners.values) }) { listener.yield(": still here\n\n") }
    }

    /// One event: its name and a JSON array of lines as data.
    static func event(_ name: String, _ lines: [String]) -> String {
        let json = (try? JSONSerialization.data(withJSONObject: lines)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return "event: \(name)\ndata: \(json)\n\n"
    }
}
