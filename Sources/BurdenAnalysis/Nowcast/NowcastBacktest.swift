import BurdenData
import BurdenStats

/// The nowcast replayed at past as-of dates and scored against what the list showed
/// later (METHODS.md §13).
///
/// At each as-of date (month ends from a start date to the month before the latest
/// snapshot) the nowcast sees only the snapshots up to that date and predicts each
/// period's count *on the day of the latest snapshot* — the nowcast's `target` — which
/// is then compared with the count that snapshot shows: whether it falls inside the
/// interval, and how far the nowcast and the raw count of the as-of date are from it.
/// Scores are grouped by horizon: the number of periods from the period of death to the
/// as-of date's period (0 = deaths of the as-of month itself).
///
/// The later count is not the truth: the latest snapshot is itself incomplete — deaths
/// of any period keep being named for years — so the backtest scores the prediction
/// of what became known, not of the final toll, and says nothing of deaths that are
/// never named.
public struct NowcastBacktest: Sendable, Codable, Equatable {
    /// One period at one as-of date.
    public struct Row: Sendable, Codable, Equatable {
        /// The as-of date and the period.
        public let asOf: PartialDate
        public let period: String
        /// Periods from the period of death to the as-of date's.
        public let horizon: Int
        /// The count on the as-of date, the prediction of the later count, its interval.
        public let reported: Int
        public let nowcast: Double
        public let confLow: Double
        public let confHigh: Double
        /// The count of the latest snapshot.
        public let later: Int
        /// Whether it lies in the interval.
        public let inside: Bool
    }

    /// The scores of one horizon.
    public struct Horizon: Sendable, Codable, Equatable {
        /// Periods from death to the as-of date.
        public let horizon: Int
        /// Rows scored (periods with a later count above 0).
        public let periods: Int
        /// The share of later counts inside the intervals.
        public let coverage: Double
        /// The mean of |reported − later|/later: how far the raw count is.
        public let reportedError: Double
        /// The mean of |nowcast − later|/later.
        public let nowcastError: Double
        /// The median of conf_high/conf_low: how wide the intervals are.
        public let medianWidthRatio: Double
    }

    /// The options of every nowcast (their `asOf` and `target` are set by the backtest).
    public let options: NowcastSettings
    /// The latest snapshot, whose counts are scored against.
    public let laterDate: PartialDate
    /// The as-of dates.
    public let asOfDates: [PartialDate]
    /// Every period scored.
    public let rows: [Row]
    /// The scores by horizon.
    public let horizons: [Horizon]

    /// What the scores are measured against, in one sentence.
    public static let note =
        "the later counts are those of the latest snapshot, which is itself incomplete: deaths keep being named for years, so this scores the prediction of what became known, not of the final toll"

    /// Replays the nowcast.
    ///
    /// - Parameters:
    ///   - triangle: the snapshots.
    ///   - options: the nowcast's options; its `asOf` and `target` are replaced.
    ///   - start: the first as-of date; the following as-of dates are the ends of the next months.
    ///   - maximumHorizon: the largest horizon scored.
    /// - Throws: ``AnalysisError`` when the start is not before the latest snapshot's month,
    ///   or a nowcast fails (naming its as-of date).
    public init(triangle: ReportingTriangle, options: NowcastSettings, start: PartialDate, maximumHorizon: Int = 12) throws(AnalysisError) {
        let laterDay = triangle.snapshotDays[triangle.snapshotDays.count - 1]
        let laterDate = PartialDate(dayNumber: laterDay)!
        guard let startDay = start.dayNumber else { throw AnalysisError("the backtest's start \(start) is not a full day") }
        let month = NowcastSettings.Period.month
        var asOfDays = [startDay]
        while true {
            let nextStart = month.start(of: month.start(of: asOfDays[asOfDays.count - 1]) + 31)
            guard nextStart < month.start(of: laterDay) else { break }
            asOfDays.append(month.end(ofPeriodStarting: nextStart))
        }
        guard startDay < laterDay else {
            throw AnalysisError("the backtest's start \(start) is not before the latest snapshot, \(laterDate)")
        }
        let latest = try NowcastInput(triangle: triangle, options: NowcastSettings { $0.period = options.period; $0.regions = options.regions })
        var rows: [Row] = []
        for asOfDay in asOfDays {
            var settings = options
            settings.asOf = PartialDate(dayNumber: asOfDay)
            settings.target = laterDate
            let nowcast: Nowcast
            do {
                nowcast = try Nowcast(triangle: triangle, options: settings)
            } catch {
                throw AnalysisError("backtest as of \(settings.asOf!): \(error.message)")
            }
            let asOfStart = options.period.start(of: nowcast.asOf.dayNumber!)
            for row in nowcast.rows {
                let start = options.period.start(of: row.periodStart.dayNumber!)
                let horizon = options.period.periodsBetween(start, asOfStart)
                guard horizon <= maximumHorizon, let index = latest.periodStarts.firstIndex(of: start) else { continue }
                let days = latest.counts.cohortDays(index)
                let later = latest.counts.sum(snapshot: latest.counts.snapshotDays.count - 1, days: days.lowerBound, days.upperBound)
                rows.append(Row(
                    asOf: nowcast.asOf, period: row.period, horizon: horizon, reported: row.reported, nowcast: row.nowcast,
                    confLow: row.confLow, confHigh: row.confHigh, later: later,
                    inside: Double(later) >= row.confLow && Double(later) <= row.confHigh))
            }
        }
        var horizons: [Horizon] = []
        for horizon in 0...maximumHorizon {
            let scored = rows.filter { $0.horizon == horizon && $0.later > 0 }
            guard !scored.isEmpty else { continue }
            let count = Double(scored.count)
            let ratios = scored.map { $0.confHigh / max($0.confLow, 1) }.sorted()
            let middle = ratios.count / 2
            horizons.append(Horizon(
                horizon: horizon, periods: scored.count,
                coverage: Double(scored.filter(\.inside).count) / count,
                reportedError: scored.reduce(0) { $0 + abs(Double($1.reported - $1.later)) / Double($1.later) } / count,
                nowcastError: scored.reduce(0) { $0 + abs($1.nowcast - Double($1.later)) / Double($1.later) } / count,
                medianWidthRatio: ratios.count % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2))
        }
        var kept = options
        kept.asOf = nil
        kept.target = laterDate
        self.options = kept
        self.laterDate = laterDate
        self.asOfDates = asOfDays.map { PartialDate(dayNumber: $0)! }
        self.rows = rows
        self.horizons = horizons
    }
}
