import ArgumentParser
import BurdenData

/// The options of a correlation of regional rates with an indicator (`warburden correlate`).
public struct CorrelateOptions: AnalysisSpecification {
    public static let name = "correlate"
    public static let abstract =
        "Correlate regional death rates with an indicator from another table (search volumes, pensions…)."

    /// Which deaths, against which population.
    @OptionGroup public var selection: SelectionOptions

    /// The confidence level.
    @Option(help: .number("Confidence level of the interval", ConfidenceLevel.self, valueName: "level"))
    public var confidence: ConfidenceLevel = 0.95

    public init() {}

    /// The correlation of a dataset's rates with an indicator table.
    ///
    /// - Parameter label: how the indicator is named in the output (`FILE:COLUMN`).
    /// - Throws: ``AnalysisError`` when too few regions join.
    public func run(on dataset: AnalysisDataset, indicator table: IndicatorTable, label: String) throws(AnalysisError)
        -> IndicatorCorrelation
    {
        try IndicatorCorrelation(
            counts: dataset.counts, table: dataset.table, denominator: selection.denominatorColumn, indicator: label,
            values: table.values, unresolved: table.unresolved, confidence: confidence.value)
    }
}
