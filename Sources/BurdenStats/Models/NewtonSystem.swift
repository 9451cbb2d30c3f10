/// The p × p system of a Newton (IRLS) step, Gδ = s with G = XᵀWX, solved by Cholesky
/// after Jacobi scaling, or reported as too ill-conditioned for it.
///
/// G is scaled to a unit diagonal, D⁻¹GD⁻¹ with D = diag(√gⱼⱼ), and factored; the step
/// is δ = D⁻¹(D⁻¹GD⁻¹)⁻¹D⁻¹s. When the factorization fails or its condition estimate
/// exceeds 10¹² (more than 12 of the 16 digits lost), the caller solves the same
/// weighted least-squares problem by Householder QR of W^{1/2}X instead
/// (``CountModelData/weightedQR(_:)``).
///
/// Because the step is a correction added to the current estimate, its rounding errors
/// slow the iteration at worst; they do not move the point it converges to, which is
/// fixed by the score Xᵀ(y − μ) = 0 evaluated at full precision. That is why forming
/// XᵀX — which squares the condition number — is safe here, unlike for least squares.
struct NewtonSystem {
    /// The Cholesky factor of the scaled matrix.
    private let factor: Cholesky
    /// 1/√gⱼⱼ.
    private let scale: [Double]

    /// The largest condition estimate accepted for a Newton step.
    static let conditionLimit = 1e12

    /// The largest condition estimate at which the covariance G⁻¹ is taken from this
    /// factor; above it, from the QR factor of W^{1/2}X.
    ///
    /// Rounding G costs relative errors of about κ(G)·ε = κ(X)²·ε in G⁻¹, while G⁻¹ = R⁻¹R⁻ᵀ
    /// from the QR factor of W^{1/2}X errs by about κ(X)·ε (the perturbation enters through
    /// X, and R⁻¹Qᵀ has norm 1/σ_min rather than 1/σ_min²). Below 10⁴ both are below 10⁻¹²;
    /// above it the QR route keeps the standard errors accurate to about √κ(G)·ε.
    static let covarianceConditionLimit = 1e4

    /// The condition estimate of the scaled matrix (see ``Cholesky/conditionEstimate``).
    var conditionEstimate: Double { factor.conditionEstimate }

    /// Factors G given by its upper triangle (row-major p × p); nil when G is not
    /// numerically positive definite or its scaled condition estimate passes ``conditionLimit``.
    init?(upperGram gram: [Double], size p: Int) {
        var scale = [Double](repeating: 0, count: p)
        for j in 0..<p {
            let d = gram[j * p + j]
            guard d > 0, d.isFinite else { return nil }
            scale[j] = 1 / d.squareRoot()
        }
        var scaled = [Double](repeating: 0, count: p * p)
        for a in 0..<p {
            for b in a..<p {
                let value = gram[a * p + b] * scale[a] * scale[b]
                scaled[a * p + b] = value
                scaled[b * p + a] = value
            }
        }
        guard let factor = try? Cholesky(Matrix(rows: p, columns: p, elements: scaled)),
            factor.conditionEstimate <= Self.conditionLimit
        else { return nil }
        self.factor = factor
        self.scale = scale
    }

    /// δ with Gδ = s.
    func solve(_ s: [Double]) -> [Double] {
        let scaled = zip(s, scale).map { $0 * $1 }
        return zip(factor.solve(scaled), scale).map { $0 * $1 }
    }

    /// G⁻¹.
    func inverse() -> Matrix {
        let inverse = factor.inverse()
        let p = scale.count
        var result = inverse
        for a in 0..<p {
            for b in 0..<p { result[a, b] = inverse[a, b] * scale[a] * scale[b] }
        }
        return result
    }
}

extension CountModelData {
    /// The Newton step δ solving (XᵀWX)δ = s, by ``NewtonSystem`` or, when that declines,
    /// by QR of W^{1/2}X against the working residuals fᵢ/√wᵢ.
    ///
    /// - Parameters:
    ///   - gram: XᵀWX, upper triangle.
    ///   - score: s = Σ fᵢxᵢ.
    ///   - rowTerms: the weights wᵢ and score factors fᵢ of every row, computed only on fallback.
    func newtonStep(gram: [Double], score: [Double], rowTerms: () -> (weights: [Double], factors: [Double])) throws
        -> [Double]
    {
        if let system = NewtonSystem(upperGram: gram, size: p) { return system.solve(score) }
        let (weights, factors) = rowTerms()
        let qr = try weightedQR(weights)
        let rhs = (0..<n).map { weights[$0] > 0 ? factors[$0] / weights[$0].squareRoot() : 0 }
        return qr.solve(rhs)
    }

    /// G⁻¹v for G = XᵀWX, by ``NewtonSystem`` or, when that declines, as R⁻¹R⁻ᵀv from the R
    /// of W^{1/2}X.
    func solveInformation(gram: [Double], vector: [Double], weights: () -> [Double]) throws -> [Double] {
        if let system = NewtonSystem(upperGram: gram, size: p) { return system.solve(vector) }
        let r = try weightedQR(weights()).r
        return r.solveUpperTriangular(r.transposed().solveLowerTriangular(vector))
    }

    /// (XᵀWX)⁻¹ at the estimate: from the Cholesky factor when its condition estimate is
    /// at most ``NewtonSystem/covarianceConditionLimit``, else from the R of W^{1/2}X.
    func inverseInformation(gram: [Double], weights: () -> [Double]) throws -> Matrix {
        if let system = NewtonSystem(upperGram: gram, size: p),
            system.conditionEstimate <= NewtonSystem.covarianceConditionLimit
        {
            return system.inverse()
        }
        return try weightedQR(weights()).inverseGram()
    }
}
