import BurdenAnalysis
import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// The nowcast on triangles simulated with known delays (``TriangleSimulation``: left
/// truncation, a gap, corrections, Dirichlet-multinomial naming): its 90% intervals hold
/// the true eventual counts at about the stated rate, it comes closer to them than the
/// raw counts, and it behaves as its options say.
struct NowcastSimulationTests {
    static func settings(seed: UInt64) -> TriangleSimulation.Settings {
        TriangleSimulation.Settings(
            firstDeathDate: PartialDate(parsing: "2023-07-01")!, lastDeathDate: PartialDate(parsing: "2024-06-30")!,
            firstSnapshot: PartialDate(parsing: "2023-10-01")!, lastSnapshot: PartialDate(parsing: "2024-06-30")!,
            snapshotEvery: 7, gaps: [PartialDate(parsing: "2024-01-01")!.dayNumber!...PartialDate(parsing: "2024-01-20")!.dayNumber!],
            deathsPerDay: 40, edges: [0, 14, 28, 56, 91, 182, 365], hazards: [0.25, 0.08, 0.03, 0.012, 0.004, 0.0015],
            concentration: 80, correctionProbability: 0.002, seed: seed)
    }

    static let options = NowcastSettings { settings in
        settings.confidence = 0.9
        settings.maximumDelay = 365
        settings.delayBands = [14, 28, 56, 91, 182]
        settings.draws = 500
    }

    /// For each replicate, every month not yet complete: inside the interval, the
    /// nowcast's and the raw count's absolute errors.
    static func replicate(_ seed: UInt64) throws -> [(inside: Bool, nowcastError: Double, rawError: Double, share: Double, horizon: Int)] {
        let simulation = try TriangleSimulation(settings: settings(seed: seed))
        let nowcast = try Nowcast(triangle: simulation.triangle, options: options)
        let first = simulation.triangle.firstDeathDay
        return nowcast.rows.enumerated().filter { !$0.element.complete }.map { index, row in
            let truth = (row.periodStart.dayNumber!...row.periodEnd.dayNumber!).reduce(0) { $0 + simulation.eventualDeaths[$1 - first] }
            return (
                Double(truth) >= row.confLow && Double(truth) <= row.confHigh, abs(row.nowcast - Double(truth)),
                abs(Double(row.reported - truth)), row.reportedShare, nowcast.rows.count - 1 - index)
        }
    }

    static func coverage(_ seeds: ClosedRange<UInt64>) throws -> (coverage: Double, intervals: Int, closer: Double, byHorizon: [Double]) {
        let results = try seeds.flatMap { try replicate($0) }
        let inside = results.filter(\.inside).count
        let closer = results.filter { $0.share < 0.9 }
        let horizons = (0...(results.map(\.horizon).max() ?? 0)).map { h in
            let rows = results.filter { $0.horizon == h }
            return Double(rows.filter(\.inside).count) / Double(max(rows.count, 1))
        }
        return (
            Double(inside) / Double(results.count), results.count,
            Double(closer.filter { $0.nowcastError < $0.rawError }.count) / Double(closer.count), horizons)
    }

    @Test func ninetyPercentIntervalsHoldTheTruthAtAboutTheStatedRate() throws {
        let result = try Self.coverage(1...8)
        print("simulated coverage of 90% intervals: \(result.coverage) over \(result.intervals) months; nowcast closer than the raw count in \(result.closer) of the months under 90% named")
        #expect(result.coverage >= 0.82 && result.coverage <= 0.97)
        #expect(result.closer >= 0.9)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["WARBURDEN_LONG_TESTS"] != nil, "set WARBURDEN_LONG_TESTS=1 to run"))
    func coverageOverOneHundredReplicates() throws {
        let result = try Self.coverage(101...200)
        print("simulated coverage of 90% intervals, 100 replicates: \(result.coverage) over \(result.intervals) months; closer in \(result.closer); by months before the last: \(result.byHorizon)")
        #expect(result.coverage >= 0.86 && result.coverage <= 0.94)
    }

    @Test func theSameSeedGivesTheSameNowcastAndAnotherSeedAnother() throws {
        let triangle = try TriangleSimulation(settings: Self.settings(seed: 1)).triangle
        let first = try Nowcast(triangle: triangle, options: Self.options)
        #expect(try Nowcast(triangle: triangle, options: Self.options) == first)
        var other = Self.options
        other.seed = 2
        let second = try Nowcast(triangle: triangle, options: other)
        #expect(second.rows.map(\.confHigh) != first.rows.map(\.confHigh))
        #expect(second.rows.map(\.chainLadder) == first.rows.map(\.chainLadder), "the fit does not depend on the seed")
    }

    @Test func periodsAsOfTargetRegionsAndDecreases() throws {
        var settings = Self.settings(seed: 5)
        settings.regions = ["XX-A", "XX-B"]
        settings.correctionProbability = 0.01
        let triangle = try TriangleSimulation(settings: settings).triangle
        var options = Self.options
        options.asOf = PartialDate(parsing: "2024-03-15")!
        let monthly = try Nowcast(triangle: triangle, options: options)
        #expect(monthly.asOf.description == "2024-03-10", "the last snapshot on or before the as-of date")
        #expect(monthly.rows.first?.period == "2023-07" && monthly.rows.last?.period == "2024-03")
        #expect(monthly.rows.last?.periodEnd.description == "2024-03-10" && monthly.rows.last?.days == 10)
        #expect(!monthly.decreases.isEmpty && monthly.decreases.allSatisfy { $0.snapshot.dayNumber! <= monthly.asOf.dayNumber! })
        #expect(zip(monthly.rows, monthly.rows.dropFirst()).allSatisfy { $0.reportedShare >= $1.reportedShare - 1e-12 })
        #expect(monthly.rows.allSatisfy { $0.confLow <= $0.nowcast && $0.nowcast <= $0.confHigh && Double($0.reported) <= $0.confLow })

        options.period = .week
        let weekly = try Nowcast(triangle: triangle, options: options)
        #expect(weekly.rows.first?.period == "2023-W26" && weekly.rows.first?.days == 2, "2023-07-01 is the Saturday of ISO week 26")
        #expect(weekly.rows.reduce(0) { $0 + $1.reported } == monthly.rows.reduce(0) { $0 + $1.reported })

        options.period = .month
        options.regions = ["XX-A"]
        let regional = try Nowcast(triangle: triangle, options: options)
        #expect(regional.rows.last!.reported < monthly.rows.last!.reported)
        options.regions = ["XX-Z"]
        #expect(throws: AnalysisError.self) { try Nowcast(triangle: triangle, options: options) }

        options.regions = []
        options.target = PartialDate(parsing: "2024-06-30")!
        let targeted = try Nowcast(triangle: triangle, options: options)
        #expect(targeted.rows.last!.nowcast > Double(targeted.rows.last!.reported))
        #expect(targeted.rows.last!.reportedShare > monthly.rows.last!.reportedShare, "a nearer target is a larger share")
    }

    @Test("invalid options are errors naming the option", arguments: [
        (NowcastSettings { $0.confidence = 1.2 }, "--confidence"),
        (NowcastSettings { $0.maximumDelay = 10 }, "--max-delay"),
        (NowcastSettings { $0.delayBands = [30, 14] }, "--bands"),
        (NowcastSettings { $0.dispersionSpacing = 1 }, "--dispersion-spacing"),
        (NowcastSettings { $0.draws = 10 }, "--draws"),
        (NowcastSettings { $0.asOf = PartialDate(year: 2024, month: 5) }, "--as-of"),
        (NowcastSettings { $0.asOf = PartialDate(parsing: "2024-05-01"); $0.target = PartialDate(parsing: "2024-04-01") }, "--target"),
        (NowcastSettings { $0.regions = [""] }, "--region"),
    ])
    func invalidOptions(options: NowcastSettings, name: String) {
        #expect {
            try options.validate()
        } throws: { "\($0)".hasPrefix(name) }
    }

    @Test func theResultIsCodable() throws {
        let triangle = try TriangleSimulation(settings: Self.settings(seed: 2)).triangle
        let nowcast = try Nowcast(triangle: triangle, options: Self.options)
        let decoded = try JSONDecoder().decode(Nowcast.self, from: JSONEncoder().encode(nowcast))
        #expect(decoded == nowcast)
    }

    @Test func theBacktestScoresEachAsOfMonthAgainstTheLatestSnapshot() throws {
        let triangle = try TriangleSimulation(settings: Self.settings(seed: 3)).triangle
        let backtest = try NowcastBacktest(
            triangle: triangle, options: Self.options, start: PartialDate(parsing: "2024-03-31")!, maximumHorizon: 3)
        #expect(backtest.asOfDates.map(\.description) == ["2024-03-31", "2024-04-30", "2024-05-31"])
        #expect(backtest.laterDate.description == "2024-06-30")
        #expect(backtest.rows.count == 3 * 4)
        #expect(backtest.horizons.map(\.horizon) == [0, 1, 2, 3])
        #expect(backtest.horizons.allSatisfy { $0.periods == 3 && $0.nowcastError < $0.reportedError })
        #expect(NowcastBacktest.note.contains("incomplete"))
    }
}
