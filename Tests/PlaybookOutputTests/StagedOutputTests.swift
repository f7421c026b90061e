import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

@Suite struct StagedOutputTests {
    /// One build's worth of files through a `StagedOutput`, as `Pipeline.write` feeds it; the bytes written.
    @discardableResult
    private func stage(_ files: [OutputFile], copies: [StaticFile], to destination: URL) throws -> Int {
        let output = try StagedOutput(destination: destination)
        for file in files { output.put(file.path, file.data) }
        return try output.finish(copies: copies).bytes
    }

    private func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("playbook-writer-\(UUID().uuidString)")
    }

    @Test func writesThenSwapsIn() throws {
        let parent = folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let destination = parent.appendingPathComponent("public")
        try stage([OutputFile(path: "a/index.html", text: "one")], copies: [], to: destination)
        try stage([OutputFile(path: "b/index.html", text: "two")], copies: [], to: destination)
        #expect(snapshot(destination) == ["b/index.html": Data("two".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [".public.lock", "public"])
    }

    @Test func aFailedWriteLeavesTheOldOutputAndNoLeftovers() throws {
        let parent = folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let destination = parent.appendingPathComponent("public")
        try stage([OutputFile(path: "index.html", text: "old")], copies: [], to: destination)
        let missing = StaticFile(
            outputPath: "x.png", sourceURL: parent.appendingPathComponent("does-not-exist.png"), sitePath: "content/x.png")
        #expect(throws: OutputFailure.self) {
            try stage([OutputFile(path: "index.html", text: "new")], copies: [missing], to: destination)
        }
        #expect(snapshot(destination) == ["index.html": Data("old".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [".public.lock", "public"])
    }

    /// A rebuild rewrites only what changed: an unchanged file keeps its inode and is not counted
    /// as written; a changed one is new; the old output is never touched in place.
    @Test func unchangedFilesAreLinkedNotRewritten() throws {
        let parent = folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let destination = parent.appendingPathComponent("public")
        func inode(_ path: String) throws -> UInt64 {
            try #require(
                FileManager.default.attributesOfItem(atPath: destination.appendingPathComponent(path).path)[.systemFileNumber] as? UInt64)
        }
        let first = try stage(
            [OutputFile(path: "a/index.html", text: "same"), OutputFile(path: "b/index.html", text: "before")], copies: [], to: destination)
        #expect(first == 10)
        let (a, b) = (try inode("a/index.html"), try inode("b/index.html"))
        let second = try stage(
            [OutputFile(path: "a/index.html", text: "same"), OutputFile(path: "b/index.html", text: "after!")], copies: [], to: destination)
        #expect(second == 6)  // only b
        #expect(try inode("a/index.html") == a)
        #expect(try inode("b/index.html") != b)
        #expect(snapshot(destination) == ["a/index.html": Data("same".utf8), "b/index.html": Data("after!".utf8)])
        let third = try stage(
            [OutputFile(path: "a/index.html", text: "same"), OutputFile(path: "b/index.html", text: "after!")], copies: [], to: destination)
        #expect(third == 0)  // nothing changed, nothing written
    }

    /// Files larger than the piece the comparison reads at a time: a difference in any piece, even the last byte, is seen.
    @Test func aLargeFileIsComparedToItsLastByte() throws {
        let parent = folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let destination = parent.appendingPathComponent("public")
        let size = 200_000
        let base = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        func changed(at index: Int) -> Data {
            var data = base
            data[index] ^= 0xFF
            return data
        }
        try stage([OutputFile(path: "big.js", data: base)], copies: [], to: destination)
        #expect(try stage([OutputFile(path: "big.js", data: base)], copies: [], to: destination) == 0)
        for index in [0, 65_535, 65_536, 131_072, size - 1] {
            #expect(try stage([OutputFile(path: "big.js", data: changed(at: index))], copies: [], to: destination) == size, "at \(index)")
            #expect(snapshot(destination)["big.js"] == changed(at: index))
            try stage([OutputFile(path: "big.js", data: base)], copies: [], to: destination)
        }
        #expect(try stage([OutputFile(path: "big.js", data: base + Data([1]))], copies: [], to: destination) == size + 1)
    }
}
