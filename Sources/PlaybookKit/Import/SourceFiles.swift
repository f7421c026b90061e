import Foundation
import PlaybookCore

/// The source folder of an import, read only: its files by path relative to
/// it, and report places named as the user named the folder.
package struct SourceFiles: Sendable {
    package let root: URL
    package let shownAs: String

    package init(root: URL, shownAs: String) {
        self.root = root
        self.shownAs = shownAs
    }

    /// `relative` as a report line names it: `old-site/docs/a.md`.
    package func shown(_ relative: String) -> String {
        let base = shownAs.hasSuffix("/") ? String(shownAs.dropLast()) : shownAs
        if relative.isEmpty { return base }
        return base.isEmpty || base == "." ? relative : base + "/" + relative
    }

    package func place(_ relative: String, line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(path: shown(relative), line: line, column: column)
    }

    package func url(_ relative: String) -> URL {
        relative.isEmpty ? root : root.appendingPathComponent(relative)
    }

    package func exists(_ relative: String) -> Bool { isFile(relative) }

    package func isFile(_ relative: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &folder) && !folder.boolValue
    }

    package func isFolder(_ relative: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &folder) && folder.boolValue
    }

    /// A file's text (invalid UTF-8 repaired), nil when it cannot be read.
    package func text(_ relative: String) -> String? {
        FileManager.default.contents(atPath: url(relative).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file under `folder` (relative to the source), sorted by path, relative to `folder`:
    /// hidden files and folders (`.git`, `.DS_Store`) and `node_modules` left out.
    package func files(under folder: String) -> [String] {
        var found: [String] = []
        func visit(_ relative: String) {
            let names =
                (try? FileManager.default.contentsOfDirectory(atPath: url(folder.isEmpty ? relative : join(folder, relative)).path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") && name != "node_modules" {
                let path = relative.isEmpty ? name : relative + "/" + name
                let full = folder.isEmpty ? path : join(folder, path)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url(full).path, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    // A symbolic link to a folder could lead out of the source or round in a circle: not followed.
                    let attributes = try? FileManager.default.attributesOfItem(atPath: url(full).path)
                    if attributes?[.type] as? FileAttributeType == .typeSymbolicLink { continue }
                    visit(path)
                } else {
                    found.append(path)
                }
            }
        }
        visit("")
        return found.sorted()
    }

    package func join(_ a: String, _ b: String) -> String {
        a.isEmpty ? b : b.isEmpty ? a : a + "/" + b
    }
}
