import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport

/// `warburden check`: import a list and print the ledger of every row.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Import a casualty list and account for every row: accepted, warned, duplicate or rejected.",
        discussion: """
            Reads CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks), TSV or \
            NDJSON, UTF-8 with or without a byte-order mark. The layouts of the Mediazona/BBC \
            list as published by Bessudnov (2022 and 2023) and of `warburden simulate` are \
            recognised from the header; otherwise common column names are matched, and \
            --map names the rest.

            Every row gets exactly one outcome: accepted; accepted with warnings (no region, \
            a region that does not resolve, no date, an age that disagrees with the birth year, \
            an unknown unit type, an id repeated with other fields); duplicate of an earlier row \
            (by --duplicates, below); or rejected, with its line and reason (wrong number of \
            fields, unbalanced quote, impossible date, invalid age, text not in UTF-8…). \
            Names are used only to find duplicates and are never printed.

            Duplicates (--duplicates; a named person is the same names, birth year, region and \
            date; fields are compared as written, trimmed):
            \(DuplicatePolicy.allCases.map { "  \($0.rawValue)\($0 == .standard ? " (default)" : ""): \($0.meaning)" }.joined(separator: "\n"))
            The summary line says how many rows each rule set aside.

            Fields: \(RecordField.allCases.map(\.rawValue).joined(separator: ", ")).

            Examples:
              warburden check list.csv
              warburden check list.csv --format json > ledger.json
              warburden check mine.csv --map region=oblast --map death_date=died --ledger rows.csv
            """
    )

    @Argument(help: ArgumentHelp("The list to read; - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var input: ListImportOptions

    @OptionGroup var categoryOptions: CategoriesOption

    @Option(help: ArgumentHelp("Also write one line per row (row, line, outcome, code, detail) to this CSV file.", valueName: "file"))
    var ledger: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let rows = try ledger.map { path throws(DataError) in try ByteOutput(path: path) }
        if let rows { try rows.write("row,line,outcome,code,detail\n") }
        var options = input.importerOptions
        options.categories = try categoryOptions.mapping()
        let result = try CasualtyImporter(options: options).read(
            path: file,
            observe: rows.map { sink in { row, line, outcome in LedgerRowWriter.write(row: row, line: line, outcome: outcome, to: sink) } },
            progress: ProgressBar.forStandardError(),
            consume: { _ in })
        try rows?.flush()
        output.emit(result.document)
        try result.requireRecords()
        try input.enforceStrictness(result)
    }
}
