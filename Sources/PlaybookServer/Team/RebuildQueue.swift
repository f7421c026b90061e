import Foundation
import PlaybookKit

/// One rebuild at a time for the team server: changes that arrive while the
/// site is being rebuilt (saves, edits on disk) share the next rebuild, and
/// every save waits for the first rebuild that began after it was written.
final class RebuildQueue: @unchecked Sendable {
    private let live: LiveSite
    private let report: @Sendable (LiveSite.Update, Set<String>?) -> Void
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "playbook.team.rebuild")
    private var waiting: [CheckedContinuation<LiveSite.Update, Never>] = []
    /// The paths changed since the last rebuild began; nil: everything.
    private var changed: Set<String>? = []
    private var running = false

    init(live: LiveSite, report: @escaping @Sendable (LiveSite.Update, Set<String>?) -> Void) {
        self.live = live
        self.report = report
    }

    /// Rebuilds after `paths` changed (nil: anything may have), and returns when a rebuild that includes them is done.
    func rebuild(after paths: Set<String>?) async -> LiveSite.Update {
        await withCheckedContinuation { continuation in
            lock.withLock {
                waiting.append(continuation)
                add(paths)
            }
            start()
        }
    }

    /// The same, without waiting (for the file watcher).
    func schedule(after paths: Set<String>?) {
        lock.withLock { add(paths) }
        start()
    }

    private func add(_ paths: Set<String>?) {
        if let paths, let known = changed { changed = known.union(paths) } else { changed = nil }
    }

    private func start() {
        let begin = lock.withLock { () -> Bool in
            guard !running else { return false }
            running = true
            return true
        }
        if begin { queue.async { self.drain() } }
    }

    private func drain() {
        while true {
            let next = lock.withLock { () -> (waiters: [CheckedContinuation<LiveSite.Update, Never>], paths: Set<String>?)? in
                guard !waiting.isEmpty || changed != [] else {
                    running = false
                    return nil
                }
                let batch = (waiting, changed)
                waiting = []
                changed = []
                return batch
            }
            guard let next else { return }
            let update = live.update(changed: next.paths)
            report(update, next.paths)
            for waiter in next.waiters { waiter.resume(returning: update) }
        }
    }
}
