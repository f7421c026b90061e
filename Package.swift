// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Playbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "playbook", targets: ["playbook"]),
        .library(name: "PlaybookKit", targets: ["PlaybookKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // libcmark from Debian's libcmark-dev; only Sources/PlaybookKit/Markdown/Document touches it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "PlaybookKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            // `playbook init` writes the project's own theme, settings and sample playbook, embedded at build time.
            plugins: ["EmbedStarter"]
        ),
        .plugin(name: "EmbedStarter", capability: .buildTool()),
        // The preview server: HTTP, the file watcher, live reload. Only `playbook serve` uses it.
        .target(
            name: "PlaybookServer",
            dependencies: [
                "PlaybookKit",
                .product(name: "Hummingbird", package: "hummingbird"),
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
            ]
        ),
        .testTarget(
            name: "PlaybookKitTests",
            dependencies: ["PlaybookKit"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PlaybookServerTests",
            dependencies: ["PlaybookServer"]
        ),
        .testTarget(
            name: "PlaybookCLITests",
            dependencies: ["playbook"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
