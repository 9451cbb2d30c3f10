/// The beta distribution with shapes α and β on [0, 1]: density
/// f(x) = x^(α−1)(1 − x)^(β−1)/B(α, β), distribution function I_x(α, β)
/// (``BetaFunction``).
///
/// Valid parameters: 0 < α < ∞ and 0 < β < ∞; otherwise every method returns NaN.
public struct BetaDistribution: ContinuousDistribution, Hashable {
    /// The first shape α (the exponent of x).
    public let alpha: Double
    /// The second shape β (the exponent of 1 − x).
    public let beta: Double

    /// Creates the beta distribution with shapes α and β.
    public init(alpha: Double, beta: Double) {
        self.alpha = alpha
        self.beta = beta
    }

    private var isValid: Bool { alpha > 0 && alpha.isFinite && beta > 0 && beta.isFinite }

    /// f(x) = x^(α−1)(1 − x)^(β−1)/B(α, β), 0 outside [0, 1]; at x = 0 it is +∞, β or 0
    /// as α < 1, α = 1 or α > 1 (and likewise at 1 with β).
    public func density(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        if x < 0 || x > 1 { return 0 }
        if x == 0 { return alpha < 1 ? .infinity : (alpha == 1 ? beta : 0) }
        if x == 1 { return beta < 1 ? .infinity : (beta == 1 ? alpha : 0) }
        let y = 1 - x
        return BetaFunction.powerPrefactor(alpha, beta, x, y) / x / y
    }

    /// F(x) = I_x(α, β).
    public func cdf(_ x: Double) -> Double {
        pair(x).lower
    }

    /// 1 − F(x) = I_{1−x}(β, α), without cancellation.
    public func survival(_ x: Double) -> Double {
        pair(x).upper
    }

    /// The x with I_x(α, β) = p: 0 for p = 0, 1 for p = 1.
    public func quantile(_ p: Double) -> Double {
        guard isValid else { return .nan }
        return BetaFunction.inverseRegularizedIncomplete(alpha, beta, p)
    }

    /// The x with 1 − I_x(α, β) = q: 1 for q = 0, 0 for q = 1.
    public func upperQuantile(_ q: Double) -> Double {
        guard isValid else { return .nan }
        return BetaFunction.inverseComplementedRegularizedIncomplete(alpha, beta, q)
    }

    private func pair(_ x: Double) -> (lower: Double, upper: Double) {
        guard isValid, !x.isNaN else { return (.nan, .nan) }
        if x <= 0 { return (0, 1) }
        if x >= 1 { return (1, 0) }
        let result = BetaFunction.regularizedPair(alpha, beta, x, 1 - x)
        return (result.lower, result.upper)
    }
}
