// swift-tools-version:6.0
// The libFuzzer harness, a package of its own so the main build never needs the fuzzer runtime.
// Build and run (see README.md, "Fuzzing"):
//   swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   Fuzz/.build/release/PlaybookFuzz Fuzz/corpus -max_total_time=600
import PackageDescription

let package = Package(
    name: "PlaybookFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Playbook", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "PlaybookFuzz", dependencies: ["FuzzDriver", .product(name: "PlaybookFuzzing", package: "Playbook")]),
    ],
    swiftLanguageModes: [.v6]
)
