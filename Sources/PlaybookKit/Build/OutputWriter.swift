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

    /// Writes `files` and copies `copies`, then swaps the result in. Returns the bytes written.
    @discardableResult
    public func write(_ files: [OutputFile], copies: [StaticFile]) throws -> Int {
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(name).staging-\(unique)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            let folder = OutputFolder(root: staging.path)
            // Folders first, in order; then the files, in parallel (each is written once).
            let folders = Set((files.map(\.path) + copies.map(\.outputPath)).map(SitePath.folder(of:)).filter { !$0.isEmpty })
            for path in folders.sorted() { try folder.makeFolder(path) }
            let results = parallelMap(files) { file -> Result<Int, OutputFolder.Failure> in
                do {
                    try folder.write(file.data, to: file.path)
                    return .success(file.data.count)
                } catch {
                    return .failure(error as? OutputFolder.Failure ?? OutputFolder.Failure(description: "\(error)"))
                }
            }
            var bytes = 0
            for result in results { bytes += try result.get() }
            for copy in copies.sorted(by: { $0.outputPath < $1.outputPath }) {
                let data = try Data(contentsOf: copy.sourceURL)
                try folder.write(data, to: copy.outputPath)
                bytes += data.count
            }
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
