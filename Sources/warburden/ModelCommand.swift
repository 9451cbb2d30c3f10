import ArgumentParser
import BurdenAnalysis
import BurdenReport

/// `warburden model`: regress regional deaths on regional covariates.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ModelOptions.name,
        abstract: ModelOptions.abstract,
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

    @OptionGroup var input: AnalysisInput
    @OptionGroup var options: ModelOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let dataset = try input.load(options.selection)
        output.emit(try options.run(on: dataset).document.adding(dataset.scope.metadata))
    }
}
