import Foundation
import PlaybookCore

/// The output of `serve`, kept between rebuilds: each update replaces only the
/// files whose bytes changed, each whole and by rename, so the preview server
/// never serves half a file and a browser reloads only what changed. A hash
/// of every file as last written is kept; a file not yet hashed (after the
/// first build, which goes through a `StagedOutput` like `build`) is compared
/// with the bytes on disk.
package final class InPlaceOutput: @unchecked Sendable {
    package let destination: URL
    private let folder: FileWriter
    private let lock = NSLock()
    /// The files the output holds, with the hash of their bytes once known.
    private var written: [String: UInt64?] = [:]

    package init(destination: URL) {
        self.destination = destination.standardizedFileURL
        folder = FileWriter(root: self.destination.path)
    }

    /// Takes the files a whole-site write left in the folder.
    package func adopt(_ paths: Set<String>) {
        lock.withLock {
            written = [:]
            for path in paths { written[path] = .some(nil) }
        }
    }

    /// One update. With `complete`, it is given every file of the site, and
    /// those it is not given are removed when it finishes.
    package func update(complete: Bool) -> Update {
        Update(output: self, complete: complete)
    }

    /// Writes `data` at `path` unless the output holds those bytes; true when written.
    fileprivate func replace(_ path: String, _ data: Data) throws -> Bool {
        let hash = StableID.hash(data)
        let known = lock.withLock { written[path] }
        switch known {
        case .some(.some(let old)) where old == hash: return false
        case .some(.none) where folder.holds(data, at: path):
            lock.withLock { written[path] = hash }
            return false
        default: break
        }
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        let parent = SitePath.folder(of: path)
        if !parent.isEmpty { try folder.makeFolder(parent) }
        try folder.replace(data, at: path)
        lock.withLock { written[path] = hash }
        return true
    }

    /// Removes the files the output holds that are not in `kept`; returns them.
    fileprivate func remove(allBut kept: Set<String>) -> [String] {
        let gone = lock.withLock { written.keys.filter { !kept.contains($0) } }
        for path in gone {
            folder.remove(path)
            lock.withLock { written[path] = nil }
        }
        return gone
    }

    /// The files of one update, written as they are put.
    package final class Update: OutputSink, @unchecked Sendable {
        private let output: InPlaceOutput
        private let complete: Bool
        private let lock = NSLock()
        private var paths: Set<String> = []
        private var changed: [String] = []
        private var bytes = 0
        private var failure: String?

        fileprivate init(output: InPlaceOutput, complete: Bool) {
            self.output = output
            self.complete = complete
        }

        package func put(_ path: String, _ data: Data) {
            do {
                let wrote = try output.replace(path, data)
                lock.withLock {
                    paths.insert(path)
                    if wrote {
                        changed.append(path)
                        bytes += data.count
                    }
                }
            } catch {
                lock.withLock { failure = failure ?? "\(error)" }
            }
        }

        /// Copies `copies`; for a complete update, removes what it was not given.
        /// A failure leaves the files written so far in place (each whole).
        package func finish(copies: [StaticFile]) throws -> OutputSummary {
            if let problem = putCopies(copies) { lock.withLock { failure = failure ?? problem } }
            if let failure { throw OutputFailure(description: "cannot write \(output.destination.path): \(failure)") }
            if complete { changed += output.remove(allBut: paths) }
            return OutputSummary(bytes: bytes, changed: changed.sorted(), paths: paths)
        }
    }
}
