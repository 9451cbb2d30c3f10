import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport

/// `warburden coverage`: how much of the estimated excess a named list covers.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: CoverageOptions.name,
        abstract: CoverageOptions.abstract,
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

    @OptionGroup var input: AnalysisInput

    @Argument(help: ArgumentHelp("Deaths by region, year, age group and sex (CSV, optionally .gz).", valueName: "deaths"))
    var deaths: String

    @OptionGroup var options: CoverageOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !input.counts else {
            throw ValidationError("coverage counts a list's records by year and age; a counts table (--counts) has neither")
        }
    }

    func run() throws {
        let dataset = try input.load(options.selection, keepRecords: true)
        let table = try DeathsTableReader.read(path: deaths, resolver: dataset.resolver)
        let coverage = try options.run(on: dataset, deaths: table)
        output.emit(coverage.document.adding(dataset.scope.metadata))
    }
}
