import Foundation

/// The write stage, and the only code that writes the output: everything goes
/// into a fresh sibling folder, which then takes the place of the old output in
/// one rename. A build that fails before or while writing leaves the previous
/// output exactly as it was; two builds at once each write their own folder.
public struct OutputWriter {
    public let destination: URL
    private let fileManager = FileManager.default

    public init(destination: URL) {
        self.destination = destination.standardizedFileURL
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `files` and copies `copies`, then swaps the result in. Returns the bytes written
    /// (files unchanged since the last build are linked, not written, and not counted).
    @discardableResult
    public func write(_ files: [OutputFile], copies: [StaticFile]) throws -> Int {
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)

        // What the output being replaced already holds, byte for byte.
        let previous = OutputFolder(root: destination.path)
        var copied: [(path: String, data: Data)] = []
        for copy in copies.sorted(by: { $0.outputPath < $1.outputPath }) {
            do { copied.append((copy.outputPath, try Data(contentsOf: copy.sourceURL))) } catch {
                throw Failure(description: "cannot write \(destination.path): cannot read \(copy.sitePath): \(error)")
            }
        }
        let all = files.map { ($0.path, $0.data) } + copied
        let unchanged = parallelMap(all) { previous.holds($0.1, at: $0.0) }
        if unchanged.allSatisfy({ $0 }), previous.listFiles() == Set(all.map(\.0)) {
            return 0  // the same files with the same bytes: nothing to write, nothing to swap
        }

        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(name).staging-\(unique)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            let folder = OutputFolder(root: staging.path)
            // Folders first, in order; then the files, in parallel (each is written once).
            let folders = Set(all.map { SitePath.folder(of: $0.0) }.filter { !$0.isEmpty })
            for path in folders.sorted() { try folder.makeFolder(path, parentExists: true) }
            // A file whose bytes are those of the output being replaced is linked to it, not written
            // again: a build that changed little rewrites little, and the old output stays whole.
            let results = parallelMap(Array(all.indices)) { index -> Result<Int, OutputFolder.Failure> in
                let (path, data) = all[index]
                do {
                    if unchanged[index], folder.link(path, from: previous) { return .success(0) }
                    try folder.write(data, to: path)
                    return .success(data.count)
                } catch {
                    return .failure(error as? OutputFolder.Failure ?? OutputFolder.Failure(description: "\(error)"))
                }
            }
            var bytes = 0
            for result in results { bytes += try result.get() }
            try swap(staging, into: destination, parent: parent, unique: unique)
            return bytes
        } catch {
            OutputFolder.removeTree(staging.path)
            throw Failure(description: "cannot write \(destination.path): \(error)")
        }
    }

    /// Puts `staging` where `destination` is: the old output moves aside, the new one
    /// takes its name, the old one is deleted. If the second rename fails, the old returns.
    private func swap(_ staging: URL, into destination: URL, parent: URL, unique: String) throws {
        // Two builds at once each write their own staging folder; their swaps take turns.
        let lockPath = parent.appendingPathComponent(".\(destination.lastPathComponent).lock").path
        let lock = open(lockPath, O_CREAT | O_RDWR, 0o644)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer {
            if lock >= 0 {
                flock(lock, LOCK_UN)
                close(lock)
            }
        }
        guard fileManager.fileExists(atPath: destination.path) else {
            try rename(staging, destination)
            return
        }
        let old = parent.appendingPathComponent(".\(destination.lastPathComponent).old-\(unique)")
        try rename(destination, old)
        do {
            try rename(staging, destination)
        } catch {
            try? rename(old, destination)
            throw error
        }
        OutputFolder.removeTree(old.path)
    }

    private func rename(_ from: URL, _ to: URL) throws {
        guard Foundation.rename(from.path, to.path) == 0 else {
            throw Failure(description: String(cString: strerror(errno)))
        }
    }
}
