import BurdenData
import BurdenStats

/// Loss volume on one time axis: per period, the increase of a claimed cumulative
/// series, the named deaths dated in the period, the deaths a weekly estimate series
/// puts in it (with the named deaths the estimate's source gives for the same weeks),
/// the excess-mortality estimate where vital statistics cover it, the published
/// estimates that fall in it, and ratios between them — each naming its numerator and
/// denominator and saying when their scopes differ.
public struct LossVolume: Sendable, Hashable {
    /// The period lengths.
    public enum Period: String, Sendable, Hashable, CaseIterable {
        case year, quarter, month
    }

    /// One period.
    public struct Row: Sendable, Hashable {
        /// `2023`, `2023-Q2` or `2023-05`.
        public let period: String
        /// The period's first day, and the first day of the next period.
        public let start: PartialDate
        public let end: PartialDate
        /// The claimed increase: value on the first day of the next period minus the
        /// value on the first day of this one (0 before the series starts); `nil` for a
        /// period after the series (which only the estimate series reaches).
        public let claimedIncrease: Double?
        /// Whether the claimed increase stops at the last report, before the period ends.
        public let claimedPartial: Bool
        /// Named deaths whose date falls in the period (when a list is given and its dates
        /// reach the period).
        public let namedDeaths: Int?
        /// Whether the list's last date falls inside the period (its count is partial).
        public let namedPartial: Bool
        /// The excess-mortality estimate for the period (years only), and its ±.
        public let excess: Double?
        public let excessPlusMinus: Double?
        /// The estimated deaths of the weeks that start in the period (when an estimate
        /// series is given and reaches the period).
        public let estimatedKilled: Double?
        /// Whether the estimate series ends before the period does.
        public let estimatedPartial: Bool
        /// The named deaths the estimate's source gives for the same weeks.
        public let estimateNamed: Int?
    }

    /// A ratio of two quantities, both named, with a note when their scopes differ.
    public struct Ratio: Sendable, Hashable {
        /// Which two quantities a ratio divides.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// The list's named deaths over the excess male deaths.
            case namedOverExcess = "named_over_excess"
            /// The claimed killed and wounded over the list's named deaths.
            case claimedOverNamed = "claimed_over_named"
            /// Named deaths (the estimate's own, or the list's) over the estimated killed.
            case namedOverEstimated = "named_over_estimated"
            /// The claimed killed and wounded over the estimated killed.
            case claimedOverEstimated = "claimed_over_estimated"
        }

        public let kind: Kind
        public let period: String
        public let numerator: String
        public let denominator: String
        public let value: Double
        public let low: Double?
        public let high: Double?
        public let note: String
    }

    public let period: Period
    /// What the claimed series counts.
    public let claimedLabel: String
    public let rows: [Row]
    /// Published estimates with the period their date falls in.
    public let estimates: [(period: String, estimate: PublishedEstimate)]
    public let ratios: [Ratio]
    /// Named deaths whose date is too coarse for the period, or missing.
    public let unplacedNamed: Int
    /// The claimed series itself.
    public let series: CumulativeSeries
    /// The estimate series, when given.
    public let estimated: EstimateSeries?
    /// The list counted by date: the number of named deaths dated up to each day that
    /// has one (records dated to the day only).
    public let namedCumulative: [(date: PartialDate, count: Int)]
    public let checks: SeriesChecks

    public static func == (a: LossVolume, b: LossVolume) -> Bool {
        a.rows == b.rows && a.ratios == b.ratios && a.estimates.map(\.estimate) == b.estimates.map(\.estimate)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(rows) }

    /// Puts the sources on one axis.
    ///
    /// - Parameters:
    ///   - series: the claimed cumulative series (killed and wounded).
    ///   - estimates: published estimates.
    ///   - records: a named list, when given.
    ///   - excess: excess estimates by year (value, ±) and what they cover (`ages 15–49`).
    ///   - estimated: a series of estimated deaths per week, each week counted in the
    ///     period its first day falls in.
    public init(
        series: CumulativeSeries, claimedLabel: String = "killed and wounded (claimed)", estimates: [PublishedEstimate],
        records: [CasualtyRecord]? = nil, excess: [Int: (value: Double, plusMinus: Double)] = [:],
        excessScope: String = "", period: Period = .year, discrepancies: [DiscrepancyTableReader.Row] = [],
        estimated: EstimateSeries? = nil
    ) {
        let first = series.points.first!.date
        let last = series.points.last!.date
        var starts: [PartialDate] = []
        // The periods of the claimed series, and of the estimate series where it goes on.
        var cursor = Self.periodStart(of: min(first, estimated?.points.first?.start ?? first), period)
        while cursor <= max(last, estimated?.lastDay ?? last) {
            starts.append(cursor)
            cursor = Self.next(cursor, period)
        }
        var named: [String: Int] = [:]
        var unplaced = 0
        let listEnd = (records ?? []).compactMap { ($0.deathDate ?? $0.confirmationDate)?.latestDay }.max()
        for record in records ?? [] {
            guard let date = record.deathDate ?? record.confirmationDate,
                  let label = Self.label(of: date, period) else {
                unplaced += 1
                continue
            }
            named[label, default: 0] += 1
        }
        var estimatedIn: [String: (killed: Double, named: Int?)] = [:]
        for point in estimated?.points ?? [] {
            let label = Self.label(of: point.start, period)!
            let sum = estimatedIn[label] ?? (0, nil)
            estimatedIn[label] = (sum.killed + point.estimated, point.named.map { (sum.named ?? 0) + $0 } ?? sum.named)
        }
        var rows: [Row] = []
        var ratios: [Ratio] = []
        for start in starts {
            let end = Self.next(start, period)
            let label = Self.label(of: start, period)!
            let endValue = series.value(on: end) ?? series.points.last!.value
            let reached = start <= last
            let partial = reached && end > last
            let increase: Double? = reached ? endValue - (series.value(on: start) ?? 0) : nil
            let covered = listEnd.map { start <= $0 } ?? false
            let namedPartial = covered && listEnd.map { end > $0.adding(days: 1) } ?? false
            let namedDeaths = covered ? named[label, default: 0] : nil
            let yearExcess = period == .year ? excess[start.year] : nil
            let estimate = estimatedIn[label]
            let estimatedPartial = estimate != nil && estimated.map { $0.end < end } ?? false
            rows.append(Row(period: label, start: start, end: end, claimedIncrease: increase, claimedPartial: partial,
                            namedDeaths: namedDeaths, namedPartial: namedPartial, excess: yearExcess?.value,
                            excessPlusMinus: yearExcess?.plusMinus, estimatedKilled: estimate?.killed,
                            estimatedPartial: estimatedPartial, estimateNamed: estimate?.named))
            if let estimated, let estimate, estimate.killed > 0 {
                let killed = "estimated killed (\(estimated.estimateLabel), weeks starting in the period)"
                let stops = estimatedPartial ? "; the estimate stops on \(estimated.lastDay), before the period ends" : ""
                if let named = estimate.named {
                    ratios.append(Ratio(
                        kind: .namedOverEstimated, period: label,
                        numerator: "named deaths (\(estimated.namedLabel ?? "named"), the estimate's source, same weeks)",
                        denominator: killed, value: Double(named) / estimate.killed, low: nil, high: nil,
                        note: "same source and weeks: the dead the list had named by the estimate's release, against the "
                            + "estimate of all the dead; the share of the estimated dead that are named" + stops))
                } else if let namedDeaths, !namedPartial {
                    ratios.append(Ratio(
                        kind: .namedOverEstimated, period: label, numerator: "named deaths dated in the period (the list)",
                        denominator: killed, value: Double(namedDeaths) / estimate.killed, low: nil, high: nil,
                        note: "scopes differ: the list names the dead it could confirm, by the date of death, as of its copy; "
                            + "the estimate counts all the dead of the weeks" + stops))
                }
                if let increase, !partial {
                    ratios.append(Ratio(
                        kind: .claimedOverEstimated, period: label, numerator: claimedLabel, denominator: killed,
                        value: increase / estimate.killed, low: nil, high: nil,
                        note: "scopes differ: the claim counts killed and wounded, as the other side reports them; "
                            + "the estimate counts the dead only" + stops))
                }
            }
            if let namedDeaths, !namedPartial, let yearExcess, yearExcess.value > 0 {
                // The named count is taken as exact; the excess as normal with sd = ±.
                let z = Normal.quantile(0.975)
                let upperExcess = yearExcess.value + z * yearExcess.plusMinus
                let lowerExcess = yearExcess.value - z * yearExcess.plusMinus
                ratios.append(Ratio(
                    kind: .namedOverExcess, period: label, numerator: "named deaths dated in the period (all ages)",
                    denominator: "excess male deaths (\(excessScope))", value: Double(namedDeaths) / yearExcess.value,
                    low: Double(namedDeaths) / upperExcess, high: lowerExcess > 0 ? Double(namedDeaths) / lowerExcess : nil,
                    note: "scopes differ: the list names the dead of every age and unit it could confirm; the excess counts men "
                        + "of \(excessScope) from vital statistics; 95% interval from the excess's ± (named count exact)"))
            }
            if let namedDeaths, namedDeaths > 0, let increase, !partial, !namedPartial {
                ratios.append(Ratio(
                    kind: .claimedOverNamed, period: label, numerator: claimedLabel, denominator: "named deaths dated in the period",
                    value: increase / Double(namedDeaths), low: nil, high: nil,
                    note: "scopes differ: the claim counts killed and wounded, the list confirmed dead only"))
            }
        }
        let placed = estimates.compactMap { estimate -> (period: String, estimate: PublishedEstimate)? in
            guard let label = Self.label(of: estimate.asOf, period) else { return nil }
            return (label, estimate)
        }
        self.period = period
        self.claimedLabel = claimedLabel
        self.rows = rows
        self.estimates = placed.sorted { ($0.estimate.asOf, $0.estimate.source) < ($1.estimate.asOf, $1.estimate.source) }
        self.ratios = ratios
        self.unplacedNamed = unplaced
        self.series = series
        self.estimated = estimated
        let days = (records ?? []).compactMap { record -> PartialDate? in
            guard let date = record.deathDate ?? record.confirmationDate, date.day != nil else { return nil }
            return date
        }.sorted()
        var cumulative: [(date: PartialDate, count: Int)] = []
        for (index, day) in days.enumerated() where index + 1 == days.count || days[index + 1] != day {
            cumulative.append((day, index + 1))
        }
        self.namedCumulative = cumulative
        self.checks = SeriesChecks(series: series, discrepancies: discrepancies)
    }

    static func periodStart(of date: PartialDate, _ period: Period) -> PartialDate {
        switch period {
        case .year: PartialDate(year: date.year, month: 1, day: 1)!
        case .quarter: PartialDate(year: date.year, month: ((date.month ?? 1) - 1) / 3 * 3 + 1, day: 1)!
        case .month: PartialDate(year: date.year, month: date.month ?? 1, day: 1)!
        }
    }

    static func next(_ start: PartialDate, _ period: Period) -> PartialDate {
        let months = period == .year ? 12 : period == .quarter ? 3 : 1
        let index = (start.month ?? 1) - 1 + months
        return PartialDate(year: start.year + index / 12, month: index % 12 + 1, day: 1)!
    }

    /// The period label of a date; `nil` when the date is too coarse for the period.
    static func label(of date: PartialDate, _ period: Period) -> String? {
        switch period {
        case .year: return String(date.year)
        case .quarter:
            guard let month = date.month else { return nil }
            return "\(date.year)-Q\((month - 1) / 3 + 1)"
        case .month:
            guard let month = date.month else { return nil }
            return PartialDate(year: date.year, month: month)!.description
        }
    }
}
