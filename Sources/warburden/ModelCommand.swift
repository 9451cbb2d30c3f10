import ArgumentParser
import BurdenAnalysis
import BurdenReport

extension RegionalModel.Family: ExpressibleByArgument {}

/// `warburden model`: regress regional deaths on regional covariates.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Regress regional deaths on regional covariates: OLS of the rate, Poisson or negative binomial with a population offset.",
        discussion: """
            --family ols fits the rate per 100,000 on the covariates, as Bessudnov (2023) did \
            (rate ~ percBelowSubsistence + percentNonRus), with what R's summary(lm()) prints. \
            --family poisson and negbin fit the deaths with log(population) as offset and \
            report incidence-rate ratios; poisson adds the dispersion and quasi-Poisson standard \
            errors. Covariates are columns of the region table (see `warburden regions --format \
            json`); the published names percBelowSubsistence, percentNonRus, unemploymentRate, \
            meanIncome, subsistenceLevel, percRus are understood. Regions without a covariate \
            are left out and listed.

            Examples:
              warburden model list.csv --covariates percBelowSubsistence,percentNonRus
              warburden model list.csv --covariates below_subsistence_pct_2020,urban_share_2021 --family poisson
            """
    )

    @OptionGroup var input: AnalysisOptions

    @Option(help: ArgumentHelp("Covariates, comma-separated.", valueName: "a,b,…"))
    var covariates: String

    @Option(help: ArgumentHelp("The model: ols, poisson or negbin.", valueName: "family"))
    var family: RegionalModel.Family = .ols

    @Option(help: "Confidence level of the intervals.")
    var confidence: Double = 0.95

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !covariates.split(separator: ",").isEmpty else { throw ValidationError("--covariates names no column") }
        guard confidence > 0, confidence < 1 else { throw ValidationError("--confidence must be between 0 and 1") }
    }

    func run() throws {
        let dataset = try input.load()
        let names = covariates.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let model = try RegionalModel(
            counts: dataset.counts, table: dataset.table, covariates: names, family: family,
            denominator: input.denominator, confidence: confidence)
        output.emit(model.document.adding(dataset.scope.metadata))
    }
}
