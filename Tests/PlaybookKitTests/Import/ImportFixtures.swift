import Foundation
import PlaybookKit
import PlaybookTestSupport

/// The small sites in `Tests/Fixtures/import/`, one a tool, imported into a throwaway folder.
struct ImportRun {
    let source: URL
    let destination: URL
    let report: ImportReport

    init(_ tool: ImportSource, fixture: String? = nil, source: URL? = nil) {
        self.source = source ?? Fixtures.folder.appendingPathComponent("import/\(fixture ?? tool.rawValue)")
        destination = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-import-\(UUID().uuidString)/site")
        report = SiteImporter.run(tool, source: self.source, destination: destination, sourceShown: "src", destinationShown: "site")
    }

    func text(_ path: String) -> String {
        (try? String(contentsOf: destination.appendingPathComponent(path), encoding: .utf8)) ?? "(missing \(path))"
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: destination.appendingPathComponent(path).path) }

    /// The report's lines about what was not carried over.
    var warnings: [String] { report.diagnostics.filter { $0.severity == .warning }.map(\.description) }

    func build() -> BuildReport { Pipeline.build(BuildOptions(site: destination)) }

    func built(_ path: String) -> String {
        (try? String(contentsOf: destination.appendingPathComponent("public/" + path), encoding: .utf8)) ?? "(missing \(path))"
    }

    func cleanUp() { try? FileManager.default.removeItem(at: destination.deletingLastPathComponent()) }

    /// Every file under `folder` with its bytes: what "unchanged" is checked against.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            files[String(url.path.dropFirst(folder.path.count))] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }
}

extension String {
    /// Whether `first` occurs in the text before `second`.
    func has(_ first: String, before second: String) -> Bool {
        guard let a = range(of: first), let b = range(of: second) else { return false }
        return a.lowerBound < b.lowerBound
    }
}
