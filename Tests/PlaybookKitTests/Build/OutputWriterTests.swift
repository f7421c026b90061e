import Foundation
import Testing
@testable import PlaybookKit

@Suite struct OutputWriterTests {
    private func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("playbook-writer-\(UUID().uuidString)")
    }

    @Test func writesThenSwapsIn() throws {
        let parent = folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let destination = parent.appendingPathComponent("public")
        let writer = OutputWriter(destination: destination)
        try writer.write([OutputFile(path: "a/index.html", text: "one")], copies: [])
        try writer.write([OutputFile(path: "b/index.html", text: "two")], copies: [])
        #expect(snapshot(destination) == ["b/index.html": Data("two".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [".public.lock", "public"])
    }

    @Test func aFailedWriteLeavesTheOldOutputAndNoLeftovers() throws {
        let parent = folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let destination = parent.appendingPathComponent("public")
        let writer = OutputWriter(destination: destination)
        try writer.write([OutputFile(path: "index.html", text: "old")], copies: [])
        let missing = StaticFile(outputPath: "x.png", sourceURL: parent.appendingPathComponent("does-not-exist.png"), sitePath: "content/x.png")
        #expect(throws: OutputWriter.Failure.self) {
            try writer.write([OutputFile(path: "index.html", text: "new")], copies: [missing])
        }
        #expect(snapshot(destination) == ["index.html": Data("old".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [".public.lock", "public"])
    }
}
