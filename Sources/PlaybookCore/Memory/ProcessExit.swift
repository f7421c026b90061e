/// What a process about to end leaves for its exit to reclaim. The command
/// line's `build` and `check` end with their whole model in memory; taking it
/// apart object by object is serial work that nobody waits for (compilers skip
/// it the same way). Never for a process that builds again, as `serve` does.
package enum ProcessExit {
    /// Keeps `value` alive until the process ends.
    package static func reclaims<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
