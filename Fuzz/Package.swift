// swift-tools-version:6.0
// libFuzzer targets for clreport's readers. Build (from the repository root: `make fuzz`):
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// Each target's entry point hands its callback to libFuzzer's driver; run it on its seed corpus under
// Tests/FuzzCorpus/<target>/ (see the Makefile).
import PackageDescription

let fuzzed: [Target.Dependency] = [.product(name: "ClreportCore", package: "clreport"), "CFuzzDriver"]

let package = Package(
    name: "clreport-fuzz",
    dependencies: [.package(name: "clreport", path: "..")],
    targets: [
        .target(name: "CFuzzDriver", path: "Sources/CFuzzDriver"),
        .executableTarget(name: "fuzz-idx", dependencies: fuzzed, path: "Sources/fuzz-idx"),
        .executableTarget(name: "fuzz-cifar", dependencies: fuzzed, path: "Sources/fuzz-cifar"),
        .executableTarget(name: "fuzz-results", dependencies: fuzzed, path: "Sources/fuzz-results"),
        .executableTarget(name: "fuzz-template", dependencies: fuzzed, path: "Sources/fuzz-template"),
        .executableTarget(name: "fuzz-config", dependencies: fuzzed, path: "Sources/fuzz-config"),
        .executableTarget(name: "fuzz-cache-entry", dependencies: fuzzed, path: "Sources/fuzz-cache-entry"),
        .executableTarget(name: "fuzz-args", dependencies: fuzzed, path: "Sources/fuzz-args"),
    ],
    swiftLanguageModes: [.v5]
)
