import BurdenData

/// The records a filter keeps, met one at a time: what was kept and left out
/// (``RecordFilter/Tally``), the kept deaths by region, and — when asked — the kept
/// records themselves. Both ways of making an ``AnalysisDataset`` (from a file as it
/// is imported, from records imported earlier) count through it, so they agree.
struct RecordSelection {
    let filter: RecordFilter
    let keepRecords: Bool
    private(set) var tally = RecordFilter.Tally()
    private(set) var records: [CasualtyRecord] = []
    private var regions = CodeTally()
    private var unassigned = 0

    /// A selection by `filter`; `keepRecords` keeps the kept records as well as their counts.
    init(filter: RecordFilter, keepRecords: Bool, expected: Int = 0) {
        self.filter = filter
        self.keepRecords = keepRecords
        if keepRecords { records.reserveCapacity(expected) }
    }

    /// Counts `record` as the filter decides; whether it was kept.
    @discardableResult
    mutating func add(_ record: CasualtyRecord) -> Bool {
        switch filter.decide(record) {
        case .kept:
            tally.kept += 1
            if keepRecords { records.append(record) }
            if let code = record.regionCode { regions.add(code) } else { unassigned += 1 }
            return true
        case .excluded: tally.excluded += 1
        case .undated: tally.undated += 1
        case .imprecise: tally.imprecise += 1
        }
        return false
    }

    /// The kept deaths by region.
    var counts: RegionalCounts { RegionalCounts(deaths: regions.counts, unassigned: unassigned) }
}
