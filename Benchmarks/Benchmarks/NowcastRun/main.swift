import BurdenAnalysis
import BurdenData
import Foundation

/// Reads a snapshot table and nowcasts it: a whole-process measure of the nowcast
/// (time it with `/usr/bin/time`), and the tables of docs/NOWCAST.md.
///
///     NowcastRun SNAPSHOTS [--as-of DATE] [--period day|week|month]
///         print the last 13 periods and the seconds reading and nowcasting took
///     NowcastRun SNAPSHOTS --as-of DATE --compare DATE
///         each period's nowcast beside the count known on the later date (Markdown)
///     NowcastRun SNAPSHOTS --backtest START
///         the backtest from START to the latest snapshot, by horizon (Markdown)
///     --trend adds the delay distribution's trend in the date of death
let arguments = Array(CommandLine.arguments.dropFirst())
func value(_ flag: String) -> String? {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
func date(_ flag: String) -> PartialDate? {
    guard let text = value(flag) else { return nil }
    guard let date = PartialDate(parsing: text), date.dayNumber != nil else {
        FileHandle.standardError.write(Data("\(flag) \(text) is not a day (YYYY-MM-DD)\n".utf8))
        exit(2)
    }
    return date
}
guard let path = arguments.first, !path.hasPrefix("--") else {
    FileHandle.standardError.write(Data("usage: NowcastRun SNAPSHOTS [--as-of DATE] [--period P] [--trend] [--compare DATE | --backtest START]\n".utf8))
    exit(2)
}
var options = NowcastOptions(asOf: date("--as-of"), trend: arguments.contains("--trend"))
if let text = value("--period") {
    guard let period = NowcastOptions.Period(rawValue: text) else {
        FileHandle.standardError.write(Data("--period \(text) is not day, week or month\n".utf8))
        exit(2)
    }
    options.period = period
}
func number(_ value: Double) -> String { String(Int(value.rounded())) }
func percent(_ value: Double) -> String { String(format: "%.1f%%", 100 * value) }

let clock = ContinuousClock()
let started = clock.now
do {
    let triangle = try SnapshotTableReader.read(path: path)
    let read = clock.now
    if let later = date("--compare") {
        let eventual = try Nowcast(triangle: triangle, options: options)
        var targeted = options
        targeted.target = later
        let predicted = try Nowcast(triangle: triangle, options: targeted)
        var cut = options
        cut.asOf = later
        let known = try Nowcast(triangle: triangle, options: cut)
        print("| month | named on \(eventual.asOf) | nowcast, eventual (95%) | predicted for \(later) (95%) | named on \(known.asOf) | inside | raw off by | prediction off by |")
        print("|---|---:|---:|---:|---:|:-:|---:|---:|")
        for (row, prediction) in zip(eventual.rows, predicted.rows) where row.period.hasPrefix(String(eventual.asOf.year)) {
            guard let laterRow = known.rows.first(where: { $0.period == row.period }) else { continue }
            let truth = Double(laterRow.reported)
            let inside = truth >= prediction.confLow && truth <= prediction.confHigh
            print("| \(row.period) | \(row.reported) | \(number(row.nowcast)) (\(number(row.confLow))–\(number(row.confHigh))) | \(number(prediction.nowcast)) (\(number(prediction.confLow))–\(number(prediction.confHigh))) | \(laterRow.reported) | \(inside ? "yes" : "no") | \(percent(abs(Double(row.reported) - truth) / truth)) | \(percent(abs(prediction.nowcast - truth) / truth)) |")
        }
    } else if let start = date("--backtest") {
        let backtest = try NowcastBacktest(triangle: triangle, options: options, start: start)
        print("| horizon (months) | periods | inside the 95% interval | raw count off by | nowcast off by | interval high/low |")
        print("|---:|---:|---:|---:|---:|---:|")
        for horizon in backtest.horizons {
            print("| \(horizon.horizon) | \(horizon.periods) | \(percent(horizon.coverage)) | \(percent(horizon.reportedError)) | \(percent(horizon.nowcastError)) | \(String(format: "%.2f", horizon.medianWidthRatio)) |")
        }
        print("\nLater counts outside the intervals:\n")
        print("| as of | month | horizon | named then | predicted (95%) | named on \(backtest.laterDate) |")
        print("|---|---|---:|---:|---:|---:|")
        for row in backtest.rows where !row.inside {
            print("| \(row.asOf) | \(row.period) | \(row.horizon) | \(row.reported) | \(number(row.nowcast)) (\(number(row.confLow))–\(number(row.confHigh))) | \(row.later) |")
        }
    } else {
        let nowcast = try Nowcast(triangle: triangle, options: options)
        let done = clock.now
        print("period,reported,nowcast,conf_low,conf_high,reported_share")
        for row in nowcast.rows.suffix(13) {
            print("\(row.period),\(row.reported),\(row.nowcast),\(row.confLow),\(row.confHigh),\(row.reportedShare)")
        }
        print("delay_days,share,conf_low,conf_high")
        for row in nowcast.delay { print("\(row.delayDays),\(row.share),\(row.confLow),\(row.confHigh)") }
        print("κ \(nowcast.dispersion.concentration), τ \(nowcast.level.map { "\($0.tau)" } ?? "-"), \(nowcast.delayFit.cells) cells, \(nowcast.delayFit.clusters) snapshot intervals, \(nowcast.decreases.count) decreases")
        print("read \(triangle.snapshotDays.count) snapshots × \(triangle.dayCount) days in \(read - started); nowcast of \(nowcast.rows.count) periods in \(done - read)")
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
