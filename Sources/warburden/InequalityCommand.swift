import ArgumentParser
import BurdenAnalysis
import BurdenReport

/// `warburden inequality`: how unequally the deaths fall on the regions.
struct InequalityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: InequalityOptions.name,
        abstract: InequalityOptions.abstract,
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

    @OptionGroup var input: AnalysisInput
    @OptionGroup var options: InequalityOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let dataset = try input.load(options.selection)
        output.emit(try options.run(on: dataset).document.adding(dataset.scope.metadata))
    }
}
