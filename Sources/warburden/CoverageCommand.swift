import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport

/// `warburden coverage`: how much of the estimated excess a named list covers.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Compare a named list with the excess male mortality: the named share of the toll by region.",
        discussion: """
            For each region: the list's deaths in the target years (year of death, else of \
            confirmation) at the ages estimated, the excess estimated as `warburden excess \
            --by region` does, and the named share (named / excess) with an interval that \
            treats the named count as exact and the excess as normal with sd pm. Then the \
            regions ranked by excess per 100,000 beside their rank by named deaths, and the \
            OLS of Bessudnov (2023) — rate ~ percBelowSubsistence + percentNonRus by default — \
            fitted to the excess and to the named deaths on the same regions.

            Examples:
              warburden coverage list.csv deaths-by-age-gender-region-year-1990-2022.csv.gz --years 2022
              warburden coverage list.csv deaths.csv.gz --covariates below_subsistence_pct_2020,national_republic
            """
    )

    @OptionGroup var input: AnalysisOptions

    @Argument(help: ArgumentHelp("Deaths by region, year, age group and sex (CSV, optionally .gz).", valueName: "deaths"))
    var deaths: String

    @OptionGroup var excess: ExcessOptions

    @Option(help: ArgumentHelp("Covariates of the models, comma-separated.", valueName: "a,b,…"))
    var covariates: String = "percBelowSubsistence,percentNonRus"

    @Option(help: "Confidence level of the share's interval and the models' intervals.")
    var confidence: Double = 0.95

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !input.counts else {
            throw ValidationError("coverage counts a list's records by year and age; a counts table (--counts) has neither")
        }
        guard confidence > 0, confidence < 1 else { throw ValidationError("--confidence must be between 0 and 1") }
    }

    func run() throws {
        let dataset = try input.load(keepRecords: true)
        let table = try DeathsTableReader.read(path: deaths, resolver: dataset.resolver)
        let names = covariates.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let coverage = try NamedCoverage(
            records: dataset.records ?? [], deaths: table, table: dataset.table, settings: excess.settings(),
            covariates: names, denominator: input.denominator, confidence: confidence)
        output.emit(coverage.document(format: output.format).adding(dataset.scope.metadata))
    }
}
