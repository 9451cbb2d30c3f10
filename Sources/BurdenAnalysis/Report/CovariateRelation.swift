import BurdenData
import BurdenStats

/// Regional rates against one covariate, for a scatter plot: the points, the least
/// squares line of the rate on the covariate, and Pearson's r and Spearman's ρ.
public struct CovariateRelation: Sendable, Hashable {
    /// The covariate's column in the region table.
    public let covariate: String
    /// The regions plotted (those with a population and the covariate).
    public let codes: [String]
    /// The covariate's values, aligned with ``codes``.
    public let values: [Double]
    /// The rates per 100,000, aligned with ``codes``.
    public let rates: [Double]
    /// The OLS of the rate on the covariate (the line drawn).
    public let model: RegionalModel
    /// Pearson r (Fisher-z interval) and Spearman ρ of the rates with the covariate.
    public let correlation: IndicatorCorrelation

    /// The fitted line's intercept.
    public var intercept: Double { model.terms[0].estimate }
    /// The fitted line's slope.
    public var slope: Double { model.terms[1].estimate }

    /// Relates the rates to one covariate.
    ///
    /// - Throws: ``AnalysisError`` for an unknown covariate or too few regions.
    public init(
        counts: RegionalCounts, table: RegionTable, covariate name: String, denominator: String? = nil,
        confidence: Double = 0.95
    ) throws(AnalysisError) {
        let column = try CovariateName.column(name, in: table)
        model = try RegionalModel(
            counts: counts, table: table, covariates: [column], family: .ols, denominator: denominator,
            confidence: confidence)
        var byCode: [String: Double] = [:]
        for region in table.regions {
            if let value = CovariateName.value(column, for: region, in: table) { byCode[region.code] = value }
        }
        correlation = try IndicatorCorrelation(
            counts: counts, table: table, denominator: denominator, indicator: column, values: byCode,
            confidence: confidence)
        covariate = column
        codes = model.frame.regions.map(\.code)
        values = model.frame.covariates[0].values
        rates = model.frame.rates()
    }
}
