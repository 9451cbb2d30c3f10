import ArgumentParser

/// The options of a regression of regional deaths on regional covariates
/// (`warburden model`, `GET /datasets/{id}/model`).
public struct ModelOptions: AnalysisSpecification {
    public static let name = "model"
    public static let abstract =
        "Regress regional deaths on regional covariates: OLS of the rate, Poisson or negative binomial with a population offset."

    /// Which deaths, against which population.
    @OptionGroup public var selection: SelectionOptions

    /// The covariates, columns of the region table.
    @Option(help: ArgumentHelp("Covariates, comma-separated.", valueName: "a,b,…"))
    public var covariates: ColumnList

    /// The model.
    @Option(help: ArgumentHelp("The model: ols, poisson or negbin.", valueName: "family"))
    public var family: RegionalModel.Family = .ols

    /// The confidence level.
    @Option(help: .number("Confidence level of the intervals", ConfidenceLevel.self, valueName: "level"))
    public var confidence: ConfidenceLevel = 0.95

    public init() {}

    /// The model of a dataset with these options.
    ///
    /// - Throws: ``AnalysisError`` for unknown columns, too few regions or a fit that fails.
    public func run(on dataset: AnalysisDataset) throws(AnalysisError) -> RegionalModel {
        try RegionalModel(
            counts: dataset.counts, table: dataset.table, covariates: covariates.names, family: family,
            denominator: selection.denominatorColumn, confidence: confidence.value)
    }
}

extension RegionalModel.Family: ExpressibleByArgument, ArgumentSchema {}
