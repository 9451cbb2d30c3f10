import ArgumentParser
import BurdenAnalysis
import BurdenData

/// What every analysis command reads: the list (or counts table), the region table
/// and how to import the list. The analysis's own options — the filter, the
/// denominator and its choices — are its specification in BurdenAnalysis.
struct AnalysisInput: ParsableArguments {
    @Argument(help: ArgumentHelp("A casualty list (as `check` reads it), or with --counts a table of counts per region; - for standard input.", valueName: "file"))
    var file: String

    @Flag(help: Self.countsHelp)
    var counts = false

    @Option(help: Self.regionsHelp)
    var regions: String?

    @OptionGroup var importOptions: ListImportOptions

    @OptionGroup var categoryOptions: CategoriesOption

    /// Reads the input and applies the selection's filter; prints the import summary
    /// on standard error.
    ///
    /// - Parameters:
    ///   - selection: the filter and the denominator (which also names the population
    ///     column of a user's region table).
    ///   - keepRecords: whether the analysis needs the records themselves (not only the
    ///     counts per region).
    ///   - countForReport: whether to count what a report needs from the records as the
    ///     list streams by (see `ReportRecordCounts`), instead of keeping them.
    func load(_ selection: SelectionOptions, keepRecords: Bool = false, countForReport: Bool = false) throws -> AnalysisDataset {
        try Self.load(
            path: file, counts: counts, regions: Self.regionTable(regions, selection), importOptions: importOptions,
            categories: categoryOptions.mapping(), selection: selection, keepRecords: keepRecords, countForReport: countForReport)
    }

    /// The help of `--counts`, for commands whose list is optional too (`exposure`).
    static let countsHelp = ArgumentHelp(
        "FILE is a table of counts: per region as the press publishes them (a region column, a count column, optionally a date and a group column), or per date and category (a date column and one column per category).")
    /// The help of `--regions`.
    static let regionsHelp = ArgumentHelp(
        "A region table for any country (CSV: code,name[,aliases],numeric columns…) instead of the built-in Russian reference.",
        valueName: "file")

    /// The region table of `--regions`, its population column the selection's denominator.
    static func regionTable(_ path: String?, _ selection: SelectionOptions) throws -> (table: RegionTable, resolver: RegionResolver)? {
        try path.map { path throws(DataError) in
            try RegionTableReader.read(path: path, denominator: selection.denominatorColumn ?? "population")
        }
    }

    /// Reads a list (or counts table) as ``load(_:keepRecords:countForReport:)`` does.
    static func load(
        path: String, counts: Bool, regions: (table: RegionTable, resolver: RegionResolver)?, importOptions: ListImportOptions,
        categories: CategoryMapping = .builtIn, selection: SelectionOptions, keepRecords: Bool = false, countForReport: Bool = false
    ) throws -> AnalysisDataset {
        var options = importOptions.importerOptions
        options.keepSource = false
        options.categories = categories
        let dataset = try AnalysisDataset.load(
            path: path, isCounts: counts, regions: regions, filter: selection.filter, importOptions: options,
            keepRecords: keepRecords, countForReport: countForReport)
        if let ledger = dataset.ledger {
            printToStandardError(ledger.summary)
            try importOptions.enforceStrictness(ledger)
            return dataset
        }
        let scope = dataset.scope
        if !scope.skippedTotals.isEmpty {
            printToStandardError("skipped total rows: \(scope.skippedTotals.joined(separator: ", "))")
        }
        for row in scope.unusedRows { printToStandardError("row not used: \(row)") }
        for warning in scope.warnings { printToStandardError("warning: \(warning)") }
        if importOptions.strict, !scope.unusedRows.isEmpty {
            throw CommandFailure.data("--strict: \(scope.unusedRows.count) rows of the counts table could not be used")
        }
        return dataset
    }
}
