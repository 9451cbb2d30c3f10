import BurdenData

/// Checks of a daily cumulative series that report, and never fix: days where the
/// count goes down, missing days, jumps beyond a robust threshold, and days where
/// sources disagree.
///
/// A jump is a daily increase above median + 8 × 1.4826 × MAD of the increases in the
/// 61 days around it (and at least twice that median) — robust to the slow drift of
/// the daily rate over a war.
public struct SeriesChecks: Sendable, Hashable {
    /// One finding.
    public struct Finding: Sendable, Hashable {
        /// The report date.
        public let date: PartialDate
        /// `decrease`, `gap`, `jump` or `disagreement`.
        public let kind: String
        /// What was seen.
        public let detail: String
    }

    /// The findings, in date order.
    public let findings: [Finding]

    /// Checks a series, against the disagreement rows of other sources when given.
    public init(series: CumulativeSeries, discrepancies: [DiscrepancyTableReader.Row] = []) {
        var findings: [Finding] = []
        let points = series.points
        var increases: [Double] = []
        for index in points.indices.dropFirst() {
            let (previous, point) = (points[index - 1], points[index])
            let change = point.value - previous.value
            increases.append(change)
            if change < 0 {
                findings.append(Finding(date: point.date, kind: "decrease",
                                        detail: "\(Int(previous.value)) on \(previous.date), \(Int(point.value)) on \(point.date)"))
            }
            let days = PartialDate.days(from: previous.date, to: point.date)
            if days > 1 {
                findings.append(Finding(date: point.date, kind: "gap", detail: "\(days - 1) days without a report after \(previous.date)"))
            }
        }
        for (offset, change) in increases.enumerated() {
            let window = increases[max(0, offset - 30)...min(increases.count - 1, offset + 30)]
            let median = Self.median(Array(window))
            let mad = Self.median(window.map { abs($0 - median) })
            if change > median + 8 * 1.4826 * mad, change > 2 * median, mad > 0 {
                let date = points[offset + 1].date
                findings.append(Finding(date: date, kind: "jump",
                                        detail: "an increase of \(Int(change)) against a usual \(Int(median)) a day"))
            }
        }
        for row in discrepancies {
            let distinct = Set(row.values.map(\.value))
            guard distinct.count > 1 else { continue }
            let values = row.values.map { "\($0.source) \(Int($0.value))" }.joined(separator: ", ")
            findings.append(Finding(date: row.date, kind: "disagreement", detail: values))
        }
        self.findings = findings.sorted { ($0.date, $0.kind) < ($1.date, $1.kind) }
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
