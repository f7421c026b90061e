import Foundation
import PlaybookCore

/// The few file-system calls the write stage makes, done with POSIX calls:
/// Foundation's `Data.write` and `createDirectory` cost four times as much per
/// file, which for a 10,000-page site is most of a build.
package struct FileWriter {
    package let root: String

    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// Creates `relative` and its parents below the root (which must exist).
    package func makeFolder(_ relative: String) throws {
        var path = root
        for part in relative.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Writes `data` to `relative`, replacing any file there.
    package func write(_ data: Data, to relative: String) throws {
        try write(data, to: relative, flags: O_WRONLY | O_CREAT | O_TRUNC)
    }

    /// Replaces `relative` whole: written beside it, then renamed over it, so a
    /// reader (the preview server) sees the old file or the new, never half of one.
    package func replace(_ data: Data, at relative: String) throws {
        let temporary = "\(relative).playbook-\(getpid())"
        try write(data, to: temporary)
        if rename(root + "/" + temporary, root + "/" + relative) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(root + "/" + temporary)
            throw Failure(description: "cannot write \(root)/\(relative): \(reason)")
        }
    }

    /// Deletes the file `relative`, and the folders above it that it leaves empty.
    package func remove(_ relative: String) {
        unlink(root + "/" + relative)
        var folder = SitePath.folder(of: relative)
        while !folder.isEmpty, rmdir(root + "/" + folder) == 0 {
            folder = SitePath.folder(of: folder)
        }
    }

    /// Writes `data` to a new file `relative`; an existing file (or link) there is an error and is left alone.
    package func createNew(_ data: Data, at relative: String) throws {
        try write(data, to: relative, flags: O_WRONLY | O_CREAT | O_EXCL)
    }

    private func write(_ data: Data, to relative: String, flags: Int32) throws {
        let path = root + "/" + relative
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw Failure(description: "already exists; not overwritten") }
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    /// True when `relative` is a regular file holding exactly `data`.
    package func holds(_ data: Data, at relative: String) -> Bool {
        let path = root + "/" + relative
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == data.count else { return false }
        // A piece at a time into one small buffer, compared as it comes: a whole file read into a new zeroed array
        // first cost a rebuild of an unchanged site as much again as the bytes themselves.
        return data.withUnsafeBytes { new -> Bool in
            withUnsafeTemporaryAllocation(byteCount: Self.comparePiece, alignment: 16) { piece -> Bool in
                guard let buffer = piece.baseAddress else { return false }
                var offset = 0
                while offset < new.count {
                    let count = Foundation.read(descriptor, buffer, min(piece.count, new.count - offset))
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0, memcmp(buffer, new.baseAddress! + offset, count) == 0 else { return false }
                    offset += count
                }
                return true
            }
        }
    }

    private static let comparePiece = 64 * 1024

    /// Makes `relative` a hard link to the same file of `other`; false if the file system refuses.
    package func link(_ relative: String, from other: FileWriter) -> Bool {
        Foundation.link(other.root + "/" + relative, root + "/" + relative) == 0
    }

    /// Deletes `path` and everything below it, without following symbolic links.
    package static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlink(path)
            return
        }
        for (name, isFolder) in entries(of: path) {
            if isFolder { removeTree(path + "/" + name) } else { unlink(path + "/" + name) }
        }
        rmdir(path)
    }

    /// Every file below the root (not following links), relative to it; empty if there is no root.
    package func listFiles() -> Set<String> {
        var files: Set<String> = []
        var folders = [""]
        while let folder = folders.popLast() {
            for (name, isFolder) in Self.entries(of: folder.isEmpty ? root : root + "/" + folder) {
                let path = folder.isEmpty ? name : folder + "/" + name
                if isFolder { folders.append(path) } else { files.insert(path) }
            }
        }
        return files
    }

    /// A folder's entries, each with whether it is a folder (from readdir's type, no stat per file).
    package static func entries(of path: String) -> [(name: String, isFolder: Bool)] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var found: [(String, Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(path + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            found.append((name, isFolder))
        }
        return found
    }

    package init(root: String) {
        self.root = root
    }
}
