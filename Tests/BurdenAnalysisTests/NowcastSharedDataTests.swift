import BurdenAnalysis
import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// The nowcast on the daily copies of the Mediazona/BBC chart of named deaths by date
/// of death (510 snapshots, 2023-12-30 to 2025-06-30): as of 2024-12-31, each month of
/// 2024 against the count known on 2025-06-30, and the backtest from 2024-06-30. Runs
/// when ../shared/data is present; prints the figures of docs/NOWCAST.md.
@Suite(.enabled(if: SharedData.isAvailable, SharedData.skipReason), .serialized)
struct NowcastSharedDataTests {
    static let path = "named-snapshots/mediazona_named_by_death_date_snapshots_2023-12-30_to_2025-06-30.csv.gz"
    static let triangle = try! SnapshotTableReader.read(path: SharedData.url(path).path)
    static let options = NowcastSettings { $0.draws = 1000 }

    @Test func theSnapshotsAreReadWithTheirGapsAndDecreases() {
        let triangle = Self.triangle
        #expect(triangle.snapshotDays.count == 510)
        #expect(triangle.snapshots.first?.description == "2023-12-30" && triangle.snapshots.last?.description == "2025-06-30")
        #expect(triangle.firstDeathDate.description == "2022-02-24")
        let gaps = zip(triangle.snapshotDays, triangle.snapshotDays.dropFirst()).filter { $1 - $0 > 1 }.count
        #expect(gaps == 5)
        #expect(triangle.decreases.count == 484 && triangle.decreases.reduce(0) { $0 + $1.from - $1.to } == 509)
        #expect(triangle.snapshotTotals.last == 87_707)
    }

    /// The months of 2024 as of 2024-12-31, predicted for 2025-06-30, against what the
    /// list showed then: the prediction is closer than the raw count for nearly every
    /// month, and most of the later counts fall inside the 95% intervals.
    @Test func theMonthsOf2024AgainstWhatWasKnownOn20250630() throws {
        var options = Self.options
        options.asOf = PartialDate(parsing: "2024-12-31")!
        let eventual = try Nowcast(triangle: Self.triangle, options: options)
        options.target = PartialDate(parsing: "2025-06-30")!
        let predicted = try Nowcast(triangle: Self.triangle, options: options)
        let later = try Nowcast(triangle: Self.triangle, options: NowcastSettings { $0.draws = 200 })
        var closer = 0
        var inside = 0
        print("month | named 2024-12-31 | nowcast eventual (95%) | predicted 2025-06-30 (95%) | named 2025-06-30")
        for (row, prediction) in zip(eventual.rows, predicted.rows) where row.period.hasPrefix("2024") {
            let truth = Double(later.rows.first { $0.period == row.period }!.reported)
            if abs(prediction.nowcast - truth) < abs(Double(row.reported) - truth) { closer += 1 }
            if truth >= prediction.confLow && truth <= prediction.confHigh { inside += 1 }
            print("\(row.period) | \(row.reported) | \(row.nowcast) (\(row.confLow)–\(row.confHigh)) | \(prediction.nowcast) (\(prediction.confLow)–\(prediction.confHigh)) | \(Int(truth))")
            #expect(row.nowcast >= prediction.nowcast, "the eventual count is at least the count of a nearer day")
        }
        print("closer than the raw count in \(closer) of 12 months; \(inside) of 12 later counts inside the 95% intervals")
        #expect(closer >= 11)
        #expect(inside >= 9)
    }

    /// Monthly as-of dates from 2024-06-30: at every horizon the nowcast is closer to the
    /// count of 2025-06-30 than the raw count, and from two months on most later counts
    /// are inside the intervals.
    @Test func theBacktest() throws {
        let backtest = try NowcastBacktest(triangle: Self.triangle, options: Self.options, start: PartialDate(parsing: "2024-06-30")!)
        #expect(backtest.asOfDates.count == 12 && backtest.laterDate.description == "2025-06-30")
        print("horizon | periods | coverage | raw error | nowcast error | width ratio")
        for horizon in backtest.horizons {
            print("\(horizon.horizon) | \(horizon.periods) | \(horizon.coverage) | \(horizon.reportedError) | \(horizon.nowcastError) | \(horizon.medianWidthRatio)")
            #expect(horizon.nowcastError < horizon.reportedError, "horizon \(horizon.horizon)")
            if horizon.horizon >= 2 { #expect(horizon.coverage >= 0.75, "horizon \(horizon.horizon)") }
        }
        #expect(backtest.horizons.count == 13)
    }
}
