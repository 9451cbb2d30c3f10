import ArgumentParser
import BurdenAnalysis
import BurdenData

extension CasualtyListWriter.Format: ExpressibleByArgument {}

/// `warburden simulate`: a synthetic casualty list with known truth.
struct SimulateCommand: ParsableCommand, CheckedOptions {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Write a synthetic casualty list with known truth, for demos, tests and benchmarks.",
        discussion: """
            Writes a list in the column layout of the Mediazona/BBC list as published by \
            Bessudnov (2023): id, first_name, last_name, impliedEthnicity (the word `removed`), \
            birthYear, deathConfirmedDate, unitType, age, region, source.

            Regions are drawn with probability proportional to \
            N·exp(0.04·below_subsistence_pct_2020 − 0.02·urban_share_2021 + 0.30·republic), \
            N = men aged 16–61 (2021 census); deaths run from 2022-02-24 to 2025-12-31 with the \
            monthly intensity and unit-type mix of the war's phases. About 2% of rows have no \
            region, 1% another spelling of it, and some dates are year-only or year-month — as \
            in real lists. The model is documented in docs/METHODS.md.

            The same seed gives the same bytes on every platform.

            Examples:
              warburden simulate --records 20000 --seed 7 > list.csv
              warburden simulate --records 1000000 --seed 7 --format ndjson --output big.ndjson
            """
    )

    @Option(help: .number("Number of rows", SimulatedRows.self, valueName: "rows"))
    var records: SimulatedRows = 20_000

    @Option(help: "Seed of the random generator; the same seed gives the same list.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("File format.", valueName: "csv|ndjson"))
    var format: CasualtyListWriter.Format = .csv

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        try checkArguments()
    }

    func run() throws {
        let simulator = try CasualtySimulator(seed: seed)
        let sink = try output.map { path throws(DataError) in try ByteOutput(path: path) } ?? .standardOutput()
        let writer = try CasualtyListWriter(output: sink, format: format)
        for index in 0..<records.whole { try writer.write(simulator.row(at: index)) }
        try sink.flush()
    }
}

/// How many rows a simulated list may have: a whole number from 0 to 10⁹ (about 100 GB of CSV).
enum SimulatedRowsMeaning: NumberMeaning {
    static let range = NumberRange.whole(0, 1_000_000_000)
}

/// The number of rows of a simulated list.
typealias SimulatedRows = Bounded<SimulatedRowsMeaning>
