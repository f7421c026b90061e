// swift-tools-version:6.0
import PackageDescription

// The pipeline, one target per stage, each depending only on the bottom
// target and the stages before it (docs/architecture.md draws the graph):
//   PlaybookCore → PlaybookContent → PlaybookMarkdown · PlaybookForms · PlaybookTeam
//   → PlaybookSite → PlaybookRender → PlaybookOutput → PlaybookKit → PlaybookServer, playbook
/// Every stage target, for the pipeline on top and the tests.
let stages: [Target.Dependency] = [
    "PlaybookCore", "PlaybookContent", "PlaybookMarkdown", "PlaybookForms", "PlaybookTeam", "PlaybookSite", "PlaybookMustache",
    "PlaybookRender", "PlaybookOutput", "PlaybookKit",
]
let testDependencies: [Target.Dependency] = stages + ["PlaybookTestSupport"]

let package = Package(
    name: "Playbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "playbook", targets: ["playbook"]),
        .library(name: "PlaybookKit", targets: ["PlaybookKit"]),
        // The entry the libFuzzer harness in Fuzz/ drives; not part of the library.
        .library(name: "PlaybookFuzzing", targets: ["PlaybookFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // libcmark from Debian's libcmark-dev; only Sources/PlaybookMarkdown/Document touches it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The bottom: diagnostics, concurrency helpers, text utilities, path names, the model types. No I/O.
        .target(name: "PlaybookCore"),
        // load and the YAML readers: the site folder into sources, front matter and settings into values.
        .target(
            name: "PlaybookContent",
            dependencies: ["PlaybookCore", .product(name: "Yams", package: "Yams"), .product(name: "TOMLKit", package: "TOMLKit")]),
        // Markdown bodies: the libcmark wrapper and the named tree passes.
        .target(name: "PlaybookMarkdown", dependencies: ["PlaybookCore", "PlaybookMustache", "CCmark"]),
        // Form and scorecard templates, filled sheets checked against them.
        .target(name: "PlaybookForms", dependencies: ["PlaybookCore", "PlaybookContent", .product(name: "Yams", package: "Yams")]),
        // team.yaml and accounts.csv, and the figures computed from them.
        .target(
            name: "PlaybookTeam",
            dependencies: [
                "PlaybookCore", "PlaybookContent", .product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // parse (pages from their parts), resolve and validate: the site.
        .target(
            name: "PlaybookSite",
            dependencies: [
                "PlaybookCore", "PlaybookContent", "PlaybookMarkdown", "PlaybookForms", "PlaybookTeam",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The layout engine: Mustache templates parsed once, rendered into bytes over typed values.
        .target(name: "PlaybookMustache", dependencies: ["PlaybookCore"]),
        // render: layouts, page contexts, search index, sitemap.
        .target(
            name: "PlaybookRender",
            dependencies: ["PlaybookCore", "PlaybookMustache", "PlaybookForms", "PlaybookTeam", "PlaybookSite"]
        ),
        // write: the output sinks (a swapped staging folder for build, in place for serve) and the file writer.
        .target(name: "PlaybookOutput", dependencies: ["PlaybookCore"]),
        // The pipeline on top: build, check, render, serve's live site, and the authoring commands.
        .target(
            name: "PlaybookKit",
            dependencies: [
                "PlaybookCore", "PlaybookContent", "PlaybookMarkdown", "PlaybookForms", "PlaybookTeam", "PlaybookSite", "PlaybookRender",
                "PlaybookOutput", "PlaybookMustache",
                // `playbook import hugo` reads Hugo's TOML settings and front matter.
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Yams", package: "Yams"),
            ],
            // `playbook init` writes the project's own theme, settings and sample playbook, embedded at build time.
            plugins: ["EmbedStarter"]
        ),
        .plugin(name: "EmbedStarter", capability: .buildTool()),
        // Arbitrary bytes through every reader of user input, for the fuzzer and the regression test.
        .target(
            name: "PlaybookFuzzing",
            dependencies: [
                "PlaybookCore", "PlaybookContent", "PlaybookMarkdown", "PlaybookForms", "PlaybookTeam", "PlaybookSite", "PlaybookMustache",
                "PlaybookRender",
            ]
        ),
        // The servers: the preview (HTTP, file watcher, live reload) and the team server (sign-in,
        // sheets saved into git). Only `playbook serve` and `playbook user` use it.
        .target(
            name: "PlaybookServer",
            dependencies: [
                "PlaybookCore", "PlaybookKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "playbook",
            dependencies: [
                "PlaybookKit",
                "PlaybookServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Microsoft's mimalloc (Debian's libmimalloc-dev) takes the place of the C library's malloc for the whole
            // process: a build allocates and frees millions of small strings and arrays from two threads at once.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // Tests mirror the sources: one test target per stage, fixtures and helpers shared.
        .target(name: "PlaybookTestSupport", dependencies: stages, path: "Tests/PlaybookTestSupport"),
        .testTarget(name: "PlaybookCoreTests", dependencies: testDependencies),
        .testTarget(name: "PlaybookContentTests", dependencies: testDependencies + [.product(name: "Yams", package: "Yams")]),
        .testTarget(name: "PlaybookMarkdownTests", dependencies: testDependencies),
        .testTarget(name: "PlaybookFormsTests", dependencies: testDependencies),
        .testTarget(name: "PlaybookTeamTests", dependencies: testDependencies),
        .testTarget(name: "PlaybookSiteTests", dependencies: testDependencies),
        .testTarget(name: "PlaybookMustacheTests", dependencies: testDependencies),
        .testTarget(name: "PlaybookRenderTests", dependencies: testDependencies),
        .testTarget(name: "PlaybookOutputTests", dependencies: testDependencies),
        .testTarget(name: "PlaybookKitTests", dependencies: testDependencies),
        .testTarget(name: "PlaybookFuzzingTests", dependencies: testDependencies + ["PlaybookFuzzing"]),
        .testTarget(
            name: "PlaybookServerTests",
            dependencies: ["PlaybookCore", "PlaybookKit", "PlaybookServer", "PlaybookTestSupport"]
        ),
        .testTarget(
            name: "PlaybookCLITests",
            dependencies: ["playbook"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
