import Foundation

/// Bounds guessing: after `perUser` failed sign-ins within `window` for one
/// user id, or `perAddress` from one address (higher: a team behind one proxy
/// or office router shares it), further attempts are refused without
/// checking the password until the oldest failure is older than `window`.
final class LoginThrottle: @unchecked Sendable {
    let perUser: Int
    let perAddress: Int
    let window: TimeInterval
    private let lock = NSLock()
    private var failures: [String: [Date]] = [:]

    init(perUser: Int = 5, perAddress: Int = 20, window: TimeInterval = 15 * 60) {
        self.perUser = perUser
        self.perAddress = perAddress
        self.window = window
    }

    /// True when `user` or `address` has failed too often lately.
    func isLocked(user: String, address: String, now: Date = Date()) -> Bool {
        lock.withLock {
            recent("user:" + user, now: now).count >= perUser || recent("address:" + address, now: now).count >= perAddress
        }
    }

    func failed(user: String, address: String, now: Date = Date()) {
        lock.withLock {
            for key in ["user:" + user, "address:" + address] { failures[key] = recent(key, now: now) + [now] }
            if failures.count > 10_000 { failures = failures.filter { !$0.value.isEmpty } }  // bounded memory
        }
    }

    /// A good sign-in forgets the user's failures (not the address's).
    func succeeded(user: String) {
        _ = lock.withLock { failures.removeValue(forKey: "user:" + user) }
    }

    private func recent(_ key: String, now: Date) -> [Date] {
        (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
    }
}
