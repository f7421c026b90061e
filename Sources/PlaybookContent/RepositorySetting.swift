import PlaybookCore
import Yams

extension ConfigParser {
    /// `repository: {url: …, branch: main, host: github, folder: docs/playbook}`: every part
    /// checked, because the addresses made of it end up in every page.
    static func repository(_ node: Node, reader: YAMLReader) -> (Repository?, [Diagnostic]) {
        guard case .success(let parts) = reader.mapping(node, what: "'repository'") else {
            return (
                nil,
                [
                    reader.mismatch(
                        node, key: "repository", expected: "a mapping, like {url: https://github.com/acme/playbook, branch: main}")
                ]
            )
        }
        var diagnostics: [Diagnostic] = []
        var url: String?
        var branch = "main"
        var host: Repository.Host?
        var folder = ""
        func text(_ value: Node, _ part: String) -> String? {
            switch reader.string(value, key: "repository." + part) {
            case .success(let text): return text
            case .failure(let error):
                diagnostics.append(error)
                return nil
            }
        }
        for (part, partKey, value) in parts {
            guard let given = part == "url" || part == "branch" || part == "host" || part == "folder" ? text(value, part) : "" else {
                continue
            }
            let location = reader.location(of: value)
            switch part {
            case "url":
                if normalizedBaseURL(given) != nil, !given.contains("?"), !given.contains("#") {
                    url = given
                } else {
                    diagnostics.append(.error(location, "'repository.url' must be the repository's http(s) web address"))
                }
            case "branch":
                if !given.isEmpty, !given.contains(" "), !given.contains("?"), !given.contains("#") {
                    branch = given
                } else {
                    diagnostics.append(.error(location, "'repository.branch' must be a branch name, like main"))
                }
            case "host":
                if let known = Repository.Host(rawValue: given) {
                    host = known
                } else {
                    diagnostics.append(.error(location, "'repository.host' is one of github, gitea, gitlab, not '\(given)'"))
                }
            case "folder":
                if given.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) || given.contains("?") {
                    diagnostics.append(.error(location, "'repository.folder' is a folder inside the repository, like docs/playbook"))
                } else {
                    folder = given
                }
            default:
                diagnostics.append(
                    .warning(reader.location(of: partKey), "unknown setting 'repository.\(part)' (known: url, branch, host, folder)"))
            }
        }
        if url == nil, !parts.contains(where: { $0.key == "url" }) {
            diagnostics.append(.error(reader.location(of: node), "'repository' needs a 'url'"))
        }
        return (url.map { Repository(url: $0, branch: branch, host: host, folder: folder) }, diagnostics)
    }
}
