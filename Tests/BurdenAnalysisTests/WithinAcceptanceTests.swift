import BurdenAnalysis
import BurdenData
import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

/// Who within the regions on the 2023 list (12 April 2023, 20,253 rows) with the
/// built-in reference: the urban and rural rates of men aged 16–61 and those of ethnic
/// Russians and others, by every method. Runs when ../shared/data is present; the
/// sampler runs its full default length with WARBURDEN_LONG_TESTS=1.
@Suite(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
struct WithinAcceptanceTests {
    static let long = ProcessInfo.processInfo.environment["WARBURDEN_LONG_TESTS"] == "1"
    static let dataset: AnalysisDataset = try! AnalysisDataset.load(
        path: SharedData.url("ru-casualties-2023-04/dfFatalitiesAnonymised.csv").path, keepRecords: false)

    static func options(_ split: WithinSettings.Split) -> WithinSettings {
        var options = WithinSettings()
        options.split = split
        options.covariates = ["below_subsistence_pct_2020"]
        if !long {
            // The sampler on 85 regions takes minutes in a debug build: the default run
            // checks the other methods, the long run all of them at full length.
            options.methods = [.bounds, .goodmanPoisson, .goodmanNegbin]
        }
        return options
    }

    static func run(_ split: WithinSettings.Split) throws -> WithinRegions {
        let options = options(split)
        let composition = try options.composition(table: dataset.table, resolver: dataset.resolver)
        return try WithinRegions(counts: dataset.counts, table: dataset.table, composition: composition, options: options)
    }

    static func report(_ result: WithinRegions) {
        func f(_ x: Double?) -> String { x.map { String(format: "%.4g", $0) } ?? "–" }
        print("== \(result.split): \(result.regionCount) regions, \(result.deaths) deaths, \(result.unassigned) without a region")
        for row in result.rates {
            print("rate \(row.method) \(row.term): \(f(row.estimate)) [\(f(row.confLow)), \(f(row.confHigh))] \(row.interval)"
                + " share of dead \(f(row.deathShare)) [\(f(row.deathShareLow)), \(f(row.deathShareHigh))] men share \(f(row.menShare))"
                + (row.onBoundary ? " ON BOUNDARY" : "") + (row.mcStdError.map { " mcse \(f($0))" } ?? ""))
        }
        for row in result.ratios { print("ratio \(row.method) \(row.term): \(f(row.estimate)) [\(f(row.confLow)), \(f(row.confHigh))]") }
        for row in result.capitalsLeftOut { print("without capitals \(row.method) \(row.term): \(f(row.estimate)) [\(f(row.confLow)), \(f(row.confHigh))]") }
        for row in result.capitalsLeftOutRatios { print("without capitals ratio \(row.method) \(row.term): \(f(row.estimate)) [\(f(row.confLow)), \(f(row.confHigh))]") }
        for row in result.fits { print("fit \(row.method): logLik \(f(row.logLikelihood)) alpha \(f(row.alpha)) boundary \(row.boundaryTerms)") }
        for row in result.decomposition { print("gap \(row.gap) \(row.method) \(row.term): \(f(row.estimate)) [\(f(row.confLow)), \(f(row.confHigh))]") }
        for row in result.disagreements { print("disagree \(row.name) \(row.methodA) \(f(row.shareA)) vs \(f(row.shareB)) (\(row.deaths) deaths)") }
        for row in result.sampler { print("sampler \(row.term): R-hat \(f(row.rHat)) ESS \(f(row.effectiveSampleSize))") }
        for row in result.diagnostics { print("diagnostic [\(row.kind)] \(row.message)") }
    }

    @Test func urbanAndRuralMen() throws {
        let result = try Self.run(.urban)
        Self.report(result)
        #expect(result.regionCount == 85 && result.deaths == 19_895 && result.unassigned == 358)
        let bounds = try #require(result.rates.first { $0.method == "bounds" && $0.term == "urban" })
        #expect(isClose(bounds.menShare, 33_205_407 / 44_434_799, relative: 1e-12))
    }

    @Test func ethnicRussiansAndOthers() throws {
        let result = try Self.run(.ethnicRussian)
        Self.report(result)
        #expect(result.regionCount == 83)
        #expect(result.dropped.map(\.code).sorted() == ["UA-40", "UA-43"])
    }
}
