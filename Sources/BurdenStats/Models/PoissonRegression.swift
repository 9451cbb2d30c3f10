import RealModule

/// A Poisson log-linear model with an offset — deaths ~ covariates + offset(log population) —
/// fitted by maximum likelihood, with what R's `summary(glm(..., family = poisson))` and
/// statsmodels' `GLM(y, X, family=Poisson(), offset=...)` report.
///
/// yᵢ ~ Poisson(μᵢ), ln μᵢ = oᵢ + xᵢᵀβ, where oᵢ = ln Nᵢ makes e^β a rate ratio. The fit
/// is IRLS — Newton's method for the canonical link — with one pass over the rows per
/// iteration accumulating XᵀWX (W = diag μ) and the score, the p × p system solved by
/// Cholesky (Householder QR of W^{1/2}X when it is ill-conditioned); convergence on the
/// relative deviance change (R's criterion, tolerance 10⁻¹⁰ by default), followed by one
/// more Newton step (see ``IterationOptions``).
///
/// At β̂, with n observations and p terms:
/// - Var(β̂) = (XᵀWX)⁻¹; Wald z = β̂/SE, p = 2Φ(−|z|), interval β̂ ± z_{1−α/2}·SE
///   (R's `confint.default`); the IRR e^β̂ and its interval are ``RegressionTerm/incidenceRateRatio``;
/// - deviance D = 2Σ[yᵢ ln(yᵢ/μ̂ᵢ) − (yᵢ − μ̂ᵢ)] (yᵢ ln yᵢ = 0 at yᵢ = 0) on n − p degrees of
///   freedom; null deviance, the same for the model with the intercept and the offset
///   only (μᵢ = Nᵢ·Σy/ΣN), on n − 1 — or for the offset alone without an intercept, on n;
/// - Pearson's X² = Σ(yᵢ − μ̂ᵢ)²/μ̂ᵢ and the dispersion φ̂ = X²/(n − p);
/// - log-likelihood ℓ = Σ[yᵢ ln μ̂ᵢ − μ̂ᵢ − ln yᵢ!], AIC = −2ℓ + 2p, BIC = −2ℓ + p ln n;
/// - quasi-Poisson: SE·√φ̂, with t on n − p degrees of freedom, as R's `summary.glm`
///   prints for `family = quasipoisson` (``quasiPoissonTerms``).
///
/// McCullagh, P., Nelder, J. A. (1989). Generalized Linear Models, 2nd ed. Chapman & Hall.
public struct PoissonRegression: Sendable, Hashable, Codable {
    /// The coefficient table, `(Intercept)` first, with Wald z statistics.
    public let terms: [RegressionTerm]
    /// The covariance matrix of the estimates, (XᵀWX)⁻¹ at β̂, in term order.
    public let covariance: Matrix
    /// The residual deviance.
    public let deviance: Double
    /// The deviance of the intercept-and-offset model.
    public let nullDeviance: Double
    /// Pearson's χ² statistic.
    public let pearsonChiSquared: Double
    /// The maximized log-likelihood.
    public let logLikelihood: Double
    /// Akaike's information criterion, −2ℓ + 2p.
    public let aic: Double
    /// The Bayesian information criterion, −2ℓ + p ln n.
    public let bic: Double
    /// The residual degrees of freedom n − p.
    public let dfResidual: Int
    /// The null model's degrees of freedom, n − 1 (n without an intercept).
    public let dfNull: Int
    /// The number of observations n.
    public let nobs: Int
    /// The number of weighted least-squares solves the fit took.
    public let iterations: Int
    /// The confidence level of the intervals.
    public let confidence: Double

    /// The dispersion φ̂ = X²/(n − p): near 1 when the counts are Poisson, above 1 when
    /// they vary more (overdispersion).
    public var dispersion: Double { pearsonChiSquared / Double(dfResidual) }

    /// The coefficient table with quasi-Poisson errors: SE·√φ̂, t = β̂/SE on n − p degrees of
    /// freedom, interval β̂ ± t_{n−p, 1−α/2}·SE (R's `summary.glm` for `quasipoisson`).
    public var quasiPoissonTerms: [RegressionTerm] {
        let factor = dispersion.squareRoot()
        return RegressionTerm.table(
            names: terms.map(\.term), estimates: terms.map(\.estimate), standardErrors: terms.map { $0.stdError * factor },
            reference: .studentT(Double(dfResidual)), confidence: confidence)
    }

    /// Fits the model.
    ///
    /// - Parameters:
    ///   - counts: yᵢ, finite and non-negative (whole numbers for a true Poisson likelihood).
    ///   - design: X.
    ///   - offset: oᵢ, usually ln Nᵢ; zeros when nil.
    ///   - confidence: the level of the intervals, 0.95 by default.
    ///   - options: the iteration limits.
    /// - Throws: ``StatsError`` — `rankDeficient` naming the dependent column,
    ///   `notConverged` with the last deviance change, `tooFewObservations` when n ≤ p,
    ///   `noVariation` when every count is zero, `invalidInput` for bad values.
    /// - Complexity: O(np²) per iteration, one pass over the rows each.
    public init(
        counts: [Double], design: DesignMatrix, offset: [Double]? = nil, confidence: Double = 0.95,
        options: IterationOptions = IterationOptions()
    ) throws {
        guard confidence > 0, confidence < 1 else {
            throw StatsError(.invalidInput, "confidence level \(confidence) is not between 0 and 1")
        }
        let data = try CountModelData(counts: counts, design: design, offset: offset, model: "Poisson")
        let fit = try PoissonIRLS.fit(data, options: options)
        let covariance = try data.inverseInformation(gram: fit.pass.gram) { PoissonIRLS.rowTerms(data, fit.beta).weights }
        self.covariance = covariance
        self.terms = RegressionTerm.table(
            names: data.termNames, estimates: fit.beta, standardErrors: (0..<data.p).map { covariance[$0, $0].squareRoot() },
            reference: .normal, confidence: confidence)
        self.deviance = fit.pass.deviance
        self.nullDeviance = Self.nullDeviance(data)
        self.pearsonChiSquared = fit.pass.pearson
        self.logLikelihood = fit.pass.kernel - data.logFactorialSum
        self.aic = -2 * logLikelihood + 2 * Double(data.p)
        self.bic = -2 * logLikelihood + Double.log(Double(data.n)) * Double(data.p)
        self.dfResidual = data.n - data.p
        self.dfNull = data.hasIntercept ? data.n - 1 : data.n
        self.nobs = data.n
        self.iterations = fit.iterations
        self.confidence = confidence
    }

    /// The deviance of the intercept-and-offset model, whose fitted means are
    /// μᵢ = e^{oᵢ}·Σy/Σe^{o} (the overall rate times each population); of the offset alone,
    /// μᵢ = e^{oᵢ}, without an intercept.
    private static func nullDeviance(_ data: CountModelData) -> Double {
        var logRate = 0.0
        if data.hasIntercept {
            // ln(Σy/Σe^{o}), with the exponentials scaled by the largest offset.
            let largest = data.offset.max() ?? 0
            let exposure = data.offset.reduce(0) { $0 + Double.exp($1 - largest) }
            logRate = Double.log(data.y.reduce(0, +)) - Double.log(exposure) - largest
        }
        var deviance = 0.0
        for i in 0..<data.n {
            let eta = data.offset[i] + logRate
            let mu = Double.exp(eta)
            let y = data.y[i]
            deviance += y > 0 ? y * (data.logY[i] - eta) - (y - mu) : mu
        }
        return 2 * deviance
    }
}
