import Foundation
import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

/// What many pages share, made the first time a page asks for it and kept for
/// the rest of the build: a sidebar by its `Sidebar.Key`, the layouts with
/// their site partials rendered for a folder depth. Shared by the threads that
/// render pages; two of them may make the same value at once, and both get it.
package final class RenderCache<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [Key: Value] = [:]

    /// The value for `key`, made by `make` the first time it is asked for.
    package func value(for key: Key, make: () -> Value) -> Value {
        if let found = lock.withLock({ made[key] }) { return found }
        let value = make()
        lock.withLock { made[key] = value }
        return value
    }

    package var count: Int { lock.withLock { made.count } }
}
