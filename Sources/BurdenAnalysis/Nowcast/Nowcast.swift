import BurdenData
import BurdenStats

/// What each period's count of named deaths will be once its dead are named — from
/// snapshots of the list — with prediction intervals (METHODS.md §13).
///
/// The delays between death and naming are estimated from how the counts grew between
/// snapshots (``DelayFit``: a reverse-time hazard by band of delay, fitted by the
/// conditional binomial likelihood of the cells the snapshots observe, with a
/// cluster-robust covariance); how much more a period's naming varies than that is the
/// concentration κ of a Dirichlet-multinomial (``DispersionFit``); the periods' rates
/// of death follow a local level (``LocalLevel``); and each period's count is drawn
/// from the resulting predictive distribution (``NowcastPredictive``), which holds the
/// uncertainty of the parameters, the period's own naming and the deaths not yet named.
///
/// **Published** check (the shared snapshots): as of 2024-12-31, the months of 2024
/// against the counts known on 2025-06-30 — see docs/NOWCAST.md.
public struct Nowcast: Sendable, Codable, Equatable {
    /// One period of death.
    public struct Row: Sendable, Codable, Equatable {
        /// The period's label: `2024-05-06`, `2024-W19`, `2024-05`.
        public let period: String
        /// The period's first and last days (within the snapshots' range of deaths).
        public let periodStart: PartialDate
        public let periodEnd: PartialDate
        /// Days of the period in the triangle.
        public let days: Int
        /// Deaths named on the as-of date.
        public let reported: Int
        /// The predicted count (the median of the predictive distribution): eventually
        /// (within the maximum delay), or on the target day.
        public let nowcast: Double
        /// The prediction interval.
        public let confLow: Double
        public let confHigh: Double
        /// The estimated share of that count named by the as-of date.
        public let reportedShare: Double
        /// The chain-ladder point: the reported count divided by the share.
        public let chainLadder: Double
        /// Whether every day of the period is past the maximum delay (the count is final by the model).
        public let complete: Bool
        /// The effective number of draws behind the interval.
        public let effectiveDraws: Double
    }

    /// The share named within a delay, for deaths of the as-of date.
    public struct DelayRow: Sendable, Codable, Equatable {
        /// The delay in days.
        public let delayDays: Int
        /// The estimated share of the count within the maximum delay named by then.
        public let share: Double
        /// Its interval over the parameter uncertainty.
        public let confLow: Double
        public let confHigh: Double
    }

    /// One band's reverse-time hazard.
    public struct HazardRow: Sendable, Codable, Equatable {
        /// The band's delays: after `fromDays`, up to and including `toDays`.
        public let fromDays: Int
        public let toDays: Int
        /// ln ρ and its cluster-robust standard error.
        public let estimate: Double
        public let stdError: Double
        /// Whether the band is past the delays the snapshots show, sharing the previous band's hazard.
        public let extrapolated: Bool
    }

    /// The method, in one line.
    public static let method =
        "reverse-time hazard by delay band (Lawless 1994), conditional binomial likelihood with cluster-robust covariance; Dirichlet-multinomial naming; local-level prior; simulated predictive"

    /// The options.
    public let options: NowcastSettings
    /// The last snapshot used (the effective as-of date), and how many snapshots were used.
    public let asOf: PartialDate
    public let snapshotsUsed: Int
    /// The first date of death of the triangle.
    public let firstDeathDate: PartialDate
    /// The day whose count is predicted; `nil` for the eventual count.
    public let target: PartialDate?
    /// One row per period, in order.
    public let rows: [Row]
    /// The delay distribution.
    public let delay: [DelayRow]
    /// Each band's hazard, as a table.
    public let hazards: [HazardRow]
    /// The delay model as fitted: θ̂, its covariances, the likelihood, the cells, the
    /// decreases left out and the deaths named after the maximum delay.
    public let delayFit: DelayFit
    /// The dispersion κ.
    public let dispersion: DispersionFit
    /// The local level of the periods' rates; `nil` without the prior.
    public let level: LocalLevel?

    /// The trend of ln ρ per year of the date of death; `nil` without a trend.
    public var trend: Double? {
        delayFit.model.hasTrend ? delayFit.estimate[delayFit.model.hazardParameterCount] : nil
    }
    /// Its cluster-robust standard error.
    public var trendStdError: Double? {
        let index = delayFit.model.hazardParameterCount
        return delayFit.model.hasTrend ? delayFit.covariance[index, index].squareRoot() : nil
    }
    /// The counts that went down between the snapshots used.
    public let decreases: [ReportingTriangle.Decrease]

    /// The delays at which ``delay`` reports the share named: a week, two weeks, one,
    /// two, three and six months, one, one and a half, two years, and the maximum delay.
    public static let reportedDelays = [7, 14, 30, 61, 91, 182, 365, 548, 730]

    /// Nowcasts the periods of death.
    ///
    /// - Parameters:
    ///   - triangle: the snapshots.
    ///   - options: the choices; see ``NowcastSettings``.
    /// - Throws: ``AnalysisError`` when the options are invalid, no snapshot is on or before
    ///   the as-of date, a region is unknown, or the model cannot be fitted (with the reason).
    /// - Complexity: one fit, O(iterations × cells × p²), and O(draws × (D·J + periods)) for the simulation.
    public init(triangle: ReportingTriangle, options: NowcastSettings) throws(AnalysisError) {
        try options.validate()
        let input = try NowcastInput(triangle: triangle, options: options)
        let counts = input.counts
        let target = options.target?.dayNumber
        do {
            let delayFit = try DelayFit(counts: counts, edges: options.edges, trend: options.trend)
            let dispersion = try DispersionFit(counts: counts, fit: delayFit, spacing: options.dispersionSpacing)
            var generator = SeededGenerator(seed: options.seed)
            let delays = Self.reportedDelays.filter { $0 < options.maximumDelay } + [options.maximumDelay]
            let predictive = try NowcastPredictive(
                counts: counts, fit: delayFit, dispersion: dispersion, target: target.map { max($0, counts.lastSnapshotDay) },
                levelPrior: options.levelPrior, draws: options.draws, confidence: options.confidence, delays: delays,
                generator: &generator)
            self.rows = zip(input.periodStarts, predictive.cohorts).enumerated().map { index, entry in
                let (start, cohort) = entry
                let days = counts.cohortDays(index)
                return Row(
                    period: options.period.label(ofPeriodStarting: start), periodStart: PartialDate(dayNumber: days.lowerBound)!,
                    periodEnd: PartialDate(dayNumber: days.upperBound)!, days: days.count, reported: cohort.reported,
                    nowcast: cohort.median, confLow: cohort.lower, confHigh: cohort.upper, reportedShare: cohort.reportedShare,
                    chainLadder: cohort.chainLadder, complete: cohort.liveDays == 0, effectiveDraws: cohort.effectiveDraws)
            }
            self.delay = predictive.delayShares.map {
                DelayRow(delayDays: $0.delay, share: $0.share, confLow: $0.lower, confHigh: $0.upper)
            }
            self.hazards = Self.hazards(delayFit)
            self.delayFit = delayFit
            self.dispersion = dispersion
            self.level = predictive.level
        } catch where error.code == .notConverged {
            let span = counts.lastSnapshotDay - counts.firstDay
            throw AnalysisError(
                "nowcast: \(error.message); the snapshots span \(span) days of delay against --max-delay \(options.maximumDelay) and --bands \(DelayBands(options.delayBands).text)")
        } catch {
            throw AnalysisError("nowcast: \(error.message)")
        }
        self.options = options
        self.asOf = PartialDate(dayNumber: counts.lastSnapshotDay)!
        self.snapshotsUsed = input.snapshotsUsed
        self.firstDeathDate = PartialDate(dayNumber: counts.firstDay)!
        self.target = options.target
        self.decreases = input.decreases
    }

    private static func hazards(_ fit: DelayFit) -> [HazardRow] {
        let model = fit.model
        let extrapolated = Set(model.extrapolatedBands)
        return (0..<model.bandCount).map { band in
            let parameter = model.parameterOfBand[band]
            return HazardRow(
                fromDays: model.edges[band], toDays: model.edges[band + 1], estimate: fit.estimate[parameter],
                stdError: fit.covariance[parameter, parameter].squareRoot(), extrapolated: extrapolated.contains(band))
        }
    }
}
