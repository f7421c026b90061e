import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// `playbook init`: a new site made of the files that ship inside playbook —
/// the default theme (`templates/`), `playbook.yaml`, and the sample playbook
/// (`content/`: pages in seven sections, team data, filled visit plans and
/// scorecards), which builds with `--strict`. The EmbedStarter build plugin
/// puts the project's own copies of those files into the binary.
public enum SiteStarter {
    /// The starter's files, relative to the new site, in path order.
    public static var files: [(path: String, data: Data)] {
        StarterFiles.files.compactMap { file in Data(base64Encoded: file.base64).map { (file.path, $0) } }
    }

    /// Writes the starter into `folder`, which must be new or empty.
    /// Returns the files written, relative to `folder`.
    public static func create(at folder: URL) -> NewFile.Created {
        let place = SourceLocation(path: folder.path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { return ([], [.error(place, "is a file: a new site goes into an empty or new folder")]) }
            if let existing = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
                return ([], [.error(place, "is not empty: a new site goes into an empty or new folder")])
            }
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let output = FileWriter(root: folder.path)
            var written: [String] = []
            for file in files {
                if let slash = file.path.lastIndex(of: "/") { try output.makeFolder(String(file.path[..<slash])) }
                try output.createNew(file.data, at: file.path)
                written.append(file.path)
            }
            return (written, [])
        } catch {
            return ([], [.error(place, "cannot create the site: \(error)")])
        }
    }
}
