import Foundation
import PlaybookCore

/// A sink in front of another that notes the digest of every file put
/// through it, copies included, so that a file made last can depend on all
/// the others (the service worker's cache name): `finish(copies:last:)` puts
/// the copies, then what `last` makes of every digest, then finishes.
package final class DigestingSink: OutputSink, @unchecked Sendable {
    private let inner: OutputSink
    private let lock = NSLock()
    private var files: [String: FileDigest] = [:]

    package init(_ inner: OutputSink) {
        self.inner = inner
    }

    /// Every file put so far, by output path.
    package var digests: [String: FileDigest] { lock.withLock { files } }

    package func put(_ path: String, _ data: Data) {
        let digest = FileDigest(data)
        lock.withLock { files[path] = digest }
        inner.put(path, data)
    }

    package func finish(copies: [StaticFile]) throws -> OutputSummary {
        try finish(copies: copies) { _ in [] }
    }

    /// Puts `copies` (read here, so that their digests are noted), then the
    /// files `last` makes from the digests of everything put, then finishes
    /// the sink behind. A copy that cannot be read is left to that sink, which
    /// reports it and keeps the output as it was.
    package func finish(copies: [StaticFile], last: ([String: FileDigest]) -> [OutputFile]) throws -> OutputSummary {
        var unread: [StaticFile] = []
        for copy in copies.sorted(by: { $0.outputPath < $1.outputPath }) {
            guard let data = copy.data ?? (try? Data(contentsOf: copy.sourceURL)) else {
                unread.append(copy)
                continue
            }
            put(copy.outputPath, data)
        }
        if unread.isEmpty {
            for file in last(digests) { put(file.path, file.data) }
        }
        return try inner.finish(copies: unread)
    }
}
