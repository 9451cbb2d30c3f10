import Benchmark
import BurdenData
import BurdenStats
import Foundation

/// Micro-benchmarks of the paths every analysis runs: reading a list, resolving
/// region names, and the interval of each regional rate.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput], maxDuration: .seconds(5))

    // A simulated list of 100,000 rows (about 10 MB), written once.
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("warburden-bench-100k.csv").path
    if !FileManager.default.fileExists(atPath: path) {
        let simulator = try! CasualtySimulator(seed: 7)
        let output = try! ByteOutput(path: path)
        let writer = try! CasualtyListWriter(output: output, format: .csv)
        for index in 0..<100_000 { try! writer.write(simulator.row(at: index)) }
        try! output.flush()
    }

    Benchmark("Import 100,000 rows (parse, map, resolve, ledger)", configuration: .init(scalingFactor: .one)) { benchmark in
        let ledger = try CasualtyImporter().read(path: path) { _ in }
        blackHole(ledger.rows)
    }

    let spellings = RussiaReference.table.regions.flatMap { [$0.name, $0.nativeName ?? "", $0.officialName ?? ""] }
    Benchmark("Resolve a region spelling (three tiers)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try? RussiaReference.resolver.resolve(spellings[index % spellings.count].lowercased()))
        }
    }

    Benchmark("Build the region resolver", configuration: .init(scalingFactor: .one)) { benchmark in
        let table = RussiaReference.table
        blackHole(try RegionResolver(table: table, aliases: RussiaReference.resolver.spellings.map { ($0.code, $0.spelling) }))
    }

    let counts = (0..<1_000_000).map { Double($0 % 500) }
    let populations = (0..<1_000_000).map { Double(10_000 + $0 % 90_000) }
    Benchmark("Wilson-CC interval for 1,000,000 rates", configuration: .init(scalingFactor: .one)) { benchmark in
        var sum = 0.0
        for index in counts.indices {
            sum += ProportionInterval.interval(successes: counts[index], trials: populations[index]).upper
        }
        blackHole(sum)
    }

    // A Poisson GLM with offset: 85 regions × 6 covariates, and 10^6 rows × 10 covariates.
    var random = SeededGenerator(seed: 11)
    func design(rows: Int, covariates: Int) -> (DesignMatrix, [Double], [Double]) {
        let columns = (0..<covariates).map { index in
            (name: "x\(index)", values: (0..<rows).map { _ in random.nextUnit() * 2 - 1 })
        }
        let offsets = (0..<rows).map { _ in 10 + random.nextUnit() * 3 }
        let counts = (0..<rows).map { row in
            Double(Int(Double.exp(offsets[row] - 9 + 0.3 * columns[0].values[row]) * (0.5 + random.nextUnit())))
        }
        return (try! DesignMatrix(columns: columns), counts, offsets)
    }
    let (small, smallCounts, smallOffsets) = design(rows: 85, covariates: 6)
    Benchmark("Poisson GLM, 85 regions × 6 covariates", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try PoissonRegression(counts: smallCounts, design: small, offset: smallOffsets))
        }
    }
    let (large, largeCounts, largeOffsets) = design(rows: 1_000_000, covariates: 10)
    Benchmark("Poisson GLM, 1,000,000 rows × 10 covariates", configuration: .init(scalingFactor: .one, maxDuration: .seconds(20))) { benchmark in
        blackHole(try PoissonRegression(counts: largeCounts, design: large, offset: largeOffsets))
    }

    Benchmark("Normal quantile, 1,000,000 calls", configuration: .init(scalingFactor: .one)) { benchmark in
        var sum = 0.0
        for index in 1...1_000_000 { sum += Normal.quantile(Double(index) / 1_000_001) }
        blackHole(sum)
    }
}
