import ArgumentParser
import BurdenAnalysis
import BurdenReport
import BurdenStats

/// `warburden inequality`: how unequally the deaths fall on the regions.
struct InequalityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inequality",
        abstract: "Gini, concentration index, poorest-to-richest fifth rate ratio, and the capitals against the rest.",
        discussion: """
            The population-weighted Gini of regional rates; the concentration index of deaths \
            with regions ranked from poorest to richest by --rank-by (default mean_income_2020), \
            with its standard error; the rate ratio of the poorest fifth of the population to the \
            richest; and Moscow, St Petersburg and Moscow Oblast against all other regions \
            (share of deaths, share of the population, rate ratio with the Koopman interval).

            Examples:
              warburden inequality list.csv
              warburden inequality list.csv --rank-by percBelowSubsistence --format json
            """
    )

    @OptionGroup var input: AnalysisOptions

    @Option(name: .customLong("rank-by"), help: ArgumentHelp("The covariate that ranks regions from poorest to richest.", valueName: "column"))
    var rankBy: String = "mean_income_2020"

    @Option(help: ArgumentHelp("Which end of --rank-by is poorer: lowest or highest (guessed: highest for poverty and unemployment).", valueName: "lowest|highest"))
    var poorest: String?

    @Option(help: "Confidence level of the intervals.")
    var confidence: Double = 0.95

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let poorest, !["lowest", "highest"].contains(poorest) {
            throw ValidationError("--poorest takes lowest or highest (got '\(poorest)')")
        }
    }

    func run() throws {
        let dataset = try input.load()
        let order: SocioeconomicOrder? = poorest.map { $0 == "lowest" ? .lowestIsPoorest : .highestIsPoorest }
        let result = try BurdenInequality(
            counts: dataset.counts, table: dataset.table, denominator: input.denominator, rankBy: rankBy, order: order,
            confidence: confidence)
        output.emit(result.document.adding(dataset.scope.metadata))
    }
}
