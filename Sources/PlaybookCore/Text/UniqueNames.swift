/// Hands out names nobody holds yet: `base`, else `base-1`, `base-2`, …, in
/// constant time per name however often one base repeats (ten thousand
/// identical checklist items cost no more than ten thousand different ones).
package struct UniqueNames {
    package private(set) var used: Set<String> = []
    /// The next suffix to try for each base.
    private var nextSuffix: [String: Int] = [:]

    package mutating func claim(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var counter = nextSuffix[base] ?? 1
        while true {
            let candidate = "\(base)-\(counter)"
            counter += 1
            if used.insert(candidate).inserted {
                nextSuffix[base] = counter
                return candidate
            }
        }
    }

    package init(used: Set<String> = [], nextSuffix: [String: Int] = [:]) {
        self.used = used
        self.nextSuffix = nextSuffix
    }
}
