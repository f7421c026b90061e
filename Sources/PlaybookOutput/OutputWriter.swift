import Foundation
import PlaybookCore

/// The write stage for files already made: everything goes into a fresh
/// sibling folder, which then takes the place of the old output in one rename
/// (see `StagedOutput`, which does the work and which `build` feeds page by
/// page). A build that fails before or while writing leaves the previous output
/// exactly as it was; unchanged files are linked, not written again.
public struct OutputWriter {
    public let destination: URL

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
        let output: StagedOutput
        do { output = try StagedOutput(destination: destination) } catch {
            throw Failure(description: "cannot write \(destination.path): \(error)")
        }
        _ = parallelMap(files) { output.put($0.path, $0.data) }
        return try output.finish(copies: copies)
    }
}
