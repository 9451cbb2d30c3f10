import RealModule

/// A negative-binomial (NB2) log-linear model with an offset, α by maximum likelihood, as
/// statsmodels' `NegativeBinomial(y, X, loglike_method='nb2', offset=...)` reports it.
///
/// yᵢ ~ NB(μᵢ, α): Var(yᵢ) = μᵢ + αμᵢ², so α measures the overdispersion the Poisson model
/// lacks; ln μᵢ = oᵢ + xᵢᵀβ. R's `MASS::glm.nb` fits the same model and prints θ = 1/α
/// (``theta``). The fit (``NegativeBinomialML``) profiles α out: Newton's method for β
/// at fixed α, nested in Newton's method on ln α, from the Poisson fit.
///
/// At (β̂, α̂), with n observations and p terms:
/// - Var(β̂, α̂) is the inverse of the observed information of (β, α) together — so the
///   SEs match statsmodels; R's `glm.nb` uses the expected information of β at fixed θ,
///   which differs slightly; Wald z, p = 2Φ(−|z|), interval β̂ ± z_{1−α/2}·SE; IRR e^β̂;
/// - ℓ = Σ[lnΓ(yᵢ + θ) − lnΓ(θ) − ln yᵢ! + θ ln(θ/(θ + μ̂ᵢ)) + yᵢ ln(μ̂ᵢ/(θ + μ̂ᵢ))],
///   AIC = −2ℓ + 2(p + 1), BIC = −2ℓ + (p + 1) ln n (α counted);
/// - deviance D = 2Σ[yᵢ ln(yᵢ/μ̂ᵢ) − (yᵢ + θ) ln((yᵢ + θ)/(μ̂ᵢ + θ))] at α̂, and the null
///   deviance of the intercept-and-offset model at the same α̂ (R's `glm.nb`);
/// - Pearson's X² = Σ(yᵢ − μ̂ᵢ)²/(μ̂ᵢ + α̂μ̂ᵢ²) and the dispersion X²/(n − p), near 1 when
///   the NB2 variance fits.
///
/// Cameron, A. C., Trivedi, P. K. (2013). Regression Analysis of Count Data, 2nd ed., §3.3. Cambridge.
public struct NegativeBinomialRegression: Sendable, Hashable, Codable {
    /// The coefficient table, `(Intercept)` first, with Wald z statistics.
    public let terms: [RegressionTerm]
    /// The covariance matrix of (β̂, α̂), (p + 1) × (p + 1), α last.
    public let covariance: Matrix
    /// The overdispersion α̂ (Var = μ + αμ²).
    public let alpha: Double
    /// The standard error of α̂.
    public let alphaStdError: Double
    /// The maximized log-likelihood.
    public let logLikelihood: Double
    /// Akaike's information criterion, −2ℓ + 2(p + 1).
    public let aic: Double
    /// The Bayesian information criterion, −2ℓ + (p + 1) ln n.
    public let bic: Double
    /// The residual deviance at α̂.
    public let deviance: Double
    /// The deviance of the intercept-and-offset model at α̂.
    public let nullDeviance: Double
    /// Pearson's χ² statistic at α̂.
    public let pearsonChiSquared: Double
    /// The residual degrees of freedom n − p.
    public let dfResidual: Int
    /// The null model's degrees of freedom, n − 1 (n without an intercept).
    public let dfNull: Int
    /// The number of observations n.
    public let nobs: Int
    /// The number of outer iterations on α.
    public let iterations: Int
    /// The confidence level of the intervals.
    public let confidence: Double

    /// θ = 1/α̂, the "theta" R's `MASS::glm.nb` prints.
    public var theta: Double { 1 / alpha }

    /// The dispersion X²/(n − p).
    public var dispersion: Double { pearsonChiSquared / Double(dfResidual) }

    /// Fits the model.
    ///
    /// - Parameters:
    ///   - counts: yᵢ, finite and non-negative.
    ///   - design: X.
    ///   - offset: oᵢ, usually ln Nᵢ; zeros when nil.
    ///   - confidence: the level of the intervals, 0.95 by default.
    ///   - options: the iteration limits (of the Poisson start, of each β fit and of the
    ///     iterations on α).
    /// - Throws: ``StatsError`` — `boundaryEstimate` when α̂ → 0 (no overdispersion: use
    ///   ``PoissonRegression``), `rankDeficient`, `notConverged`, `notPositiveDefinite`,
    ///   `tooFewObservations`, `noVariation`, `invalidInput`.
    public init(
        counts: [Double], design: DesignMatrix, offset: [Double]? = nil, confidence: Double = 0.95,
        options: IterationOptions = IterationOptions()
    ) throws {
        guard confidence > 0, confidence < 1 else {
            throw StatsError(.invalidInput, "confidence level \(confidence) is not between 0 and 1")
        }
        let data = try CountModelData(counts: counts, design: design, offset: offset, model: "negative-binomial")
        let fit = try NegativeBinomialML.fit(data, options: options)
        let p = data.p
        self.covariance = fit.covariance
        self.terms = RegressionTerm.table(
            names: data.termNames, estimates: fit.beta, standardErrors: (0..<p).map { fit.covariance[$0, $0].squareRoot() },
            reference: .normal, confidence: confidence)
        self.alpha = fit.alpha
        self.alphaStdError = fit.covariance[p, p].squareRoot()
        self.logLikelihood = fit.pass.logLikelihood(data)
        self.aic = -2 * logLikelihood + 2 * Double(p + 1)
        self.bic = -2 * logLikelihood + Double.log(Double(data.n)) * Double(p + 1)
        self.deviance = fit.pass.deviance
        self.pearsonChiSquared = fit.pass.pearson
        self.nullDeviance = try Self.nullDeviance(data, alpha: fit.alpha, options: options)
        self.dfResidual = data.n - p
        self.dfNull = data.hasIntercept ? data.n - 1 : data.n
        self.nobs = data.n
        self.iterations = fit.iterations
        self.confidence = confidence
    }

    /// The deviance of the intercept-and-offset model at fixed α (its intercept fitted by
    /// Newton's method from ln(Σy/Σe^{o})), or of the offset alone without an intercept.
    private static func nullDeviance(_ data: CountModelData, alpha: Double, options: IterationOptions) throws -> Double {
        let design = DesignMatrix.interceptOnly(observations: data.n)
        if data.hasIntercept {
            let null = try CountModelData(counts: data.y, design: design, offset: data.offset, model: "negative-binomial")
            let largest = data.offset.max() ?? 0
            let exposure = data.offset.reduce(0) { $0 + Double.exp($1 - largest) }
            let start = Double.log(data.y.reduce(0, +)) - Double.log(exposure) - largest
            return try NegativeBinomialML.fitBeta(null, alpha: alpha, start: [start], options: options).pass.deviance
        }
        let null = try CountModelData(counts: data.y, design: design, offset: data.offset, model: "negative-binomial")
        return NegativeBinomialML.pass(null, [0], alpha: alpha, derivatives: true).deviance
    }
}
