// swift-tools-version:6.0
import PackageDescription

// A separate package so the benchmark never ships with tally and never runs as a test.
let package = Package(
    name: "chart-bench",
    dependencies: [.package(name: "tally", path: "../..")],
    targets: [
        .executableTarget(
            name: "chart-bench",
            dependencies: [
                .product(name: "TallyCharts", package: "tally"),
                .product(name: "TallyCairo", package: "tally"),
                .product(name: "TallyCore", package: "tally"),
            ]
        ),
    ]
)
