import RealModule

/// A count regression with an identity link — μᵢ = oᵢ + xᵢᵀβ — fitted by maximum
/// likelihood with Poisson or negative-binomial (NB2) variance, coefficients optionally
/// held non-negative. It is Goodman's (1953) ecological regression when the columns are
/// each region's men in each group: deaths_i ~ Σ_g N_ig·β_g, β_g the rate of group g.
///
/// The fit is ``IdentityLinkFit``: projected Newton for β (a coefficient held ≥ 0 may
/// end at 0, *on the boundary*, which ``atBoundary`` reports), α by the profile
/// likelihood. At the estimate:
/// - standard errors from the expected information E = Σ xᵢxᵢᵀ/(μ̂ᵢ(1 + α̂μ̂ᵢ)) over the
///   coefficients not on the boundary — what statsmodels' `GLM(..., family=Poisson(
///   link=identity()))` reports (for NB2 at α̂, `NegativeBinomial(alpha=α̂, link=identity())`;
///   the expected cross-information of β and α is 0). A coefficient on the boundary has
///   no standard error: its interval comes from the profile likelihood (``ProfileLikelihood``);
/// - the SE of α̂ from the observed information of (β, α) jointly;
/// - ℓ, the deviance 2Σ[yᵢ ln(yᵢ/μ̂ᵢ) − (yᵢ − μ̂ᵢ)] (NB2: − (yᵢ + θ) ln((yᵢ + θ)/(μ̂ᵢ + θ)))
///   and Pearson's X² = Σ(yᵢ − μ̂ᵢ)²/(μ̂ᵢ(1 + α̂μ̂ᵢ)).
///
/// Goodman, L. A. (1953). Ecological regressions and behavior of individuals. American
/// Sociological Review 18(6):663–664. McCullagh, P., Nelder, J. A. (1989). Generalized
/// Linear Models, 2nd ed., §6.3 (identity links). Chapman & Hall.
public struct IdentityLinkRegression: Sendable, Hashable, Codable {
    /// The variance families.
    public enum Family: String, Sendable, Hashable, Codable, CaseIterable {
        /// Var(y) = μ.
        case poisson
        /// Var(y) = μ + αμ², α by maximum likelihood.
        case negbin
    }

    /// The family fitted.
    public let family: Family
    /// The coefficient names, in design order.
    public let termNames: [String]
    /// β̂.
    public let estimates: [Double]
    /// The standard errors; `nil` for a coefficient on the boundary.
    public let standardErrors: [Double?]
    /// Whether each coefficient is held at 0 by its non-negativity constraint.
    public let atBoundary: [Bool]
    /// The covariance of β̂ (zero rows and columns on the boundary).
    public let covariance: Matrix
    /// α̂ (NB2), else `nil`.
    public let alpha: Double?
    /// The standard error of α̂ (NB2), else `nil`.
    public let alphaStdError: Double?
    /// The maximized log-likelihood.
    public let logLikelihood: Double
    /// The residual deviance.
    public let deviance: Double
    /// Pearson's X².
    public let pearsonChiSquared: Double
    /// n − p.
    public let dfResidual: Int
    /// n.
    public let nobs: Int
    /// The fitted means μ̂ᵢ.
    public let fitted: [Double]
    /// The number of Newton iterations of the last β fit.
    public let iterations: Int

    /// Fits the model.
    ///
    /// - Parameters:
    ///   - counts: yᵢ, finite and ≥ 0.
    ///   - design: X, without an intercept column unless the model has one.
    ///   - offset: oᵢ, a known part of each mean; zeros when `nil`.
    ///   - nonNegative: which coefficients are held ≥ 0; none when `nil`.
    ///   - start: a β with every μᵢ > 0.
    ///   - family: Poisson or NB2.
    ///   - options: the iteration limit of each β fit (tolerances are fixed, see ``IdentityLinkFit``).
    /// - Throws: ``StatsError`` — `invalidInput` for misaligned or bad values or a start
    ///   outside the domain, `rankDeficient`, `tooFewObservations` when n ≤ p,
    ///   `boundaryEstimate` when the NB2 α is 0, `notConverged`, `notPositiveDefinite`.
    /// - Complexity: O(np²) per iteration.
    public init(
        counts: [Double], design: DesignMatrix, offset: [Double]? = nil, nonNegative: [Bool]? = nil,
        start: [Double], family: Family, options: IterationOptions = IterationOptions(maxIterations: 200)
    ) throws {
        let data = try Self.data(counts: counts, design: design, offset: offset, nonNegative: nonNegative)
        guard start.count == data.p else { throw StatsError(.invalidInput, "\(start.count) start values for \(data.p) terms") }
        let fit =
            family == .poisson
            ? try IdentityLinkFit.fitBeta(data, alpha: 0, start: start, options: options)
            : try IdentityLinkFit.fitNegativeBinomial(data, start: start, options: options)
        let p = data.p
        let free = (0..<p).filter { !fit.atBoundary[$0] }
        var covariance = Matrix(rows: p, columns: p)
        if !free.isEmpty {
            guard
                let system = NewtonSystem(
                    upperGram: IdentityLinkFit.submatrix(fit.pass.expected, p, free), size: free.count)
            else { throw StatsError(.notPositiveDefinite, "the information of the identity-link fit is singular") }
            let inverse = system.inverse()
            for (a, j) in free.enumerated() {
                for (b, k) in free.enumerated() { covariance[j, k] = inverse[a, b] }
            }
        }
        var alphaError: Double?
        if family == .negbin {
            // The observed information of (β_free, α), α last.
            let m = free.count + 1
            var joint = [Double](repeating: 0, count: m * m)
            for (a, j) in free.enumerated() {
                for (b, k) in free.enumerated() { joint[a * m + b] = fit.pass.observed[j * p + k] }
                joint[a * m + m - 1] = -fit.pass.cross[j]
                joint[(m - 1) * m + a] = -fit.pass.cross[j]
            }
            joint[m * m - 1] = -fit.pass.alphaCurvature
            if let system = NewtonSystem(upperGram: joint, size: m) {
                alphaError = system.inverse()[m - 1, m - 1].squareRoot()
            }
        }
        self.family = family
        self.termNames = design.termNames
        self.estimates = fit.beta
        self.standardErrors = (0..<p).map { fit.atBoundary[$0] ? nil : covariance[$0, $0].squareRoot() }
        self.atBoundary = fit.atBoundary
        self.covariance = covariance
        self.alpha = family == .negbin ? fit.alpha : nil
        self.alphaStdError = alphaError
        self.logLikelihood = fit.pass.logLikelihood(data)
        self.deviance = fit.pass.deviance
        self.pearsonChiSquared = fit.pass.pearson
        self.dfResidual = data.n - p
        self.nobs = data.n
        self.fitted = fit.pass.mu
        self.iterations = fit.iterations
    }

    /// The maximized log-likelihood of a model, for profile likelihoods: the same fit
    /// as ``init(counts:design:offset:nonNegative:start:family:options:)`` without the
    /// standard errors; −∞ when no β keeps every mean positive.
    ///
    /// - Parameter alphaNear: for NB2, ln α̂ of the full model, to search near.
    /// - Throws: as the initializer (but not for a start outside the domain).
    public static func maximumLogLikelihood(
        counts: [Double], design: DesignMatrix, offset: [Double]? = nil, nonNegative: [Bool]? = nil,
        start: [Double], family: Family, alphaNear: Double? = nil,
        options: IterationOptions = IterationOptions(maxIterations: 200)
    ) throws -> Double {
        let data = try Self.data(counts: counts, design: design, offset: offset, nonNegative: nonNegative)
        guard IdentityLinkFit.pass(data, start, alpha: 0) != nil else { return -.infinity }
        let fit =
            family == .poisson
            ? try IdentityLinkFit.fitBeta(data, alpha: 0, start: start, options: options)
            : try IdentityLinkFit.fitNegativeBinomial(
                data, start: start, around: alphaNear.map { Double.log($0) }, options: options)
        return fit.pass.logLikelihood(data)
    }

    /// Validates the inputs.
    private static func data(counts: [Double], design: DesignMatrix, offset: [Double]?, nonNegative: [Bool]?) throws
        -> IdentityLinkFit.Data
    {
        let n = design.observationCount
        let p = design.termCount
        guard counts.count == n else { throw StatsError(.invalidInput, "\(counts.count) counts for \(n) design rows") }
        if let index = counts.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) {
            throw StatsError(.invalidInput, "count in row \(index + 1) is \(counts[index]); counts must be finite and non-negative")
        }
        let offset = offset ?? [Double](repeating: 0, count: n)
        guard offset.count == n, offset.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw StatsError(.invalidInput, "the offset needs \(n) finite values ≥ 0")
        }
        let nonNegative = nonNegative ?? [Bool](repeating: false, count: p)
        guard nonNegative.count == p else { throw StatsError(.invalidInput, "\(nonNegative.count) constraints for \(p) terms") }
        guard n > p else {
            throw StatsError(.tooFewObservations, "\(n) observations for \(p) coefficients: no residual degrees of freedom")
        }
        _ = try HouseholderQR(design.matrix, columnNames: design.termNames)
        return IdentityLinkFit.Data(
            n: n, p: p, x: design.matrix.elements, y: counts, offset: offset, nonNegative: nonNegative,
            logFactorialSum: counts.reduce(0) { $0 + Double.logGamma($1 + 1) })
    }
}
