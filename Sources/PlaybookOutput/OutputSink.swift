import Foundation
import PlaybookCore

/// Where the render stage's files go. `build` writes into a `StagedOutput`
/// (a fresh folder swapped in whole); `serve` into an `InPlaceOutput` update
/// (changed files replaced one by one). Both are fed the same way, by
/// `Pipeline.write`: `put` for every file as it is made, then `finish` once.
package protocol OutputSink: AnyObject, Sendable {
    /// Takes one file; safe to call from many threads at once.
    func put(_ path: String, _ data: Data)
    /// Copies `copies` (read from the site), then makes the output whole. On
    /// failure the output is as it was before the first `put`, as far as the
    /// sink can keep it so (`StagedOutput` always can).
    func finish(copies: [StaticFile]) throws -> OutputSummary
}

/// What one write did.
package struct OutputSummary: Sendable {
    /// Bytes written (unchanged files are not written and not counted).
    package var bytes: Int
    /// Output paths written or removed, sorted.
    package var changed: [String]
    /// Every path the output holds now of those put.
    package var paths: Set<String>

    package init(bytes: Int, changed: [String], paths: Set<String>) {
        self.bytes = bytes
        self.changed = changed
        self.paths = paths
    }
}

/// Why the output could not be written.
package struct OutputFailure: Error, CustomStringConvertible {
    package var description: String

    package init(description: String) {
        self.description = description
    }
}

extension OutputSink {
    /// Puts each of `copies`, read from its source file; returns the first failure's text.
    func putCopies(_ copies: [StaticFile]) -> String? {
        var failure: String?
        for copy in copies.sorted(by: { $0.outputPath < $1.outputPath }) {
            do { put(copy.outputPath, try copy.data ?? Data(contentsOf: copy.sourceURL)) } catch {
                failure = failure ?? "cannot read \(copy.sitePath): \(error)"
            }
        }
        return failure
    }
}
