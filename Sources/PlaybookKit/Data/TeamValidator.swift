/// Checks across the team data that no single row can tell: ids unique and
/// usable in URLs, managers and owners that exist, no management loop.
public struct TeamValidator {
    public init() {}

    public func validate(_ data: TeamData) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reps: [String: Rep] = [:]
        for rep in data.reps {
            if let first = reps[rep.id] {
                diagnostics.append(.error(rep.location, "duplicate rep id '\(rep.id)' (first at line \(first.location.line))"))
                continue
            }
            if !Self.isURLSafe(rep.id) {
                diagnostics.append(.error(rep.location, "rep id '\(rep.id)' is used in URLs: use letters, digits, '-', '_' and '.'"))
            }
            reps[rep.id] = rep
        }
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
                    diagnostics.append(.error(person.managerLocation ?? person.location,
                        "management loop: \(loop.joined(separator: " → ")) (someone in a team must have no manager, or one outside it)"))
                    break
                }
                path.append(id)
                onPath.insert(id)
                current = person.manager
            }
            done.formUnion(path)
        }
        var accounts: [String: Account] = [:]
        for account in data.accounts {
            if let first = accounts[account.id] {
                diagnostics.append(.error(account.location, "duplicate account id '\(account.id)' (first at line \(first.location.line))"))
                continue
            }
            if !Self.isURLSafe(account.id) {
                diagnostics.append(.error(account.location, "account id '\(account.id)' is used in URLs: use letters, digits, '-', '_' and '.'"))
            }
            accounts[account.id] = account
            if reps[account.owner] == nil {
                diagnostics.append(.error(account.ownerLocation, "account '\(account.id)' is owned by '\(account.owner)', who is not a rep in team.yaml"))
            }
        }
        return diagnostics
    }

    static func isURLSafe(_ id: String) -> Bool {
        !id.isEmpty && id != "." && id != ".." && id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == ".")
        }
    }
}
