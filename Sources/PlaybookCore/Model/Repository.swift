/// Where the site's sources live on a Git host (`repository:` in
/// `playbook.yaml`): so that a page can be edited, and a filled form
/// proposed, on the host's own web pages by people who do not use git.
public struct Repository: Sendable, Equatable {
    /// How the host spells its editing addresses.
    public enum Host: String, Sendable, CaseIterable {
        case github, gitea, gitlab
    }

    /// The repository's web address, without a trailing slash (`https://github.com/acme/playbook`).
    public var url: String
    public var branch: String
    public var host: Host
    /// Where the site folder is inside the repository (`docs/playbook/`); empty at its root.
    public var folder: String

    public init(url: String, branch: String = "main", host: Host? = nil, folder: String = "") {
        self.url = url.hasSuffix("/") ? String(url.dropLast()) : url
        self.branch = branch
        self.host = host ?? (url.lowercased().contains("gitlab") ? .gitlab : .github)
        let trimmed = folder.split(separator: "/").joined(separator: "/")
        self.folder = trimmed.isEmpty ? "" : trimmed + "/"
    }

    /// The host's page editing `path` (a file relative to the site folder).
    public func editURL(_ path: String) -> String {
        let file = folder + path
        return switch host {
        case .github: "\(url)/edit/\(branch)/\(file)"
        case .gitea: "\(url)/_edit/\(branch)/\(file)"
        case .gitlab: "\(url)/-/edit/\(branch)/\(file)"
        }
    }

    /// The host's page for a new file, to which the browser adds the file's
    /// name and text (GitHub: `?filename=…&value=…`; Gitea the same; GitLab
    /// `?file_name=…&content=…`), and the names of those two parameters.
    public var newFile: (url: String, name: String, text: String) {
        switch host {
        case .github: ("\(url)/new/\(branch)", "filename", "value")
        case .gitea: ("\(url)/_new/\(branch)/", "filename", "value")
        case .gitlab: ("\(url)/-/new/\(branch)", "file_name", "content")
        }
    }

    /// The host's page for uploading files into `path` (a folder relative to the site folder),
    /// for a file too long for an address.
    public func uploadURL(_ path: String) -> String {
        let target = folder + path
        return switch host {
        case .github: "\(url)/upload/\(branch)/\(target)"
        case .gitea: "\(url)/_upload/\(branch)/\(target)"
        case .gitlab: "\(url)/-/tree/\(branch)/\(target)"
        }
    }
}
