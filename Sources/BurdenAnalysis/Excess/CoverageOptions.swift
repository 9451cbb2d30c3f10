import ArgumentParser
import BurdenData

/// The options of the named list's coverage of the excess (`warburden coverage`).
public struct CoverageOptions: AnalysisSpecification {
    public static let name = "coverage"
    public static let abstract =
        "Compare a named list with the excess male mortality: the named share of the toll by region."

    /// Which deaths, against which population.
    @OptionGroup public var selection: SelectionOptions

    /// Target years, ages, baseline and fit.
    @OptionGroup public var settings: ExcessSettingsOptions

    /// The covariates of the models.
    @Option(help: ArgumentHelp("Covariates of the models, comma-separated.", valueName: "a,b,…"))
    public var covariates: ColumnList = ColumnList(argument: "percBelowSubsistence,percentNonRus")!

    /// The confidence level.
    @Option(help: .number("Confidence level of the share's interval and the models' intervals", ConfidenceLevel.self, valueName: "level"))
    public var confidence: ConfidenceLevel = 0.95

    public init() {}

    /// The coverage of a list's records.
    ///
    /// - Throws: ``AnalysisError`` when the estimate or the models cannot be computed.
    public func run(on dataset: AnalysisDataset, deaths: DeathsTable) throws(AnalysisError) -> NamedCoverage {
        try NamedCoverage(
            records: dataset.records ?? [], deaths: deaths, table: dataset.table, settings: settings.settings(),
            covariates: covariates.names, denominator: selection.denominatorColumn, confidence: confidence.value)
    }
}
