// swift-tools-version: 6.1
import PackageDescription

// In-process micro-benchmarks of warburden's hot paths, with allocation counts.
// Its own package, so `swift test` in the main package never builds it:
//
//     cd Benchmarks && swift package benchmark
//
// Whole-process comparisons with the Python peer are `scripts/bench`. `NowcastRun` is a
// whole-process measure of the nowcast (read a snapshot table, fit, simulate, print):
//
//     cd Benchmarks && swift build -c release --product NowcastRun
//     time .build/release/NowcastRun SNAPSHOTS.csv.gz [AS-OF] [day|week|month]
let package = Package(
    name: "WarburdenBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "warburden", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "HotPaths",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "BurdenData", package: "warburden"),
                .product(name: "BurdenStats", package: "warburden"),
            ],
            path: "Benchmarks/HotPaths",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "NowcastRun",
            dependencies: [
                .product(name: "BurdenData", package: "warburden"),
                .product(name: "BurdenAnalysis", package: "warburden"),
            ],
            path: "Benchmarks/NowcastRun"
        ),
    ],
    swiftLanguageModes: [.v6]
)
