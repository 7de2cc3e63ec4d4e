// swift-tools-version:6.0
import PackageDescription

// Dependency direction (each arrow reads "is used by"):
//   TallyCore -> TallyIO -> tally
//   TallyCore -> TallyCharts -> TallyCairo (only module importing CCairo and CRsvg) -> tally
//   TallyIO + TallyCairo -> TallyReport (report specs, multi-page PDF) -> tally
//   TallyBuildInfo (the commit `tally --version` prints) -> tally
// The commit `tally --version` prints: `make` sets TALLY_COMMIT (git describe) when it
// builds a release; a plain `swift build` leaves it empty. Only characters a commit
// name can hold are passed on, and only TallyBuildInfo (one C file) sees it.
let buildCommit = String((Context.environment["TALLY_COMMIT"] ?? "").filter {
    $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_")
}.prefix(64))

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
        // .zip downloads and .xlsx workbooks (TallyIO): the archive, and the small XML
        // parts of a workbook (README: "Inputs").
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
    ],
    targets: [
        .target(name: "TallyCore"),
        // The CSV structure scan and the UTF-8 check: the loops over every input byte,
        // in C for SSE2 bit masks (README: "Performance").
        .target(name: "CTallyScan"),
        .systemLibrary(name: "CTallyZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CTallyISAL", pkgConfig: "libisal", providers: [.apt(["libisal-dev"])]),
        .target(name: "TallyIO", dependencies: [
            "TallyCore", "CTallyScan", "CTallyZlib", "CTallyISAL",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "SWXMLHash", package: "SWXMLHash"),
        ]),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .target(name: "TallyBuildInfo", cSettings: [.define("TALLY_COMMIT", to: "\"\(buildCommit)\"")]),
        // Foundation for CLDR through ICU (numbers, dates, month names of a chart's
        // locale); ICU's range formatter and plural rules are not in Foundation's API,
        // so TallyCharts also links the ICU Foundation ships (docs/localisation.md).
        .target(name: "TallyCharts", dependencies: ["TallyCore"], linkerSettings: [.linkedLibrary("_FoundationICU")]),
        // SVG logos of a style file (librsvg, LGPL-2.1-or-later; README: "Install on a server").
        .systemLibrary(name: "CRsvg", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        .target(name: "TallyCairo", dependencies: ["TallyCharts", "CCairo", "CRsvg"]),
        .target(name: "TallyReport", dependencies: [
            "TallyCore", "TallyIO", "TallyCharts", "TallyCairo",
            .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(
            name: "tally",
            dependencies: [
                "TallyCore", "TallyIO", "TallyCharts", "TallyCairo", "TallyReport", "TallyBuildInfo",
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
