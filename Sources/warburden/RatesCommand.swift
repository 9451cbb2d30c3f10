import ArgumentParser
import BurdenAnalysis
import BurdenReport

/// `warburden rates`: deaths per region against a population, with intervals.
struct RatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: RatesOptions.name,
        abstract: RatesOptions.abstract,
        discussion: """
            For each region: deaths, the population at risk (by default men aged 16–61 at the \
            2021 census, the denominator of Bessudnov 2023), the rate per 100,000 with its \
            confidence interval (default wilson-cc, what R's prop.test prints), the \
            empirical-Bayes smoothed rate (Marshall 1991) and the rank. Deaths without a region \
            are reported as `unassigned`. The import summary goes to standard error.

            Examples:
              warburden rates list.csv
              warburden rates list.csv --from 2022-09-21 --unit-type volunteer --format csv
              warburden rates counts.csv --counts --regions my-country.csv --denominator adults
            """
    )

    @OptionGroup var input: AnalysisInput
    @OptionGroup var options: RatesOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let dataset = try input.load(options.selection)
        output.emit(try options.run(on: dataset).document.adding(dataset.scope.metadata))
    }
}
