import ArgumentParser
import BurdenAnalysis
import BurdenReport
import BurdenStats

/// `warburden rates`: deaths per region against a population, with intervals.
struct RatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "Deaths per region per 100,000 of a population, with confidence intervals, smoothed rates and ranks.",
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

    @OptionGroup var input: AnalysisOptions

    @Option(help: ArgumentHelp("Confidence interval method: \(ProportionInterval.Method.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "method"))
    var ci: ProportionInterval.Method = .wilsonCC

    @Option(help: "Confidence level, between 0 and 1.")
    var confidence: Double = 0.95

    @Option(help: "Rates per this many people.")
    var per: Double = 100_000

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard confidence > 0, confidence < 1 else { throw ValidationError("--confidence must be between 0 and 1 (got \(confidence))") }
        guard per > 0 else { throw ValidationError("--per must be positive (got \(per))") }
    }

    func run() throws {
        let dataset = try input.load()
        let rates = try RegionalRates(
            counts: dataset.counts, table: dataset.table, denominator: input.denominator, method: ci,
            confidence: confidence, per: per)
        output.emit(rates.document.adding(dataset.scope.metadata))
    }
}
