import BurdenData
import BurdenStats

/// A regression of regional deaths on regional covariates (METHODS.md §4).
///
/// - `ols`: the rate per 100,000 on the covariates, by least squares — the model of
///   Bessudnov (2023) (`rate ~ percBelowSubsistence + percentNonRus`), with what R's
///   `summary(lm())` prints.
/// - `poisson`: deaths on the covariates with the log population as offset, by IRLS;
///   incidence-rate ratios, dispersion and quasi-Poisson standard errors.
/// - `negbin`: the same with negative-binomial (NB2) variance, α by maximum likelihood.
public struct RegionalModel: Sendable, Hashable {
    /// The model families.
    public enum Family: String, Sendable, Hashable, CaseIterable {
        case ols, poisson, negbin
    }

    /// The family fitted.
    public let family: Family
    /// The covariates as named by the user, in the order given (the terms' names).
    public let covariates: [String]
    /// The regions used and dropped.
    public let frame: RegionalFrame
    /// The fit, for `ols`.
    public let linear: LinearRegression?
    /// The fit, for `poisson`.
    public let poisson: PoissonRegression?
    /// The fit, for `negbin`.
    public let negativeBinomial: NegativeBinomialRegression?

    /// The fitted terms, `(Intercept)` first.
    public var terms: [RegressionTerm] { linear?.terms ?? poisson?.terms ?? negativeBinomial?.terms ?? [] }

    /// Fits the model.
    ///
    /// - Throws: ``AnalysisError`` for unknown columns, too few regions, or a fit that
    ///   fails (a covariate that is a combination of others; no convergence), with the
    ///   reason.
    public init(
        counts: RegionalCounts, table: RegionTable, covariates: [String], family: Family,
        denominator: String? = nil, confidence: Double = 0.95
    ) throws(AnalysisError) {
        let frame = try RegionalFrame(counts: counts, table: table, denominator: denominator, covariates: covariates)
        // Terms carry the names as the user wrote them (`percBelowSubsistence`), as R would.
        let columns = zip(covariates, frame.covariates).map { (name: $0, values: $1.values) }
        guard frame.regions.count > columns.count + 1 else {
            throw AnalysisError("\(frame.regions.count) regions are too few for \(columns.count) covariates and an intercept")
        }
        self.family = family
        self.covariates = covariates
        self.frame = frame
        do {
            let design = try DesignMatrix(columns: columns)
            let offset = frame.populations.map { Double.log($0) }
            switch family {
            case .ols:
                linear = try LinearRegression(response: frame.rates(), design: design, confidence: confidence)
                poisson = nil
                negativeBinomial = nil
            case .poisson:
                linear = nil
                poisson = try PoissonRegression(counts: frame.deaths, design: design, offset: offset, confidence: confidence)
                negativeBinomial = nil
            case .negbin:
                linear = nil
                poisson = nil
                negativeBinomial = try NegativeBinomialRegression(
                    counts: frame.deaths, design: design, offset: offset, confidence: confidence)
            }
        } catch {
            throw AnalysisError("the \(family.rawValue) model cannot be fitted: \(error)")
        }
    }
}
