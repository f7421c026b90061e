import Foundation
import Testing

/// Every CommonMark example of the GFM spec, and its table and strikethrough
/// examples, through `playbook render` with raw HTML allowed: the output must
/// be the spec's HTML, heading ids aside. Task-list, autolink and tag-filter
/// examples are GitHub extensions Playbook renders its own way (or not at all).
@Suite struct GFMSpecTests {
    struct Example {
        var number: Int
        var kind: String
        var markdown: String
        var html: String
    }

    /// The spec lives in the shared folder beside the project (PLAYBOOK_GFM_SPEC overrides).
    static let specURL: URL = {
        if let path = ProcessInfo.processInfo.environment["PLAYBOOK_GFM_SPEC"] { return URL(fileURLWithPath: path) }
        return Playbook.projectRoot.deletingLastPathComponent().appendingPathComponent("shared/spec/gfm-spec.txt")
    }()

    static func examples() throws -> [Example] {
        let text = try String(contentsOf: specURL, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var lines = text.components(separatedBy: "\n")[...]
        var number = 0
        while let line = lines.popFirst() {
            guard line.hasPrefix(fence + " example") else { continue }
            number += 1
            let kind = line.dropFirst(fence.count + " example".count).trimmingCharacters(in: .whitespaces)
            var markdown: [String] = []
            var html: [String] = []
            var inHTML = false
            while let next = lines.popFirst(), next != fence {
                if next == "." && !inHTML {
                    inHTML = true
                    continue
                }
                if inHTML { html.append(next) } else { markdown.append(next) }
            }
            func join(_ part: [String]) -> String {
                part.isEmpty ? "" : part.joined(separator: "\n").replacingOccurrences(of: "→", with: "\t") + "\n"
            }
            examples.append(Example(number: number, kind: kind, markdown: join(markdown), html: join(html)))
        }
        return examples
    }

    @Test func coreTableAndStrikethroughExamples() throws {
        let all = try Self.examples()
        #expect(all.count > 600, "the spec at \(Self.specURL.path) should have its examples")
        let wanted = all.filter { ["", "table", "strikethrough"].contains($0.kind) }
        #expect(wanted.filter { $0.kind == "table" }.count == 8)
        #expect(wanted.filter { $0.kind == "strikethrough" }.count == 2)

        let site = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try "markdown: {raw_html: true}\n".write(to: site.appendingPathComponent("playbook.yaml"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: site) }

        // Two differences on purpose: headings get ids, and cell alignment is CSS (`align` is obsolete in HTML5).
        let headingID = try Regex(#"<h([1-6]) id="[^"]*">"#)
        let cellAlignment = try Regex(#"<t([hd]) style="text-align: (left|center|right)">"#)
        var failures: [Int] = []
        for example in wanted {
            let result = try Playbook.run(["render", "--site", site.path, "--no-front-matter"], input: Data(example.markdown.utf8))
            let html = result.stdout.replacing(headingID) { "<h\($0.output[1].substring ?? "")>" }
                .replacing(cellAlignment) { "<t\($0.output[1].substring ?? "") align=\"\($0.output[2].substring ?? "")\">" }
            if html != example.html || result.status != 0 {
                failures.append(example.number)
            }
        }
        #expect(failures == [], "examples whose HTML differs from the spec's")
        print("GFM spec: \(wanted.count - failures.count) of \(wanted.count) examples match")
    }
}
