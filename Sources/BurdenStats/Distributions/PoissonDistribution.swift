import RealModule

/// The Poisson distribution with mean λ: P(X = k) = λᵏe^(−λ)/k!.
///
/// ```
/// P(X ≤ k) = Q(k + 1, λ),   P(X > k) = P(k + 1, λ)      (A&S 26.4.21)
/// ```
///
/// with the regularized incomplete gamma functions of ``GammaFunction``, so both
/// tails keep their relative accuracy. The probability λᵏe^(−λ)/k! is evaluated
/// through Stirling's formula for k ≥ 10 (exp(k·(ln(1 + t) − t) − μ(k))/√(2πk) with
/// t = (λ − k)/k), accurate for counts and means in the hundreds of millions.
///
/// Valid parameters: 0 ≤ λ < ∞ (λ = 0 puts all mass at 0); otherwise probabilities
/// are NaN and quantiles −1. Quantiles are exact for means up to about 10¹⁵.
public struct PoissonDistribution: DiscreteDistribution, Hashable {
    /// The mean λ.
    public let mean: Double

    /// Creates the Poisson distribution with mean λ.
    public init(mean: Double) {
        self.mean = mean
    }

    private var isValid: Bool { mean >= 0 && mean.isFinite }

    /// λᵏe^(−λ)/k!; 0 for k < 0.
    public func probability(_ k: Int) -> Double {
        guard isValid else { return .nan }
        if k < 0 { return 0 }
        if mean == 0 { return k == 0 ? 1 : 0 }
        if k == 0 { return Double.exp(-mean) }
        return GammaFunction.lowerPrefactor(Double(k), mean)
    }

    /// P(X ≤ k) = Q(k + 1, λ).
    public func cdf(_ k: Int) -> Double {
        guard isValid else { return .nan }
        if k < 0 { return 0 }
        if mean == 0 { return 1 }
        return GammaFunction.regularizedUpper(Double(k) + 1, mean)
    }

    /// P(X > k) = P(k + 1, λ), without cancellation.
    public func survival(_ k: Int) -> Double {
        guard isValid else { return .nan }
        if k < 0 { return 1 }
        if mean == 0 { return 0 }
        return GammaFunction.regularizedLower(Double(k) + 1, mean)
    }

    /// The smallest k with P(X ≤ k) ≥ p: 0 for p = 0, `Int.max` for p = 1 (unless
    /// λ = 0), −1 for p outside [0, 1] or invalid parameters.
    ///
    /// Starts from the Cornish–Fisher approximation λ + z√λ + (z² − 1)/6 and searches
    /// with doubling steps and bisection; the comparison is made in the tail that
    /// holds the digits (P(X > k) ≤ 1 − p when p > ½).
    public func quantile(_ p: Double) -> Int {
        guard isValid, p >= 0, p <= 1, mean <= 1e15 else { return -1 }
        if p == 0 || mean == 0 { return 0 }
        if p == 1 { return .max }
        let z = p <= 0.5 ? Normal.quantile(p) : Normal.upperQuantile(1 - p)
        let guess = mean + mean.squareRoot() * z + (z * z - 1) / 6
        let start = Int(max(0, guess).rounded(.down))
        return DiscreteSearch.smallestCount(from: start, lowest: 0, highest: .max) { k in
            p <= 0.5 ? cdf(k) >= p : survival(k) <= 1 - p
        }
    }
}
