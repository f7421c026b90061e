import Foundation

/// Pushes the repository to its remote after saves, in the background: one
/// push at a time, saves made meanwhile going out with the next. A failed
/// push is logged and tried again after the next save; the commits stay.
final class Pusher: @unchecked Sendable {
    private let git: GitRepository
    private let remote: String
    private let log: @Sendable (String) -> Void
    private let queue = DispatchQueue(label: "playbook.team.push")
    private let lock = NSLock()
    private var pending = false

    init(git: GitRepository, remote: String, log: @escaping @Sendable (String) -> Void) {
        self.git = git
        self.remote = remote
        self.log = log
    }

    /// Asks for a push; returns at once.
    func push() {
        let first = lock.withLock { () -> Bool in
            defer { pending = true }
            return !pending
        }
        guard first else { return }  // one is waiting already: it will carry this commit too
        queue.async { [self] in
            lock.withLock { pending = false }
            do {
                try git.push(to: remote)
            } catch {
                log("push to \(remote) failed (the commits stay here and go with the next push): \(error)")
            }
        }
    }

    /// Waits until the pushes asked for so far are done (for tests and shutdown).
    func wait() { queue.sync {} }
}
