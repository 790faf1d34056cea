// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "clreport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "clreport", targets: ["clreport"]),
        // The readers and engine, for the libFuzzer package in Fuzz/ (not needed to use clreport).
        .library(name: "ClreportCore", targets: ["LinearAlgebra", "Learning", "Datasets", "ConvNet", "RunCache", "Claims", "LongTail",
                                                "Experiments", "Readings", "Results", "Reporting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    // Every module a target imports is in its dependencies (scripts/check-imports.sh, run by `make test`).
    targets: [
        // System-library shims (Debian -dev packages; `make deps` installs them).
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Vector kernels in C (the Gaussian source), where Swift's SIMD types do not reliably vectorise.
        .target(name: "CKernels"),
        .target(name: "Markup"),
        .target(name: "LinearAlgebra", dependencies: ["CBLAS", "CKernels"]),
        .target(name: "Learning", dependencies: ["LinearAlgebra"]),
        .target(name: "Datasets", dependencies: ["CZlib", "LinearAlgebra", "Markup"]),
        // The convolutional encoder for the real long-tail data (issue 26): im2col + SGEMM, SimCLR/SDCLR.
        .target(name: "ConvNet", dependencies: ["CKernels", "LinearAlgebra", "Datasets", "Learning"]),
        // The run cache: content-addressed entries, atomic files, locks, the job pool, sharding (no experiment types).
        .target(name: "RunCache", dependencies: ["LinearAlgebra", "Datasets"]),
        // Statistics, sub-tests, claim families and the figure registry (`FigureID`, a claim's section).
        .target(name: "Claims", dependencies: ["Learning", "LinearAlgebra", "Markup"]),
        // The real long-tailed experiment (SPEC §7): data, conv/synthetic encoder runs, baselines, its claim.
        .target(name: "LongTail", dependencies: ["Claims", "RunCache", "ConvNet", "LinearAlgebra", "Learning", "Datasets", "Markup"]),
        // The report's plan: profiles, sweeps, figures (experiment units), aggregation, run costs.
        .target(name: "Experiments", dependencies: ["Claims", "LongTail", "RunCache", "ConvNet", "LinearAlgebra", "Learning", "Datasets", "Markup"],
                plugins: ["FigureUnits"]),
        // The robustness map: the factorial design over readings, its runs, effects and confirmation.
        .target(name: "Readings", dependencies: ["Claims", "Experiments", "RunCache", "Learning", "Markup"]),
        // A report's results: computed (`ReportComputation`), stored (`results.json`), the rule-change log.
        .target(name: "Results", dependencies: ["Claims", "Experiments", "LongTail", "Readings", "RunCache", "LinearAlgebra", "Learning", "Markup"]),
        .target(name: "SVGCharts", dependencies: ["Markup"]),
        .target(name: "Reporting", dependencies: ["Claims", "LongTail", "Readings", "Results",
            "CCmark", "SVGCharts", "ConvNet", "Learning", "Datasets", "Experiments", "RunCache", "Markup",
            .product(name: "Mustache", package: "swift-mustache"),
        ], plugins: ["FigureUnits"]),
        .target(name: "ReportDiff", dependencies: ["Claims", "Readings", "Results", "Learning", "Experiments", "RunCache", "Markup", "SVGCharts", "Reporting"]),
        .target(name: "ReportCLI", dependencies: ["Claims", "LongTail", "Readings", "Results",
            "ConvNet", "LinearAlgebra", "Learning", "Datasets", "Experiments", "RunCache", "SVGCharts", "Reporting", "ReportDiff", "Markup",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "clreport", dependencies: ["ReportCLI"]),

        // The figure registry, gathered at build time: the plugin lists the units of a target's
        // Figures/*.swift (`PaperFigureUnits.all`, `ReportFigureUnits.all`) with the tool it runs.
        .plugin(name: "FigureUnits", capability: .buildTool(), dependencies: ["FigureUnitsTool"]),
        .executableTarget(name: "FigureUnitsTool", path: "Plugins/FigureUnitsTool"),

        // Helpers shared by test targets only (snapshot files, temporary folders); never a dependency of a product.
        .target(name: "TestSupport", path: "Tests/TestSupport"),

        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "Learning"]),
        .testTarget(name: "LearningTests", dependencies: ["Learning", "LinearAlgebra"]),
        .testTarget(name: "ConvNetTests", dependencies: ["ConvNet", "LinearAlgebra", "Datasets", "Learning"]),
        .testTarget(name: "DatasetsTests", dependencies: ["Datasets", "LinearAlgebra", "TestSupport"]),
        .testTarget(name: "RunCacheTests", dependencies: ["RunCache", "TestSupport"]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", "Experiments", "Learning", "RunCache"]),
        .testTarget(name: "LongTailTests", dependencies: ["LongTail", "Claims", "Experiments", "RunCache", "ConvNet", "LinearAlgebra", "Learning", "Datasets", "TestSupport"]),
        .testTarget(name: "ReadingsTests", dependencies: ["Readings", "Results", "Experiments", "RunCache"]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Claims", "LongTail", "Readings", "Results", "Experiments", "RunCache", "ConvNet", "LinearAlgebra", "Learning", "Datasets", "TestSupport"]),
        .testTarget(name: "SVGChartsTests", dependencies: ["SVGCharts", "Markup", "TestSupport"], resources: [.copy("Snapshots")]),
        .testTarget(name: "ReportingTests", dependencies: ["Claims", "LongTail", "Readings", "Results", "Reporting", "Experiments", "RunCache", "ConvNet", "Learning", "SVGCharts", "Markup", "TestSupport"],
                    resources: [.copy("Snapshots")]),
        .testTarget(name: "ReportDiffTests", dependencies: ["Claims", "Readings", "Results", "ReportDiff", "Reporting", "Experiments", "RunCache", "Learning", "Markup", "TestSupport"],
                    resources: [.copy("Snapshots")]),
        .testTarget(name: "FigureUnitsToolTests", dependencies: ["FigureUnitsTool", "TestSupport"]),
        .testTarget(name: "ReportCLITests", dependencies: ["Claims", "LongTail", "Readings", "Results", "ReportCLI", "Reporting", "Experiments", "RunCache", "Learning", "Datasets", "Markup", "SVGCharts", "LinearAlgebra", "TestSupport",
                                                       .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // End-to-end faults (kill -9, full disk, concurrent reports) on the built `clreport` binary.
        // mutations/: the patches of `make fails-without-fix` (scripts/fails-without-fix.sh), not sources.
        .testTarget(name: "ReliabilityTests", dependencies: ["clreport"], path: "Tests/Reliability", exclude: ["mutations", "README.md"]),
    ],
    swiftLanguageModes: [.v6]
)
