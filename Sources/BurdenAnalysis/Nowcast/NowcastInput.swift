import BurdenData
import BurdenStats

/// A triangle cut at an as-of date, summed over the chosen regions, its days grouped
/// into periods: what the nowcast's statistics read.
struct NowcastInput {
    /// The counts, up to the last snapshot on or before the as-of date.
    let counts: TriangleCounts
    /// The first day (day number) of each period, in order.
    let periodStarts: [Int]
    /// The snapshots used, and the decreases among them.
    let snapshotsUsed: Int
    let decreases: [ReportingTriangle.Decrease]

    /// Cuts and sums the triangle.
    ///
    /// - Throws: ``AnalysisError`` when no snapshot is on or before the as-of date, a
    ///   region is unknown, or the counts cannot be read by the models.
    init(triangle: ReportingTriangle, options: NowcastSettings) throws(AnalysisError) {
        let asOf = options.asOf?.dayNumber ?? triangle.snapshotDays[triangle.snapshotDays.count - 1]
        let used = triangle.snapshotDays.filter { $0 <= asOf }
        guard !used.isEmpty else {
            throw AnalysisError(
                "no snapshot on or before the as-of date \(PartialDate(dayNumber: asOf)!) (the first is \(triangle.snapshots[0]))")
        }
        let totals: [Int32]
        do {
            totals = try triangle.totals(regionCodes: options.regions.isEmpty ? nil : options.regions)
        } catch {
            throw AnalysisError(error.message)
        }
        let last = used[used.count - 1]
        let first = triangle.firstDeathDay
        guard first <= last else {
            throw AnalysisError("no death is dated on or before the last snapshot used, \(PartialDate(dayNumber: last)!)")
        }
        let fullDays = triangle.dayCount
        let days = last - first + 1
        var counts = [Int32](repeating: 0, count: used.count * days)
        for k in used.indices {
            for i in 0..<days { counts[k * days + i] = totals[k * fullDays + i] }
        }
        var starts: [Int] = []
        var day = first
        while day <= last {
            starts.append(options.period.start(of: day))
            day = options.period.end(ofPeriodStarting: starts[starts.count - 1]) + 1
        }
        do {
            self.counts = try TriangleCounts(
                snapshotDays: used, firstDay: first, dayCount: days, counts: counts,
                cohortStarts: starts.map { max($0, first) - first })
        } catch {
            throw AnalysisError(error.message)
        }
        self.periodStarts = starts
        self.snapshotsUsed = used.count
        let lastDate = PartialDate(dayNumber: last)!
        let selected = Set(options.regions)
        self.decreases = triangle.decreases.filter { decrease in
            decrease.snapshot <= lastDate && (selected.isEmpty || decrease.region.map(selected.contains) == true)
        }
    }
}
