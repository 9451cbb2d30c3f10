import BurdenData

/// The data an analysis runs on: the regions with their figures, and the deaths —
/// either records imported from a list (with its ledger) or counts read from a table
/// of published counts — after the filter.
public struct AnalysisDataset: Sendable {
    /// The regions, their figures and their spellings.
    public let table: RegionTable
    /// The resolver of the regions' spellings, for other files that name them.
    public let resolver: RegionResolver
    /// The records kept by the filter; `nil` when the input was a counts table.
    public let records: [CasualtyRecord]?
    /// Deaths per region after the filter.
    public let counts: RegionalCounts
    /// The rows of a counts table (with periods and groups when it has them).
    public let countRows: [CountsTableReader.Row]?
    /// The import ledger, for a list.
    public let ledger: ImportLedger?
    /// What the filter did.
    public let scope: AnalysisScope
    /// What a report needs from the kept records, when they were counted as the list
    /// streamed by (`countForReport`) rather than kept.
    public private(set) var recordCounts: ReportRecordCounts? = nil

    /// Reads a list (or a counts table) and applies the filter.
    ///
    /// - Parameters:
    ///   - path: the list or counts table; `-` for standard input (lists only).
    ///   - isCounts: whether `path` is a counts table (`region,deaths[,period][,group]`).
    ///   - regions: the region table and resolver; the built-in Russian reference when `nil`.
    ///   - filter: dates and unit types to keep (counts tables: dates filter the `period`).
    ///   - importOptions: how to read a list (and, for a counts table, its categories).
    ///   - keepRecords: whether to keep the records in memory; analyses of regional
    ///     counts only pass `false`, and the list is then counted as it streams by.
    ///   - countForReport: whether to count, as the list streams by, what a report needs
    ///     from its records (``recordCounts``), so that it need not keep them.
    /// - Throws: ``DataError`` for unreadable input, or input without a row that can be
    ///   counted (a header only, or every row rejected); ``AnalysisError`` for a filter
    ///   the input cannot support.
    public static func load(
        path: String,
        isCounts: Bool = false,
        regions: (table: RegionTable, resolver: RegionResolver)? = nil,
        filter: RecordFilter = RecordFilter(),
        importOptions: CasualtyImporter.Options = .init(),
        keepRecords: Bool = true,
        countForReport: Bool = false
    ) throws -> AnalysisDataset {
        let table = regions?.table ?? RussiaReference.table
        let resolver = regions?.resolver ?? RussiaReference.resolver
        if isCounts {
            let counts = try CountsTableReader.read(path: path, resolver: resolver, categories: importOptions.categories)
            guard !counts.rows.isEmpty || !counts.skippedTotals.isEmpty else {
                throw DataError(.invalidArgument, "the counts table '\(path)' has no rows")
            }
            if !filter.unitTypes.isEmpty {
                throw AnalysisError("--unit-type filters a list's records; a counts table has no unit types (use its group column)")
            }
            var tally = RecordFilter.Tally()
            var deaths: [String: Int] = [:]
            var unassigned = 0
            var kept: [CountsTableReader.Row] = []
            for row in counts.rows {
                if filter.from != nil || filter.to != nil {
                    guard let text = row.period, let period = PartialDate(parsing: text) else {
                        throw AnalysisError("--from/--to need a period column of dates in the counts table")
                    }
                    let record = CasualtyRecord(deathDate: period)
                    switch filter.decide(record) {
                    case .kept: break
                    case .excluded:
                        tally.excluded += row.deaths
                        continue
                    case .undated:
                        tally.undated += row.deaths
                        continue
                    case .imprecise:
                        tally.imprecise += row.deaths
                        continue
                    }
                }
                tally.kept += row.deaths
                kept.append(row)
                if let code = row.regionCode { deaths[code, default: 0] += row.deaths } else { unassigned += row.deaths }
            }
            return AnalysisDataset(
                table: table, resolver: resolver, records: nil, counts: RegionalCounts(deaths: deaths, unassigned: unassigned),
                countRows: kept, ledger: nil,
                scope: AnalysisScope(
                    input: .counts, filter: filter, tally: tally, skippedTotals: counts.skippedTotals,
                    unusedRows: counts.unusedRows.map(\.description), warnings: counts.warnings, categories: counts.categories))
        }
        var options = importOptions
        options.resolver = resolver
        var selection = RecordSelection(filter: filter, keepRecords: keepRecords)
        var reportCounts = countForReport ? ReportRecordCounts(table: table) : nil
        let ledger = try CasualtyImporter(options: options).read(path: path) { record in
            if selection.add(record), countForReport { reportCounts?.add(record) }
        }
        try ledger.requireRecords()
        return AnalysisDataset(
            table: table, resolver: resolver, records: keepRecords ? selection.records : nil, counts: selection.counts,
            countRows: nil, ledger: ledger,
            scope: AnalysisScope(input: .records, filter: filter, tally: selection.tally, skippedTotals: []),
            recordCounts: reportCounts)
    }
}

/// What an analysis counted: the kind of input, the filter and what it left out.
public struct AnalysisScope: Sendable, Hashable {
    /// What the deaths were read from.
    public enum Input: String, Sendable, Hashable, CaseIterable {
        /// A list's records.
        case records
        /// A table of counts per region.
        case counts
    }

    /// What the deaths were read from.
    public let input: Input
    /// The filter applied.
    public let filter: RecordFilter
    /// Deaths kept and left out by the filter.
    public let tally: RecordFilter.Tally
    /// Total rows of a counts table that were skipped (they name the country or a district).
    public let skippedTotals: [String]
    /// Rows of a counts table that could not be used, with the reason.
    public internal(set) var unusedRows: [String] = []
    /// What a counts table's reader counted but flags (categories it did not know).
    public internal(set) var warnings: [String] = []
    /// Each category column of a counts table by category, and what it was counted as.
    public internal(set) var categories: [String] = []
}
