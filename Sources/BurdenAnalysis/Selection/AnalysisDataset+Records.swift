import BurdenData

extension AnalysisDataset {
    /// A dataset from records imported earlier (a stored version of a list), after
    /// the filter — the same dataset ``load(path:isCounts:regions:filter:importOptions:keepRecords:)``
    /// gives for the file they were imported from.
    ///
    /// - Parameters:
    ///   - records: the imported records, in file order.
    ///   - ledger: the import ledger of the file.
    ///   - table: the regions and their figures; the built-in Russian reference by default.
    ///   - filter: dates and unit types to keep.
    ///   - keepRecords: whether to keep the filtered records (analyses of regional
    ///     counts only pass `false`).
    /// - Complexity: O(n) in the number of records.
    public init(
        records: [CasualtyRecord],
        ledger: ImportLedger?,
        table: RegionTable = RussiaReference.table,
        filter: RecordFilter = RecordFilter(),
        keepRecords: Bool = true
    ) {
        var deaths: [String: Int] = [:]
        var unassigned = 0
        var tally = RecordFilter.Tally()
        var kept: [CasualtyRecord] = []
        if keepRecords { kept.reserveCapacity(records.count) }
        for record in records {
            switch filter.decide(record) {
            case .kept:
                tally.kept += 1
                if keepRecords { kept.append(record) }
                if let code = record.regionCode { deaths[code, default: 0] += 1 } else { unassigned += 1 }
            case .excluded: tally.excluded += 1
            case .undated: tally.undated += 1
            case .imprecise: tally.imprecise += 1
            }
        }
        self.init(
            table: table, records: keepRecords ? kept : nil, counts: RegionalCounts(deaths: deaths, unassigned: unassigned),
            countRows: nil, ledger: ledger,
            scope: AnalysisScope(input: "records", filter: filter, tally: tally, skippedTotals: []))
    }
}
