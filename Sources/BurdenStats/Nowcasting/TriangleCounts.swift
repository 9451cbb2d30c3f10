/// The numbers of a reporting triangle, as the nowcast models read them: for each
/// snapshot day, the count of every day of death, and the days grouped into cohorts
/// (the periods nowcast: days, weeks or months).
///
/// Days are whole numbers (days since any fixed origin); day `firstDay + i` is slot
/// `i`. The slots run from the first day of death to the last snapshot, so a count
/// of a day after its snapshot is always 0. Cohorts are consecutive runs of days.
public struct TriangleCounts: Sendable, Hashable {
    /// The snapshot days, ascending and distinct.
    public let snapshotDays: [Int]
    /// The day of slot 0.
    public let firstDay: Int
    /// The number of day slots.
    public let dayCount: Int
    /// The first slot of each cohort, ascending, starting at 0; cohort `c` holds the
    /// slots `cohortStarts[c] ..< cohortStarts[c + 1]` (the last runs to `dayCount`).
    public let cohortStarts: [Int]
    /// Counts, snapshot by snapshot (`snapshotDays.count × dayCount`).
    public let counts: [Int32]
    /// Running sums of the counts along the days of each snapshot: `prefix[k × (dayCount + 1) + i]`
    /// is the sum of slots `0 ..< i` of snapshot `k`.
    private let prefix: [Int]

    /// Creates the counts.
    ///
    /// - Throws: ``StatsError/Code/invalidInput`` when the snapshots are not ascending,
    ///   the counts are not `snapshots × days`, a count is negative, or the cohort starts
    ///   do not begin at 0 and ascend within the days.
    /// - Complexity: O(snapshots × days).
    public init(snapshotDays: [Int], firstDay: Int, dayCount: Int, counts: [Int32], cohortStarts: [Int]) throws(StatsError) {
        guard !snapshotDays.isEmpty, zip(snapshotDays, snapshotDays.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw StatsError(.invalidInput, "snapshot days must be given, ascending and distinct")
        }
        guard dayCount > 0, counts.count == snapshotDays.count * dayCount else {
            throw StatsError(.invalidInput, "counts must hold \(snapshotDays.count) snapshots × \(dayCount) days")
        }
        guard counts.allSatisfy({ $0 >= 0 }) else { throw StatsError(.invalidInput, "a count is negative") }
        guard cohortStarts.first == 0, zip(cohortStarts, cohortStarts.dropFirst()).allSatisfy({ $0 < $1 }),
            cohortStarts.last! < dayCount
        else {
            throw StatsError(.invalidInput, "cohorts must start at slot 0 and ascend within the \(dayCount) days")
        }
        self.snapshotDays = snapshotDays
        self.firstDay = firstDay
        self.dayCount = dayCount
        self.counts = counts
        self.cohortStarts = cohortStarts
        var prefix = [Int](repeating: 0, count: snapshotDays.count * (dayCount + 1))
        for k in snapshotDays.indices {
            var sum = 0
            for i in 0..<dayCount {
                sum += Int(counts[k * dayCount + i])
                prefix[k * (dayCount + 1) + i + 1] = sum
            }
        }
        self.prefix = prefix
    }

    /// The number of cohorts.
    public var cohortCount: Int { cohortStarts.count }

    /// The day of the last snapshot.
    public var lastSnapshotDay: Int { snapshotDays[snapshotDays.count - 1] }

    /// The days of cohort `c`, as day numbers.
    public func cohortDays(_ c: Int) -> ClosedRange<Int> {
        let end = c + 1 < cohortStarts.count ? cohortStarts[c + 1] : dayCount
        return (firstDay + cohortStarts[c])...(firstDay + end - 1)
    }

    /// The count of one day of death in one snapshot.
    public func count(snapshot k: Int, day: Int) -> Int { Int(counts[k * dayCount + day - firstDay]) }

    /// The sum of the counts of days `lower...upper` (day numbers within the slots) in snapshot `k`.
    ///
    /// - Complexity: O(1).
    public func sum(snapshot k: Int, days lower: Int, _ upper: Int) -> Int {
        let base = k * (dayCount + 1)
        return prefix[base + upper - firstDay + 1] - prefix[base + lower - firstDay]
    }

    /// Deaths named in snapshot `k` (k ≥ 1) after the maximum delay: the increases
    /// since snapshot k − 1 of days that were already `maximumDelay` or more days old then.
    public func namedAfter(maximumDelay: Int, snapshot k: Int) -> Int {
        let last = snapshotDays[k - 1] - maximumDelay
        guard last >= firstDay else { return 0 }
        var named = 0
        for day in firstDay...min(last, firstDay + dayCount - 1) {
            named += max(0, count(snapshot: k, day: day) - count(snapshot: k - 1, day: day))
        }
        return named
    }
}
