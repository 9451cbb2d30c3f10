import BurdenData

/// What a report needs from a list's records, counted one record at a time: deaths and
/// ages by unit type, deaths by month and unit type, by quarter and macro-region, and the
/// dates the list covers.
///
/// Counting them as the list streams by (``AnalysisDataset/load(path:isCounts:regions:filter:importOptions:keepRecords:countForReport:)``)
/// lets a report of a large list go without keeping its records — about 150 bytes a
/// row; counting them from kept records gives the same counts.
public struct ReportRecordCounts: Sendable {
    /// Deaths and ages by unit type.
    public private(set) var unitTypes = GroupBurden.UnitTypeTally()
    /// Deaths by month and unit type.
    public private(set) var monthly: Trends.Counter
    /// Deaths by quarter and macro-region; `nil` when the region table has no federal districts.
    public private(set) var regionalShares: Trends.Counter?
    /// The dates of the deaths (or, without one, of their confirmation).
    public private(set) var dates = DateSpan()

    /// Empty counts for the regions of `table`.
    public init(table: RegionTable) {
        monthly = Trends.Counter(table: table, period: .month, grouping: .unitType)
        regionalShares = table.regions.contains(where: { $0.federalDistrict != nil })
            ? Trends.Counter(table: table, period: .quarter, grouping: .macroRegion) : nil
    }

    /// The counts of `records`.
    public init(records: [CasualtyRecord], table: RegionTable) {
        self.init(table: table)
        for record in records { add(record) }
    }

    /// Counts one record.
    public mutating func add(_ record: CasualtyRecord) {
        unitTypes.add(record)
        monthly.add(record)
        regionalShares?.add(record)
        dates.add(record)
    }

    /// The first and last full dates of deaths, with counts of the dates that are too
    /// coarse to place, missing, of the death itself or of its confirmation.
    public struct DateSpan: Sendable, Hashable {
        /// The earliest full date.
        public private(set) var first: PartialDate?
        /// The latest full date.
        public private(set) var last: PartialDate?
        /// Deaths whose date has no day.
        public private(set) var imprecise = 0
        /// Deaths with no date.
        public private(set) var undated = 0
        /// Deaths dated by the death.
        public private(set) var deathDates = 0
        /// Deaths dated by their confirmation.
        public private(set) var confirmationDates = 0

        /// No dates yet.
        public init() {}

        /// Counts a record's date: the death's, or failing that the confirmation's.
        mutating func add(_ record: CasualtyRecord) {
            if record.deathDate != nil { deathDates += 1 } else if record.confirmationDate != nil { confirmationDates += 1 }
            see(record.deathDate ?? record.confirmationDate, weight: 1)
        }

        /// Counts `weight` deaths on `date`.
        mutating func see(_ date: PartialDate?, weight: Int) {
            guard let date else {
                undated += weight
                return
            }
            guard date.day != nil else {
                imprecise += weight
                return
            }
            if first.map({ date < $0 }) ?? true { first = date }
            if last.map({ date > $0 }) ?? true { last = date }
        }
    }
}
