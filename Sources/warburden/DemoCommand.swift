import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport
import Foundation

/// `warburden demo`: the main job on simulated data, end to end.
struct DemoCommand: ParsableCommand, CheckedOptions {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the main job on a simulated list and say where the output went.",
        discussion: """
            Simulates a casualty list (see `warburden simulate --help`), imports it as any \
            list is imported (see `warburden check --help`), computes the regional rate table \
            against men aged 16–61 at the 2021 census, prints its top and bottom rows, and \
            writes into the output folder:
              simulated-list.csv     the simulated list
              ledger.json            what happened to every row of it
              rates.csv, rates.json  the full rate table (full precision)
              rates.txt              the rate table as printed
              report/                the report of the list (see `warburden report --help`):
                                     index.html, report.md, results.json, tables/, charts/
            """
    )

    @Option(help: ArgumentHelp("Folder for the output; created if missing.", valueName: "dir"))
    var out: String = "warburden-demo"

    @Option(help: .number("Number of simulated rows", DemoRows.self, valueName: "rows"))
    var records: DemoRows = 20_000

    @Option(help: "Seed of the simulation.")
    var seed: UInt64 = 2022

    func validate() throws {
        try checkArguments()
    }

    func run() throws {
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.data("cannot create the output folder '\(out)': \(error.localizedDescription)")
        }

        let simulator = try CasualtySimulator(seed: seed)
        let listPath = folder.appendingPathComponent("simulated-list.csv").path
        let sink = try ByteOutput(path: listPath)
        let writer = try CasualtyListWriter(output: sink, format: .csv)
        for index in 0..<records.whole { try writer.write(simulator.row(at: index)) }
        try sink.flush()

        // The main job, as on a real list: import with a ledger, then the rate table.
        let (imported, ledger) = try CasualtyImporter().readAll(path: listPath)
        printToStandardError(ledger.summary)
        let rates = try RegionalRates(counts: RegionalCounts(records: imported), table: RussiaReference.table)
        let document = rates.document
        var written: [String] = [listPath]
        let outputs: [(String, OutputFormat, TidyDocument)] = [
            ("ledger.json", .json, ledger.document), ("rates.csv", .csv, document), ("rates.json", .json, document),
            ("rates.txt", .table, document),
        ]
        for (name, format, content) in outputs {
            let path = folder.appendingPathComponent(name).path
            do {
                try format.renderer.render(content).write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw CommandFailure.data("cannot write '\(path)': \(error.localizedDescription)")
            }
            written.append(path)
        }

        // The report of the simulated list, as `warburden report` writes it.
        let dataset = try AnalysisDataset.load(path: listPath)
        let content = try ReportContent(dataset: dataset, inputs: [try InputFile(role: .list, path: listPath)])
        let report = Report(content: content, toolVersion: WarburdenVersion.current)
        let reportFiles = try ReportFolder.write(report, to: folder.appendingPathComponent("report").path)
        written.append(reportFiles[0])

        print("Simulated \(records) deaths (seed \(seed)); regional rates per 100,000 men aged 16–61:\n")
        let top = Array(rates.regions.prefix(8))
        let bottom = Array(rates.regions.filter { $0.rate != nil }.suffix(4))
        let excerpt = RegionalRates.excerpt(of: rates, rows: top + bottom)
        print(TerminalTableRenderer().render(excerpt), terminator: "")
        print("\n(top 8 and bottom 4 of \(rates.regions.count) regions)\n\nOutput written to:")
        for path in written { print("  " + path) }
    }
}

extension RegionalRates {
    /// The rate document with only some rows, for a short printout.
    fileprivate static func excerpt(of rates: RegionalRates, rows: [Row]) -> TidyDocument {
        let full = rates.document
        let codes = Set(rows.map(\.code))
        let table = full.tables[0]
        let kept = table.rows.filter { row in
            if case .text(let code) = row[0] { return codes.contains(code) }
            return false
        }
        return TidyDocument(tables: [TidyTable(name: table.name, columns: table.columns, rows: kept)], notes: full.notes)
    }
}

/// How many rows the demo simulates and keeps in memory: a whole number from 1 to 10⁷.
enum DemoRowsMeaning: NumberMeaning {
    static let range = NumberRange.whole(1, 10_000_000)
}

/// The number of rows of the demo's list.
typealias DemoRows = Bounded<DemoRowsMeaning>
