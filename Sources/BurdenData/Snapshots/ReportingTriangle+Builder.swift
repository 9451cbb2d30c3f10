extension ReportingTriangle {
    /// Collects counts by snapshot, date of death and region, in any order, and makes
    /// the triangle: from a snapshot table, from versions of a list, from list files
    /// given with their dates.
    ///
    /// ```swift
    /// var builder = ReportingTriangle.Builder()
    /// for (date, records) in versions { try builder.add(snapshot: date, records: records) }
    /// let triangle = try builder.build()
    /// ```
    ///
    /// Counts added twice for the same snapshot, day and region are summed (records
    /// count one each); ``add(snapshotDay:deathDay:region:deaths:line:)`` with line
    /// numbers instead rejects a repeated row, naming both lines.
    public struct Builder: Sendable {
        private var snapshotDays: [Int32] = []
        private var deathDays: [Int32] = []
        private var regionIndices: [Int32] = []
        private var deaths: [Int32] = []
        private var lines: [Int32] = []
        private var regions: [String?] = []
        private var regionIndex: [String?: Int] = [:]
        private var snapshots: Set<Int> = []
        private var undated: [Int: Int] = [:]
        /// The last snapshot day and region seen, so that the rows of one snapshot and
        /// region, which tables give together, skip the set and dictionary.
        private var lastSnapshotDay: Int?
        private var lastRegion: (region: String?, index: Int)?
        /// The name of the source, for messages (a file name), when rows carry line numbers.
        private let source: String?

        /// Creates an empty builder.
        ///
        /// - Parameter source: the name messages give the source of rows with line numbers.
        public init(source: String? = nil) {
            self.source = source
        }

        /// Records a snapshot, even one without deaths.
        ///
        /// - Throws: ``DataError`` `invalidArgument` when the date is not a full day.
        public mutating func add(snapshot: PartialDate) throws(DataError) {
            snapshots.insert(try Self.day(of: snapshot, "snapshot date"))
        }

        /// Adds the deaths of one date of death in one snapshot.
        ///
        /// - Throws: ``DataError`` `invalidArgument` when a date is not a full day, the
        ///   death is dated after the snapshot, or the count is negative.
        public mutating func add(snapshot: PartialDate, deathDate: PartialDate, region: String?, deaths: Int) throws(DataError) {
            let snapshotDay = try Self.day(of: snapshot, "snapshot date")
            let deathDay = try Self.day(of: deathDate, "date of death")
            try add(snapshotDay: snapshotDay, deathDay: deathDay, region: region, deaths: deaths, line: nil)
        }

        /// Adds one version of a list: each record counts once, by its date of death
        /// (its confirmation date when the list gives no date of death, as the trends
        /// analysis places records) and region; a record whose date is not known to the day is
        /// counted in ``ReportingTriangle/undated``.
        ///
        /// - Throws: ``DataError`` `invalidArgument` when the snapshot date is not a full
        ///   day or a record is dated after it.
        /// - Complexity: O(records).
        public mutating func add(snapshot: PartialDate, records: some Sequence<CasualtyRecord>) throws(DataError) {
            let snapshotDay = try Self.day(of: snapshot, "snapshot date")
            snapshots.insert(snapshotDay)
            for record in records {
                guard let day = (record.deathDate ?? record.confirmationDate)?.dayNumber else {
                    undated[snapshotDay, default: 0] += 1
                    continue
                }
                try add(snapshotDay: snapshotDay, deathDay: day, region: record.regionCode, deaths: 1, line: nil)
            }
        }

        /// Adds a count by day numbers (``PartialDate/dayNumber``), with the line it came
        /// from when it is a row of a table.
        ///
        /// - Throws: ``DataError`` `invalidArgument` when the death is after the snapshot
        ///   or the count is negative or too large.
        public mutating func add(snapshotDay: Int, deathDay: Int, region: String?, deaths: Int, line: Int?) throws(DataError) {
            let at = line.map { "line \($0): " } ?? ""
            guard deathDay <= snapshotDay else {
                throw problem(
                    "\(at)a death dated \(PartialDate(dayNumber: deathDay)?.description ?? "\(deathDay)") is after its snapshot date \(PartialDate(dayNumber: snapshotDay)?.description ?? "\(snapshotDay)")")
            }
            guard deaths >= 0 else { throw problem("\(at)a negative count of deaths (\(deaths))") }
            guard deaths <= Int(Int32.max) else { throw problem("\(at)a count of deaths too large (\(deaths))") }
            let index: Int
            if let last = lastRegion, last.region == region {
                index = last.index
            } else if let known = regionIndex[region] {
                index = known
            } else {
                index = regions.count
                regionIndex[region] = index
                regions.append(region)
            }
            lastRegion = (region, index)
            if lastSnapshotDay != snapshotDay {
                snapshots.insert(snapshotDay)
                lastSnapshotDay = snapshotDay
            }
            snapshotDays.append(Int32(clamping: snapshotDay))
            deathDays.append(Int32(clamping: deathDay))
            regionIndices.append(Int32(index))
            self.deaths.append(Int32(deaths))
            lines.append(Int32(clamping: line ?? 0))
        }

        /// Makes the triangle.
        ///
        /// - Throws: ``DataError`` `invalidArgument` when there is no snapshot, or when
        ///   two rows with line numbers give the same snapshot, day and region.
        /// - Complexity: O(rows + regions × snapshots × days).
        public func build() throws(DataError) -> ReportingTriangle {
            guard !snapshots.isEmpty else { throw problem("no snapshot") }
            let days = snapshots.sorted()
            // The index of each snapshot day, by its offset from the first.
            var snapshotIndex = [Int](repeating: -1, count: days[days.count - 1] - days[0] + 1)
            for (index, day) in days.enumerated() { snapshotIndex[day - days[0]] = index }
            let first = deathDays.min().map(Int.init) ?? days[0]
            let dayCount = days[days.count - 1] - first + 1
            let slots = days.count * dayCount
            var counts = [[Int32]](repeating: [Int32](repeating: 0, count: slots), count: max(regions.count, 1))
            var seenLine = lines.contains { $0 != 0 } ? [[Int32]](repeating: [Int32](repeating: 0, count: slots), count: regions.count) : []
            for row in deaths.indices {
                let slot = snapshotIndex[Int(snapshotDays[row]) - days[0]] * dayCount + Int(deathDays[row]) - first
                let region = Int(regionIndices[row])
                if lines[row] != 0 {
                    if seenLine[region][slot] != 0 {
                        throw problem(
                            "line \(lines[row]) repeats the snapshot date, date of death and region of line \(seenLine[region][slot])")
                    }
                    seenLine[region][slot] = lines[row]
                }
                let (sum, overflow) = counts[region][slot].addingReportingOverflow(deaths[row])
                guard !overflow else { throw problem("more than \(Int32.max) deaths of one day in one snapshot") }
                counts[region][slot] = sum
            }
            return ReportingTriangle(
                snapshotDays: days, firstDeathDay: first, regions: regions.isEmpty ? [nil] : regions, counts: counts,
                undated: days.map { undated[$0] ?? 0 })
        }

        private func problem(_ text: String) -> DataError {
            DataError(.invalidArgument, source.map { "snapshot table '\($0)': \(text)" } ?? text)
        }

        private static func day(of date: PartialDate, _ what: String) throws(DataError) -> Int {
            guard let day = date.dayNumber else {
                throw DataError(.invalidArgument, "the \(what) \(date) is not a full day (YYYY-MM-DD)")
            }
            return day
        }
    }
}
