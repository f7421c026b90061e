import Foundation
import PlaybookCore

/// The files the server itself just saved, with their bytes' hash: when the
/// file watcher then reports them, and they still hold those bytes, the save's
/// own rebuild has shown them already and no second rebuild is needed.
final class RecentSaves: @unchecked Sendable {
    private let site: URL
    private let lock = NSLock()
    private var saved: [String: UInt64] = [:]

    init(site: URL) {
        self.site = site
    }

    func note(_ path: String, _ data: Data) {
        lock.withLock { saved[path] = StableID.hash(data) }
    }

    /// The changed paths that are not just this server's own saves, as they were saved.
    func others(in changed: Set<String>) -> Set<String> {
        lock.withLock {
            changed.filter { path in
                guard let hash = saved.removeValue(forKey: path) else { return true }
                let now = FileManager.default.contents(atPath: site.appendingPathComponent(path).path)
                return now.map(StableID.hash) != hash
            }
        }
    }
}
