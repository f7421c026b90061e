import PlaybookCore

/// Who reports to whom, from `team.yaml`: what the team server's rules ask
/// ("is this rep one of this manager's?").
public struct TeamRoster: Sendable {
    /// Each rep's name and manager, by id.
    public var reps: [String: (name: String, manager: String?)]

    public init(_ reps: [Rep]) {
        var byID: [String: (name: String, manager: String?)] = [:]
        for rep in reps where byID[rep.id] == nil { byID[rep.id] = (rep.name, rep.manager) }
        self.reps = byID
    }

    /// True when `rep` reports to `manager`, directly or through others below them.
    public func manages(_ manager: String, _ rep: String) -> Bool {
        var seen: Set<String> = [rep]
        var current = reps[rep]?.manager
        while let next = current, seen.insert(next).inserted {
            if next == manager { return true }
            current = reps[next]?.manager
        }
        return false
    }
}
