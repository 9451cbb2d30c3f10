// swift-tools-version: 6.1
import PackageDescription

/// Settings every target of ours shares: Swift 6 mode, existential `any` spelled out.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "warburden",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "warburden", targets: ["warburden"]),
        .library(name: "BurdenStats", targets: ["BurdenStats"]),
        .library(name: "BurdenData", targets: ["BurdenData"]),
        .library(name: "BurdenAnalysis", targets: ["BurdenAnalysis"]),
        .library(name: "BurdenReport", targets: ["BurdenReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The OpenAPI document is built from the analyses' specifications; loading
        // external references (its default trait) is not needed.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Pure statistics: special functions, distributions, intervals, models. No I/O.
        .target(
            name: "BurdenStats",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: strictSettings
        ),
        // The system's zlib, for reading gzip files in process.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // Records, the region reference and resolver, readers, the simulators.
        .target(
            name: "BurdenData",
            dependencies: [
                "BurdenStats", "CZlib", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "RealModule", package: "swift-numerics"),
            ],
            swiftSettings: strictSettings
        ),
        // The analyses: inputs are records or counts plus regions; outputs are result values.
        .target(
            name: "BurdenAnalysis",
            dependencies: [
                "BurdenData", "BurdenStats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "RealModule", package: "swift-numerics"),
            ],
            swiftSettings: strictSettings
        ),
        // Renderers of results: terminal table, CSV, JSON; the report (HTML with SVG charts and maps, Markdown).
        .target(
            name: "BurdenReport",
            dependencies: ["BurdenAnalysis", "BurdenData", "BurdenStats"],
            swiftSettings: strictSettings
        ),
        // The local server: a workspace of dataset versions (SQLite), the HTTP API and the dashboard.
        .target(
            name: "BurdenServer",
            dependencies: [
                "BurdenAnalysis", "BurdenData", "BurdenReport", "BurdenStats",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        // The command-line tool: parses options, calls the analyses, hands results to a renderer.
        .executableTarget(
            name: "warburden",
            dependencies: [
                "BurdenData", "BurdenAnalysis", "BurdenReport", "BurdenStats", "BurdenServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // Helpers the test targets share: tolerances, fixture and shared-data paths, running the binary.
        .target(
            name: "BurdenTestSupport",
            path: "Tests/BurdenTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "BurdenStatsTests",
            dependencies: [
                "BurdenStats", "BurdenTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "BurdenDataTests",
            dependencies: ["BurdenData", "BurdenStats", "BurdenTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "BurdenAnalysisTests",
            dependencies: [
                "BurdenAnalysis", "BurdenData", "BurdenStats", "BurdenTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "RealModule", package: "swift-numerics"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "BurdenReportTests",
            dependencies: [
                "BurdenReport", "BurdenAnalysis", "BurdenData", "BurdenTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "BurdenServerTests",
            dependencies: [
                "BurdenServer", "BurdenAnalysis", "BurdenData", "BurdenReport", "BurdenTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "RealModule", package: "swift-numerics"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "WarburdenTests",
            dependencies: ["warburden", "BurdenTestSupport"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
