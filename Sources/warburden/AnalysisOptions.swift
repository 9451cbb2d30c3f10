import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenStats

extension ProportionInterval.Method: ExpressibleByArgument {}

/// The input options every analysis command shares: the list (or counts table), the
/// region table, the denominator and the filter.
struct AnalysisOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A casualty list (as `check` reads it), or with --counts a table of counts per region; - for standard input.", valueName: "file"))
    var file: String

    @Flag(help: "FILE is a table of counts: region,deaths[,period][,group].")
    var counts = false

    @Option(help: ArgumentHelp("A region table for any country (CSV: code,name[,aliases],numeric columns…) instead of the built-in Russian reference.", valueName: "file"))
    var regions: String?

    @Option(help: ArgumentHelp("The population column (default: men_16_61_2021 for the built-in reference, population for a user table).", valueName: "column"))
    var denominator: String?

    @Option(help: ArgumentHelp("Count deaths from this date (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Count deaths up to this date (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date"))
    var to: String?

    @Option(name: .customLong("unit-type"), help: ArgumentHelp("Count only this unit type (repeatable): \(UnitType.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "type"))
    var unitTypes: [String] = []

    @OptionGroup var importOptions: ImportOptions

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, PartialDate(parsing: value) == nil {
                throw ValidationError("\(name) '\(value)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
        }
        if let from, let to, let start = PartialDate(parsing: from), let end = PartialDate(parsing: to),
            start.earliestDay > end.latestDay
        {
            throw ValidationError("--from \(from) is after --to \(to)")
        }
        _ = try parsedUnitTypes()
    }

    private func parsedUnitTypes() throws(ValidationError) -> Set<UnitType> {
        var result: Set<UnitType> = []
        for text in unitTypes {
            guard let unit = UnitType(rawValue: text) ?? UnitType(label: text) else {
                let known = UnitType.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--unit-type '\(text)' is not one of \(known)")
            }
            result.insert(unit)
        }
        return result
    }

    /// Reads the input and applies the filter; prints the import summary on standard error.
    ///
    /// - Parameters:
    ///   - keepRecords: whether the analysis needs the records themselves (not only the
    ///     counts per region).
    ///   - countForReport: whether to count what a report needs from the records as the
    ///     list streams by (see `ReportRecordCounts`), instead of keeping them.
    func load(keepRecords: Bool = false, countForReport: Bool = false) throws -> AnalysisDataset {
        let userRegions = try regions.map { path throws(DataError) in
            try RegionTableReader.read(path: path, denominator: denominator ?? "population")
        }
        let filter = RecordFilter(
            from: from.flatMap(PartialDate.init(parsing:)), to: to.flatMap(PartialDate.init(parsing:)),
            unitTypes: try parsedUnitTypes())
        var options = try importOptions.importerOptions()
        options.keepSource = false
        let dataset = try AnalysisDataset.load(
            path: file, isCounts: counts, regions: userRegions, filter: filter, importOptions: options,
            keepRecords: keepRecords, countForReport: countForReport)
        if let ledger = dataset.ledger {
            printToStandardError(ledger.summary)
            try importOptions.enforceStrictness(ledger)
        } else if !dataset.scope.skippedTotals.isEmpty {
            printToStandardError("skipped total rows: \(dataset.scope.skippedTotals.joined(separator: ", "))")
        }
        return dataset
    }
}
