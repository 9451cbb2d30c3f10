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
    ///   - resolver: the resolver of the table's spellings.
    ///   - filter: dates and unit types to keep.
    ///   - keepRecords: whether to keep the filtered records (analyses of regional
    ///     counts only pass `false`).
    /// - Complexity: O(n) in the number of records.
    public init(
        records: [CasualtyRecord],
        ledger: ImportLedger?,
        table: RegionTable = RussiaReference.table,
        resolver: RegionResolver = RussiaReference.resolver,
        filter: RecordFilter = RecordFilter(),
        keepRecords: Bool = true
    ) {
        var selection = RecordSelection(filter: filter, keepRecords: keepRecords, expected: records.count)
        for record in records { selection.add(record) }
        self.init(
            table: table, resolver: resolver, records: keepRecords ? selection.records : nil, counts: selection.counts,
            countRows: nil, ledger: ledger,
            scope: AnalysisScope(input: .records, filter: filter, tally: selection.tally, skippedTotals: []))
    }
}
