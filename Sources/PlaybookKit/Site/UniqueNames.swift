/// Hands out names nobody holds yet: `base`, else `base-1`, `base-2`, …, in
/// constant time per name however often one base repeats (ten thousand
/// identical checklist items cost no more than ten thousand different ones).
struct UniqueNames {
    private(set) var used: Set<String> = []
    /// The next suffix to try for each base.
    private var nextSuffix: [String: Int] = [:]

    mutating func claim(_ base: String) -> String {
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
}
