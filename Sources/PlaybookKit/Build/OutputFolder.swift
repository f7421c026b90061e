import Foundation

/// The few file-system calls the write stage makes, done with POSIX calls:
/// Foundation's `Data.write` and `createDirectory` cost four times as much per
/// file, which for a 10,000-page site is most of a build.
struct OutputFolder {
    let root: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Creates `relative` and its parents below the root (which must exist).
    func makeFolder(_ relative: String) throws {
        var path = root
        for part in relative.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Writes `data` to `relative`, replacing any file there.
    func write(_ data: Data, to relative: String) throws {
        try write(data, to: relative, flags: O_WRONLY | O_CREAT | O_TRUNC)
    }

    /// Replaces `relative` whole: written beside it, then renamed over it, so a
    /// reader (the preview server) sees the old file or the new, never half of one.
    func replace(_ data: Data, at relative: String) throws {
        let temporary = "\(relative).playbook-\(getpid())"
        try write(data, to: temporary)
        if rename(root + "/" + temporary, root + "/" + relative) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(root + "/" + temporary)
            throw Failure(description: "cannot write \(root)/\(relative): \(reason)")
        }
    }

    /// Deletes the file `relative`, and the folders above it that it leaves empty.
    func remove(_ relative: String) {
        unlink(root + "/" + relative)
        var folder = SitePath.folder(of: relative)
        while !folder.isEmpty, rmdir(root + "/" + folder) == 0 {
            folder = SitePath.folder(of: folder)
        }
    }

    /// Writes `data` to a new file `relative`; an existing file (or link) there is an error and is left alone.
    func createNew(_ data: Data, at relative: String) throws {
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

    /// Deletes `path` and everything below it, without following symbolic links.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlink(path)
            return
        }
        if let directory = opendir(path) {
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                }
                if name == "." || name == ".." { continue }
                removeTree(path + "/" + name)
            }
            closedir(directory)
        }
        rmdir(path)
    }
}
