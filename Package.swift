// swift-tools-version:6.0
import PackageDescription

// Dependency direction (each arrow reads "is used by"):
//   TallyCore -> TallyIO -> tally
//   TallyCore -> TallyCharts -> TallyCairo (only module importing CCairo) -> tally
//   TallyIO + TallyCairo -> TallyReport (report specs, multi-page PDF) -> tally
let package = Package(
    name: "tally",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tally", targets: ["tally"]),
        .library(name: "TallyCore", targets: ["TallyCore"]),
        .library(name: "TallyIO", targets: ["TallyIO"]),
        .library(name: "TallyCharts", targets: ["TallyCharts"]),
        .library(name: "TallyCairo", targets: ["TallyCairo"]),
        .library(name: "TallyReport", targets: ["TallyReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(name: "TallyCore"),
        .target(name: "TallyIO", dependencies: ["TallyCore"]),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .target(name: "TallyCharts", dependencies: ["TallyCore"]),
        .target(name: "TallyCairo", dependencies: ["TallyCharts", "CCairo"]),
        .target(name: "TallyReport", dependencies: [
            "TallyCore", "TallyIO", "TallyCharts", "TallyCairo",
            .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(
            name: "tally",
            dependencies: [
                "TallyCore", "TallyIO", "TallyCharts", "TallyCairo", "TallyReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers every test target shares (seeded random numbers, scratch folders).
        .target(name: "TallyTestSupport", path: "Tests/TallyTestSupport"),
        .testTarget(name: "TallyCoreTests", dependencies: ["TallyCore", "TallyTestSupport"]),
        .testTarget(name: "TallyIOTests", dependencies: ["TallyIO", "TallyTestSupport"]),
        .testTarget(name: "TallyChartsTests", dependencies: ["TallyCharts", "TallyTestSupport"]),
        .testTarget(name: "TallyCairoTests", dependencies: ["TallyCairo", "TallyTestSupport"]),
        .testTarget(name: "TallyReportTests", dependencies: ["TallyReport", "TallyTestSupport"]),
        .testTarget(name: "TallyCLITests", dependencies: ["tally", "TallyTestSupport"]),
    ]
)
