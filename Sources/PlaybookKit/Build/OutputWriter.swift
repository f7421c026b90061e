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
            var bytes = 0
            var made: Set<String> = []
            func folder(for path: String) throws {
                let folder = SitePath.folder(of: path)
                guard !folder.isEmpty, made.insert(folder).inserted else { return }
                try fileManager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            for file in files.sorted(by: { $0.path < $1.path }) {
                try folder(for: file.path)
                try file.data.write(to: staging.appendingPathComponent(file.path))
                bytes += file.data.count
            }
            for copy in copies.sorted(by: { $0.outputPath < $1.outputPath }) {
                try folder(for: copy.outputPath)
                let data = try Data(contentsOf: copy.sourceURL)
                try data.write(to: staging.appendingPathComponent(copy.outputPath))
                bytes += data.count
            }
            try swap(staging, into: destination, parent: parent, unique: unique)
            return bytes
        } catch {
            try? fileManager.removeItem(at: staging)
            throw Failure(description: "cannot write \(destination.path): \(error.localizedDescription)")
        }
    }

    /// Puts `staging` where `destination` is: the old output moves aside, the new one
    /// takes its name, the old one is deleted. If the second rename fails, the old returns.
    private func swap(_ staging: URL, into destination: URL, parent: URL, unique: String) throws {
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
        try? fileManager.removeItem(at: old)
    }

    private func rename(_ from: URL, _ to: URL) throws {
        guard Foundation.rename(from.path, to.path) == 0 else {
            throw Failure(description: String(cString: strerror(errno)))
        }
    }
}
