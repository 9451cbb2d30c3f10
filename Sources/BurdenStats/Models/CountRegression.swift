/// What Poisson and negative-binomial regressions of counts with an offset have in
/// common: the fitted terms, their covariance, and the summary R's `glance()` prints.
public protocol CountRegression: Sendable {
    /// The fitted terms, `(Intercept)` first.
    var terms: [RegressionTerm] { get }
    /// The covariance of the coefficients.
    var covariance: Matrix { get }
    /// The residual deviance.
    var deviance: Double { get }
    /// The deviance of the intercept-only model.
    var nullDeviance: Double { get }
    /// Σ (y − μ)² / Var(μ).
    var pearsonChiSquared: Double { get }
    /// The log-likelihood at the fit.
    var logLikelihood: Double { get }
    /// Akaike's information criterion.
    var aic: Double { get }
    /// The Bayesian information criterion.
    var bic: Double { get }
    /// Residual degrees of freedom, n − p.
    var dfResidual: Int { get }
    /// Degrees of freedom of the null model, n − 1.
    var dfNull: Int { get }
    /// The number of observations.
    var nobs: Int { get }
    /// Iterations the fit took.
    var iterations: Int { get }
    /// The confidence level of the terms' intervals.
    var confidence: Double { get }
    /// Pearson χ² / (n − p).
    var dispersion: Double { get }
}

extension PoissonRegression: CountRegression {}

extension NegativeBinomialRegression: CountRegression {}
