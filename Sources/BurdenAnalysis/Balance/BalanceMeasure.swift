import BurdenData
import BurdenStats

/// A figure read for one period of a balance: the value as its source gives it, how
/// much of the period it covers, and — only when the user asks (`--scale-partial`)
/// and it covers part of the period — the value scaled to the whole period at the
/// rate of the part covered (``StockFlow/scaledToWholePeriod(_:coveredDays:periodDays:)``).
public struct BalanceMeasure: Sendable, Hashable {
    /// The days a figure counts.
    public struct Coverage: Sendable, Hashable {
        /// The first day counted.
        public let first: PartialDate
        /// The last day counted.
        public let last: PartialDate
        /// The days counted (for a weekly figure, 7 per week present).
        public let days: Int
        /// The days of the period from the war's start (for a weekly figure, 7 per week
        /// that starts in the period from the week of the war's start).
        public let periodDays: Int
        /// How the days were read, when they are not plain (a claim's last day not stated).
        public let note: String?

        /// Whether the figure covers less than the period.
        public var isPartial: Bool { days < periodDays }
    }

    /// The value as the source gives it.
    public let read: Double
    /// The days it counts.
    public let coverage: Coverage
    /// Whether it was scaled to the whole period.
    public let isScaled: Bool

    /// A figure; scaled when `scale` and it covers part of the period.
    init(read: Double, coverage: Coverage, scale: Bool) {
        self.read = read
        self.coverage = coverage
        isScaled = scale && coverage.isPartial && coverage.days > 0
    }

    /// The value used: as read, or scaled to the whole period.
    public var value: Double {
        isScaled ? StockFlow.scaledToWholePeriod(read, coveredDays: coverage.days, periodDays: coverage.periodDays) : read
    }

    /// The factor a scaled figure was multiplied by (1 when it was not).
    public var scaleFactor: Double { isScaled ? Double(coverage.periodDays) / Double(coverage.days) : 1 }

    /// Whether it covers part of the period and was not scaled.
    public var isPartial: Bool { coverage.isPartial && !isScaled }
}

extension BalanceMeasure {
    /// The increase of a cumulative series over a period: the value on the day after
    /// the period minus the value on its first day (a report dated D covers losses
    /// through the night before D; the count is 0 before the series starts). When the
    /// series ends within the period, its last report instead, covering the days
    /// before it; `nil` when it ends before the period.
    static func increase(
        of series: CumulativeSeries, in span: BalanceSpan, from first: PartialDate, scale: Bool
    ) -> BalanceMeasure? {
        guard let last = series.points.last?.date, last > first, let startValue = series.value(on: span.start) else { return nil }
        let next = span.end.adding(days: 1)
        let endDate = min(next, last)
        let coverage = Coverage(
            first: first, last: endDate.adding(days: -1), days: PartialDate.days(from: first, to: endDate), periodDays: span.days(from: first),
            note: nil)
        return BalanceMeasure(read: series.value(on: endDate)! - startValue, coverage: coverage, scale: scale)
    }

    /// The sum of the weeks that start in a period, from the week that holds its
    /// first day counted (the war's start). Weeks the counts lack are not covered;
    /// `nil` when no week of the period is present.
    static func sum(
        of counts: WeeklyCounts, in span: BalanceSpan, from first: PartialDate, scale: Bool
    ) -> (measure: BalanceMeasure, present: Int, expected: Int)? {
        var firstWeek = counts.weekStart(holding: first)
        if firstWeek < span.start { firstWeek = firstWeek.adding(days: 7) }
        let weeks = counts.weeks.filter { span.holds($0.start) && $0.start >= firstWeek }
        guard let earliest = weeks.first, let latest = weeks.last else { return nil }
        let expected = PartialDate.days(from: firstWeek, to: span.end) / 7 + 1
        let coverage = Coverage(
            first: earliest.start, last: latest.start.adding(days: 6), days: 7 * weeks.count, periodDays: 7 * expected, note: nil)
        return (BalanceMeasure(read: weeks.reduce(0) { $0 + $1.value }, coverage: coverage, scale: scale), weeks.count, expected)
    }

    /// The records whose date of death (or of confirmation, when it has none) falls in
    /// the period, counted to the list's last day (its latest date known to the day, or
    /// the latest last day of a coarser date when none is); `nil` when the list ends
    /// before the period. Dates too coarse to place in the period are not counted.
    static func count(
        of records: [CasualtyRecord], in span: BalanceSpan, from first: PartialDate
    ) -> BalanceMeasure? {
        let dates = records.compactMap { $0.deathDate ?? $0.confirmationDate }
        let end = dates.filter { $0.day != nil }.max() ?? dates.map(\.latestDay).max()
        guard let listEnd = end, listEnd >= first else { return nil }
        let counted = dates.filter { span.holds($0.earliestDay) && span.holds($0.latestDay) }.count
        let last = min(listEnd, span.end)
        let coverage = Coverage(
            first: first, last: last, days: PartialDate.days(from: first, to: last) + 1, periodDays: span.days(from: first), note: nil)
        return BalanceMeasure(read: Double(counted), coverage: coverage, scale: false)
    }
}
