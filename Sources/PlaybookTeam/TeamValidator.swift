import PlaybookContent
import PlaybookCore

/// Checks across the team data that no single row can tell: ids unique and
/// usable in URLs, managers and owners that exist, no management loop.
public struct TeamValidator {
    public init() {}

    public func validate(_ data: TeamData) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let (reps, _) = Self.byID(data.reps, kind: "rep", id: \.id, location: \.location, into: &diagnostics)
        for rep in data.reps {
            if let manager = rep.manager, reps[manager] == nil {
                diagnostics.append(.error(rep.managerLocation ?? rep.location, "unknown manager '\(manager)': no rep has that id"))
            }
        }
        // A loop: following managers from a rep comes back to a rep already on the path.
        var done: Set<String> = []
        for rep in data.reps.sorted(by: { $0.location < $1.location }) where !done.contains(rep.id) {
            var path: [String] = []
            var onPath: Set<String> = []
            var current: String? = rep.id
            while let id = current, !done.contains(id), let person = reps[id] {
                if onPath.contains(id), let start = path.firstIndex(of: id) {
                    let loop = path[start...] + [id]
                    diagnostics.append(
                        .error(
                            person.managerLocation ?? person.location,
                            "management loop: \(loop.joined(separator: " → ")) "
                                + "(someone in a team must have no manager, or one outside it)")
                    )
                    break
                }
                path.append(id)
                onPath.insert(id)
                current = person.manager
            }
            done.formUnion(path)
        }
        let (_, accounts) = Self.byID(data.accounts, kind: "account", id: \.id, location: \.location, into: &diagnostics)
        for account in accounts where reps[account.owner] == nil {
            diagnostics.append(
                .error(account.ownerLocation, "account '\(account.id)' is owned by '\(account.owner)', who is not a rep in team.yaml"))
        }
        return diagnostics
    }

    /// Items by id, and the first of each id in order; a repeated id, or one a
    /// URL cannot hold, is an error at its item.
    private static func byID<Item>(
        _ items: [Item], kind: String, id: KeyPath<Item, String>, location: KeyPath<Item, SourceLocation>,
        into diagnostics: inout [Diagnostic]
    ) -> ([String: Item], [Item]) {
        var index: [String: Item] = [:]
        var firsts: [Item] = []
        for item in items {
            let key = item[keyPath: id]
            if let first = index[key] {
                diagnostics.append(
                    .error(item[keyPath: location], "duplicate \(kind) id '\(key)' (first at line \(first[keyPath: location].line))"))
                continue
            }
            if !isURLSafe(key) {
                diagnostics.append(
                    .error(item[keyPath: location], "\(kind) id '\(key)' is used in URLs: use letters, digits, '-', '_' and '.'"))
            }
            index[key] = item
            firsts.append(item)
        }
        return (index, firsts)
    }

    package static func isURLSafe(_ id: String) -> Bool {
        !id.isEmpty && id != "." && id != ".."
            && id.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == ".")
            }
    }
}
