import BurdenData
import BurdenStats
import RealModule

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

    /// One fitted model of one of the families.
    public enum Fit: Sendable, Hashable {
        /// Least squares of the rate.
        case ols(LinearRegression)
        /// Poisson regression of the deaths with the log population as offset.
        case poisson(PoissonRegression)
        /// NB2 regression of the deaths with the log population as offset.
        case negativeBinomial(NegativeBinomialRegression)
    }

    /// The fit.
    public let fit: Fit
    /// The covariates as named by the user, in the order given (the terms' names).
    public let covariates: [String]
    /// The regions used and dropped.
    public let frame: RegionalFrame

    /// The family fitted.
    public var family: Family {
        switch fit {
        case .ols: .ols
        case .poisson: .poisson
        case .negativeBinomial: .negbin
        }
    }

    /// The fitted terms, `(Intercept)` first.
    public var terms: [RegressionTerm] {
        switch fit {
        case .ols(let fit): fit.terms
        case .poisson(let fit): fit.terms
        case .negativeBinomial(let fit): fit.terms
        }
    }

    /// The fit, when it is the OLS of the rate.
    public var linear: LinearRegression? {
        if case .ols(let fit) = fit { return fit }
        return nil
    }

    /// The fit, when it is a count model (Poisson or NB2).
    public var countFit: (any CountRegression)? {
        switch fit {
        case .ols: nil
        case .poisson(let fit): fit
        case .negativeBinomial(let fit): fit
        }
    }

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
        self.covariates = covariates
        self.frame = frame
        do {
            let design = try DesignMatrix(columns: columns)
            let offset = frame.populations.map { Double.log($0) }
            switch family {
            case .ols:
                fit = .ols(try LinearRegression(response: frame.rates(), design: design, confidence: confidence))
            case .poisson:
                fit = .poisson(try PoissonRegression(counts: frame.deaths, design: design, offset: offset, confidence: confidence))
            case .negbin:
                fit = .negativeBinomial(
                    try NegativeBinomialRegression(counts: frame.deaths, design: design, offset: offset, confidence: confidence))
            }
        } catch {
            throw AnalysisError("the \(family.rawValue) model cannot be fitted: \(error)")
        }
    }
}
