/// Deaths by date of death as a list showed them on successive days: a reporting
/// triangle, by region.
///
/// Each snapshot is a day on which the list was copied; the count of a date of death
/// in a snapshot is the number of deaths with that date the list held on that day.
/// Snapshots may have gaps (days without a copy) and begin long after the first deaths
/// (the triangle is truncated on the left: for early deaths only the counts of long
/// delays are seen). Counts may go down between snapshots when the list corrects a
/// record; every decrease is kept in ``decreases`` rather than treated as an error.
///
/// The counts are stored densely, region by region, snapshot by snapshot, one slot
/// per day from ``firstDeathDay`` to the last snapshot; a day the snapshot does not
/// mention counts 0.
public struct ReportingTriangle: Sendable, Hashable {
    /// A count that went down from one snapshot to the next.
    public struct Decrease: Sendable, Hashable, Codable {
        /// The date of death whose count went down.
        public let deathDate: PartialDate
        /// The region, `nil` for deaths without one.
        public let region: String?
        /// The earlier snapshot.
        public let previousSnapshot: PartialDate
        /// The snapshot in which the count is lower.
        public let snapshot: PartialDate
        /// The count in the earlier snapshot.
        public let from: Int
        /// The count in the later snapshot.
        public let to: Int

        /// Creates a decrease.
        public init(deathDate: PartialDate, region: String?, previousSnapshot: PartialDate, snapshot: PartialDate, from: Int, to: Int) {
            self.deathDate = deathDate
            self.region = region
            self.previousSnapshot = previousSnapshot
            self.snapshot = snapshot
            self.from = from
            self.to = to
        }
    }

    /// The snapshot days (``PartialDate/dayNumber``), ascending.
    public let snapshotDays: [Int]
    /// The first date of death with a count (its day number).
    public let firstDeathDay: Int
    /// The regions, in the order their counts are stored; `nil` stands for deaths
    /// without a region (and for every death of a table without a region column).
    public let regions: [String?]
    /// Every count that went down between consecutive snapshots, by region, date of
    /// death and snapshot.
    public let decreases: [Decrease]
    /// For each snapshot, deaths that could not be placed on a day of death (a date
    /// known only to the month or year, or no date).
    public let undated: [Int]
    /// Counts, `[region][snapshot × dayCount + day]`.
    private let counts: [[Int32]]

    /// The snapshot dates, ascending.
    public var snapshots: [PartialDate] { snapshotDays.map { PartialDate(dayNumber: $0)! } }
    /// The number of days of death, from ``firstDeathDay`` to the last snapshot.
    public var dayCount: Int { (snapshotDays.last ?? firstDeathDay) - firstDeathDay + 1 }
    /// The first date of death with a count.
    public var firstDeathDate: PartialDate { PartialDate(dayNumber: firstDeathDay)! }

    /// Creates a triangle from dense counts, finding the decreases.
    ///
    /// - Parameters:
    ///   - snapshotDays: the snapshot days, ascending and distinct.
    ///   - firstDeathDay: the day of the first slot.
    ///   - regions: the regions, one array of counts each.
    ///   - counts: per region, `snapshotDays.count × dayCount` counts, snapshot by snapshot.
    ///   - undated: per snapshot, deaths without a day of death (zeros when `nil`).
    /// - Precondition: the arrays have the sizes described.
    /// - Complexity: O(regions × snapshots × days).
    public init(snapshotDays: [Int], firstDeathDay: Int, regions: [String?], counts: [[Int32]], undated: [Int]? = nil) {
        let days = (snapshotDays.last ?? firstDeathDay) - firstDeathDay + 1
        precondition(zip(snapshotDays, snapshotDays.dropFirst()).allSatisfy { $0 < $1 }, "snapshots must ascend")
        precondition(regions.count == counts.count, "one array of counts per region")
        precondition(counts.allSatisfy { $0.count == snapshotDays.count * days }, "counts must be snapshots × days")
        self.snapshotDays = snapshotDays
        self.firstDeathDay = firstDeathDay
        self.regions = regions
        self.counts = counts
        self.undated = undated ?? Array(repeating: 0, count: snapshotDays.count)
        var decreases: [Decrease] = []
        for (r, region) in regions.enumerated() {
            let series = counts[r]
            for day in 0..<days {
                for k in 1..<max(snapshotDays.count, 1) where series[k * days + day] < series[(k - 1) * days + day] {
                    decreases.append(Decrease(
                        deathDate: PartialDate(dayNumber: firstDeathDay + day)!, region: region,
                        previousSnapshot: PartialDate(dayNumber: snapshotDays[k - 1])!,
                        snapshot: PartialDate(dayNumber: snapshotDays[k])!,
                        from: Int(series[(k - 1) * days + day]), to: Int(series[k * days + day])))
                }
            }
        }
        self.decreases = decreases
    }

    /// The count of a day of death in a snapshot, for one region.
    ///
    /// - Parameters:
    ///   - region: an index into ``regions``.
    ///   - snapshot: an index into ``snapshotDays``.
    ///   - day: days after ``firstDeathDay``.
    public func count(region: Int, snapshot: Int, day: Int) -> Int {
        Int(counts[region][snapshot * dayCount + day])
    }

    /// The counts summed over some regions, snapshot by snapshot (`snapshots × days`).
    ///
    /// - Parameter regionCodes: the regions to add up; every region, and the deaths
    ///   without one, when `nil`.
    /// - Throws: ``DataError`` `invalidArgument` naming a code the triangle does not hold.
    /// - Complexity: O(selected regions × snapshots × days).
    public func totals(regionCodes: [String]? = nil) throws(DataError) -> [Int32] {
        var selected: [Int]
        if let regionCodes {
            selected = []
            for code in regionCodes {
                guard let index = regions.firstIndex(of: code) else {
                    let known = regions.compactMap { $0 }.joined(separator: ", ")
                    throw DataError(
                        .invalidArgument,
                        "the snapshots have no deaths of region '\(code)'" + (known.isEmpty ? " (they have no regions)" : " (regions: \(known))"))
                }
                if !selected.contains(index) { selected.append(index) }
            }
        } else {
            selected = Array(regions.indices)
        }
        var sum = [Int32](repeating: 0, count: snapshotDays.count * dayCount)
        for index in selected {
            let series = counts[index]
            for slot in sum.indices { sum[slot] += series[slot] }
        }
        return sum
    }

    /// Deaths counted in each snapshot, over every region.
    public var snapshotTotals: [Int] {
        let days = dayCount
        return snapshotDays.indices.map { k in
            counts.reduce(0) { total, series in total + series[(k * days)..<((k + 1) * days)].reduce(0) { $0 + Int($1) } }
        }
    }
}
