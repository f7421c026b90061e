import Foundation
import PackagePlugin

/// Embeds the project's own theme (`templates/`), `playbook.yaml`, sample
/// playbook (`content/`) and a new site's own files (`starter/`: its README,
/// `.gitignore` and CI files) into PlaybookKit, for `playbook init`: the one copy of
/// those files stays where the site has them, and the binary needs nothing
/// beside it at run time. The Swift file is written by `embed-starter.sh`
/// (bash and coreutils' base64), so the plugin needs no tool of its own to be
/// compiled, with whatever flags the build was given.
@main
struct EmbedStarter: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = [root.appendingPathComponent("playbook.yaml")]
        for folder in ["templates", "content", "starter"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        // The version and the commit the binary is built from (`playbook --version`): made again when either moves.
        let stamps = ["VERSION", ".git/HEAD", ".git/logs/HEAD"].map { root.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let script = root.appendingPathComponent("Plugins/EmbedStarter/embed-starter.sh")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("StarterFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the starter site (\(inputs.count) files)",
                executable: URL(fileURLWithPath: "/bin/bash"),
                arguments: [script.path, output.path, root.path] + inputs.map(\.path),
                inputFiles: inputs + stamps + [script],
                outputFiles: [output]
            )
        ]
    }
}
