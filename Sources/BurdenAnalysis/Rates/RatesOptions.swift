import ArgumentParser
import BurdenStats

/// The options of the regional rate table (`warburden rates`, `GET /datasets/{id}/rates`).
public struct RatesOptions: AnalysisSpecification {
    public static let name = "rates"
    public static let abstract =
        "Deaths per region per 100,000 of a population, with confidence intervals, smoothed rates and ranks."

    /// Which deaths, against which population.
    @OptionGroup public var selection: SelectionOptions

    /// The interval method.
    @Option(help: ArgumentHelp("Confidence interval method.", valueName: "method"))
    public var ci: ProportionInterval.Method = .wilsonCC

    /// The confidence level.
    @Option(help: .number("Confidence level", ConfidenceLevel.self, valueName: "level"))
    public var confidence: ConfidenceLevel = 0.95

    /// Rates per this many people.
    @Option(help: .number("Rates per this many people", RateBase.self, valueName: "people"))
    public var per: RateBase = 100_000

    public init() {}

    /// The rate table of a dataset with these options.
    ///
    /// - Throws: ``AnalysisError`` when the denominator is not a column of the region table.
    public func run(on dataset: AnalysisDataset) throws(AnalysisError) -> RegionalRates {
        try RegionalRates(
            counts: dataset.counts, table: dataset.table, denominator: selection.denominatorColumn, method: ci,
            confidence: confidence.value, per: per.value)
    }
}
