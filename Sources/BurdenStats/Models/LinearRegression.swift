import RealModule

/// Ordinary least squares with everything R's `summary(lm())` and `confint()` print.
///
/// β̂ = argmin ‖y − Xβ‖², solved by Householder QR of X (``HouseholderQR``), never by
/// the normal equations: with X = QR and c = Qᵀy, β̂ = R⁻¹c₁…ₚ and the residual sum of
/// squares is RSS = Σ_{i>p} cᵢ². Then, with n observations, p terms and k = 1 when
/// the model has an intercept (else 0):
///
/// - σ̂ = √(RSS/(n − p)), the residual standard error on n − p degrees of freedom;
/// - Var(β̂) = σ̂²(XᵀX)⁻¹ = σ̂²R⁻¹R⁻ᵀ; SE = √diag; t = β̂/SE; p = 2·P(T_{n−p} > |t|);
///   confidence interval β̂ ± t_{n−p, 1−α/2}·SE;
/// - R² = 1 − RSS/TSS with TSS = Σ(yᵢ − ȳ)² (Σyᵢ² without an intercept, as R);
///   adjusted R² = 1 − (1 − R²)(n − k)/(n − p);
/// - F = ((TSS − RSS)/(p − k)) / σ̂² on (p − k, n − p) degrees of freedom, p-value
///   P(F > F_obs); absent when the model has no term besides the intercept;
/// - log-likelihood −n/2·(log 2π + log(RSS/n) + 1), AIC = −2ℓ + 2(p + 1),
///   BIC = −2ℓ + log(n)(p + 1) — R's `logLik.lm`, which counts σ as a parameter.
///
/// Property names follow broom's `tidy()` (``terms``) and `glance()`
/// (``rSquared``, ``adjRSquared``, ``sigma``, ``statistic``, ``pValue``, ``df``,
/// ``dfResidual``, ``nobs``).
public struct LinearRegression: Sendable, Hashable, Codable {
    /// The overall F test of all terms besides the intercept.
    public struct FTest: Sendable, Hashable, Codable {
        /// The F statistic.
        public let statistic: Double
        /// Its numerator degrees of freedom, p − k.
        public let numeratorDF: Int
        /// Its denominator degrees of freedom, n − p.
        public let denominatorDF: Int
        /// P(F > statistic).
        public let pValue: Double
    }

    /// The coefficient table, `(Intercept)` first.
    public let terms: [RegressionTerm]
    /// The covariance matrix of the estimates, σ̂²(XᵀX)⁻¹, in term order.
    public let covariance: Matrix
    /// The residual standard error σ̂.
    public let sigma: Double
    /// The residual degrees of freedom n − p.
    public let dfResidual: Int
    /// The number of observations n.
    public let nobs: Int
    /// R².
    public let rSquared: Double
    /// Adjusted R².
    public let adjRSquared: Double
    /// The overall F test; nil when the model has no term besides the intercept.
    public let fTest: FTest?
    /// The residual sum of squares (broom's `deviance` for `lm`).
    public let residualSumOfSquares: Double
    /// The log-likelihood of the normal model at σ̂² = RSS/n.
    public let logLikelihood: Double
    /// Akaike's information criterion, −2ℓ + 2(p + 1).
    public let aic: Double
    /// The Bayesian information criterion, −2ℓ + log(n)(p + 1).
    public let bic: Double
    /// The confidence level of the intervals in ``terms``.
    public let confidence: Double

    /// The F statistic (broom's `statistic` in `glance()`), nil without an F test.
    public var statistic: Double? { fTest?.statistic }
    /// The F test's p-value (broom's `p_value` in `glance()`), nil without an F test.
    public var pValue: Double? { fTest?.pValue }
    /// The model's degrees of freedom besides the intercept, p − k (broom's `df`).
    public var df: Int { fTest?.numeratorDF ?? 0 }

    /// Fits y = Xβ + ε by least squares.
    ///
    /// - Parameters:
    ///   - response: y, one value per row of the design, all finite.
    ///   - design: X.
    ///   - confidence: the level of the coefficient intervals, 0.95 by default.
    /// - Throws: ``StatsError/Code/rankDeficient`` naming a column that is a linear
    ///   combination of earlier ones; ``StatsError/Code/tooFewObservations`` when
    ///   n ≤ p; ``StatsError/Code/perfectFit`` when every residual is zero;
    ///   ``StatsError/Code/invalidInput`` for a misaligned or non-finite response or a
    ///   confidence level outside (0, 1).
    /// - Complexity: O(np²).
    public init(response: [Double], design: DesignMatrix, confidence: Double = 0.95) throws {
        let n = design.observationCount
        let p = design.termCount
        guard response.count == n else {
            throw StatsError(.invalidInput, "response has \(response.count) values for \(n) design rows")
        }
        guard response.allSatisfy(\.isFinite) else { throw StatsError(.invalidInput, "response has a non-finite value") }
        guard confidence > 0, confidence < 1 else {
            throw StatsError(.invalidInput, "confidence level \(confidence) is not between 0 and 1")
        }
        guard n > p else {
            throw StatsError(.tooFewObservations, "\(n) observations for \(p) coefficients: no residual degrees of freedom")
        }
        let qr = try HouseholderQR(design.matrix, columnNames: design.termNames)
        let qty = qr.applyQTranspose(response)
        let estimates = qr.r.solveUpperTriangular(Array(qty[0..<p]))
        var rss = 0.0
        for i in p..<n { rss += qty[i] * qty[i] }
        guard rss > 0 else { throw StatsError(.perfectFit, "the model fits every observation exactly: no residual variance") }

        let dfResidual = n - p
        let variance = rss / Double(dfResidual)
        let unscaled = qr.inverseGram()
        let covariance = Matrix(rows: p, columns: p, elements: unscaled.elements.map { $0 * variance })
        let standardErrors = (0..<p).map { (covariance[$0, $0]).squareRoot() }
        self.terms = RegressionTerm.table(
            names: design.termNames, estimates: estimates, standardErrors: standardErrors,
            reference: .studentT(Double(dfResidual)), confidence: confidence)
        self.covariance = covariance

        let k = design.hasIntercept ? 1 : 0
        var tss = 0.0
        if design.hasIntercept {
            let mean = response.reduce(0, +) / Double(n)
            for y in response { tss += (y - mean) * (y - mean) }
        } else {
            for y in response { tss += y * y }
        }
        self.rSquared = 1 - rss / tss
        self.adjRSquared = 1 - (1 - rSquared) * Double(n - k) / Double(dfResidual)
        if p > k {
            let statistic = ((tss - rss) / Double(p - k)) / variance
            let pValue = FisherF(numerator: Double(p - k), denominator: Double(dfResidual)).survival(statistic)
            self.fTest = FTest(statistic: statistic, numeratorDF: p - k, denominatorDF: dfResidual, pValue: pValue)
        } else {
            self.fTest = nil
        }
        self.sigma = variance.squareRoot()
        self.dfResidual = dfResidual
        self.nobs = n
        self.residualSumOfSquares = rss
        let count = Double(n)
        self.logLikelihood = -count / 2 * (Double.log(2 * Double.pi) + Double.log(rss / count) + 1)
        self.aic = -2 * logLikelihood + 2 * Double(p + 1)
        self.bic = -2 * logLikelihood + Double.log(count) * Double(p + 1)
        self.confidence = confidence
    }
}
