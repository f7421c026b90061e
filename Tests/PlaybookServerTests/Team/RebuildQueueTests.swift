import Foundation
import PlaybookKit
import PlaybookTestSupport
import Testing

@testable import PlaybookServer

@Suite struct RebuildQueueTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    /// Twenty saves at once share rebuilds, and each returns only after one that began after it.
    @Test func concurrentRequestsShareRebuilds() async throws {
        let site = try TemporarySite(["content/a.md": "# A\n"])
        defer { site.cleanUp() }
        let live = LiveSite(options: BuildOptions(site: site.root, output: site.root.appendingPathComponent("out")))
        let rebuilds = Counter()
        let queue = RebuildQueue(live: live) { _, _ in rebuilds.add() }
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<20 { group.addTask { await queue.rebuild(after: ["content/a.md"]).succeeded } }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 20 && results.allSatisfy { $0 })
        #expect(rebuilds.count >= 1 && rebuilds.count <= 20)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("out/a/index.html").path))
    }
}
