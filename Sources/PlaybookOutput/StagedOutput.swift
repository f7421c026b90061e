import Foundation
import PlaybookCore

/// The output of `build`: run alongside the render stage, so that no more than
/// a few rendered pages are in memory at once. Each file, as soon as it is
/// rendered, is compared with the output being replaced and, if it changed,
/// written into a fresh sibling folder; `finish` links the unchanged files
/// into that folder and swaps it in with one rename. A build that fails
/// before or while writing leaves the previous output exactly as it was; one
/// whose files are all unchanged writes nothing and swaps nothing.
///
/// The output's lock is held from `init` to `finish`, so the output being
/// compared with cannot be swapped away by another build meanwhile.
package final class StagedOutput: OutputSink, @unchecked Sendable {
    package let destination: URL
    private let previous: FileWriter
    private let parent: URL
    private let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    private let lock = NSLock()
    private var lockFile: Int32 = -1
    private var staging: FileWriter?
    private var folders: Set<String> = []
    private var unchanged: [String] = []
    private var paths: Set<String> = []
    private var bytes = 0
    private var failure: String?
    /// The previous output's files, listed on another thread while pages render
    /// (a walk of every folder, otherwise the last thing a build waited for).
    private let previousFiles: Background<Set<String>>

    package init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        parent = self.destination.deletingLastPathComponent()
        previous = FileWriter(root: self.destination.path)
        previousFiles = Background { [previous] in previous.listFiles() }
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        lockFile = open(parent.appendingPathComponent(".\(self.destination.lastPathComponent).lock").path, O_CREAT | O_RDWR, 0o644)
        if lockFile >= 0 { flock(lockFile, LOCK_EX) }
    }

    deinit {
        if lockFile >= 0 {
            flock(lockFile, LOCK_UN)
            close(lockFile)
        }
    }

    /// Takes one file; safe to call from many threads at once.
    package func put(_ path: String, _ data: Data) {
        if previous.holds(data, at: path) {
            lock.withLock {
                unchanged.append(path)
                paths.insert(path)
            }
            return
        }
        do {
            let folder = try lock.withLock { () throws -> FileWriter in
                let folder = try stagingFolder()
                try makeFolders(for: path, in: folder)
                return folder
            }
            try folder.write(data, to: path)
            lock.withLock {
                bytes += data.count
                paths.insert(path)
            }
        } catch {
            lock.withLock { failure = failure ?? "\(error)" }
        }
    }

    /// Copies `copies`, links the unchanged files, swaps the new output in.
    /// On failure the previous output stays as it was.
    package func finish(copies: [StaticFile]) throws -> OutputSummary {
        if let problem = putCopies(copies) { lock.withLock { failure = failure ?? problem } }
        do {
            if let failure { throw OutputFailure(description: failure) }
            let before = previousFiles.value
            if staging == nil, before == paths { return OutputSummary(bytes: 0, changed: [], paths: paths) }
            let folder = try stagingFolder()
            for path in unchanged {
                try makeFolders(for: path, in: folder)
                guard folder.link(path, from: previous) else {
                    throw OutputFailure(description: "cannot link \(path) from the previous output: \(String(cString: strerror(errno)))")
                }
            }
            try swap(folder)
            let changed = paths.subtracting(unchanged).union(before.subtracting(paths)).sorted()
            return OutputSummary(bytes: bytes, changed: changed, paths: paths)
        } catch {
            abandon()
            throw OutputFailure(description: "cannot write \(destination.path): \(error)")
        }
    }

    /// Deletes what was written; the previous output is untouched.
    package func abandon() {
        if let staging { FileWriter.removeTree(staging.root) }
        staging = nil
    }

    private func stagingFolder() throws -> FileWriter {
        if let staging { return staging }
        let path = parent.appendingPathComponent(".\(destination.lastPathComponent).staging-\(unique)").path
        guard mkdir(path, 0o755) == 0 else {
            throw OutputFailure(description: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        let folder = FileWriter(root: path)
        staging = folder
        return folder
    }

    private func makeFolders(for path: String, in folder: FileWriter) throws {
        let parent = SitePath.folder(of: path)
        guard !parent.isEmpty, !folders.contains(parent) else { return }
        try folder.makeFolder(parent)
        var each = parent
        while !each.isEmpty, folders.insert(each).inserted { each = SitePath.folder(of: each) }
    }

    /// The old output moves aside, the new one takes its name, the old one is deleted.
    private func swap(_ folder: FileWriter) throws {
        let old = parent.appendingPathComponent(".\(destination.lastPathComponent).old-\(unique)").path
        let hadOutput = FileManager.default.fileExists(atPath: destination.path)
        if hadOutput, rename(destination.path, old) != 0 {
            throw OutputFailure(description: String(cString: strerror(errno)))
        }
        if rename(folder.root, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            if hadOutput { rename(old, destination.path) }
            throw OutputFailure(description: reason)
        }
        staging = nil
        if hadOutput { FileWriter.removeTree(old) }
    }
}
