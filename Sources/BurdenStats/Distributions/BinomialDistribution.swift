import RealModule

/// The binomial distribution: the number of successes in n independent trials of
/// probability π, P(X = k) = C(n, k) πᵏ(1 − π)ⁿ⁻ᵏ.
///
/// ```
/// P(X ≤ k) = I_{1−π}(n − k, k + 1),   P(X > k) = I_π(k + 1, n − k)      (A&S 26.5.24)
/// ```
///
/// with the regularized incomplete beta function of ``BetaFunction``, given π and
/// 1 − π together so that the exact one of the two (the smaller) decides. The
/// probability is n/(k(n − k)) · πᵏ(1 − π)ⁿ⁻ᵏ/B(k, n − k), whose second factor is the
/// incomplete beta's Stirling-form prefactor, accurate for n in the hundreds of
/// millions.
///
/// Valid parameters: n ≥ 0 and 0 ≤ π ≤ 1; otherwise probabilities are NaN and
/// quantiles −1.
public struct BinomialDistribution: DiscreteDistribution, Hashable {
    /// The number of trials n.
    public let trials: Int
    /// The success probability π of each trial.
    public let probability: Double

    /// Creates the binomial distribution of n trials with success probability π.
    public init(trials: Int, probability: Double) {
        self.trials = trials
        self.probability = probability
    }

    private var isValid: Bool { trials >= 0 && probability >= 0 && probability <= 1 }

    /// C(n, k) πᵏ(1 − π)ⁿ⁻ᵏ; 0 outside 0…n.
    public func probability(_ k: Int) -> Double {
        guard isValid else { return .nan }
        if k < 0 || k > trials { return 0 }
        let n = Double(trials)
        let pi = probability
        if pi == 0 { return k == 0 ? 1 : 0 }
        if pi == 1 { return k == trials ? 1 : 0 }
        if k == 0 { return Double.exp(n * Double.log(onePlus: -pi)) }
        if k == trials { return Double.exp(n * Double.log(pi)) }
        let successes = Double(k)
        let failures = n - successes
        let prefactor = BetaFunction.powerPrefactor(successes, failures, pi, 1 - pi)
        return prefactor * (n / (successes * failures))
    }

    /// P(X ≤ k) = I_{1−π}(n − k, k + 1).
    public func cdf(_ k: Int) -> Double {
        guard isValid else { return .nan }
        if k < 0 { return 0 }
        if k >= trials { return 1 }
        let successes = Double(k)
        return BetaFunction.regularizedPair(Double(trials) - successes, successes + 1, 1 - probability, probability).lower
    }

    /// P(X > k) = I_π(k + 1, n − k), without cancellation.
    public func survival(_ k: Int) -> Double {
        guard isValid else { return .nan }
        if k < 0 { return 1 }
        if k >= trials { return 0 }
        let successes = Double(k)
        return BetaFunction.regularizedPair(Double(trials) - successes, successes + 1, 1 - probability, probability).upper
    }

    /// The smallest k with P(X ≤ k) ≥ p: 0 for p = 0, n for p = 1 (unless π = 0),
    /// −1 for p outside [0, 1] or invalid parameters.
    ///
    /// Starts from the Cornish–Fisher approximation nπ + z√(nπ(1 − π)) + (z² − 1)(1 − 2π)/6
    /// and searches with doubling steps and bisection, comparing in the tail that
    /// holds the digits.
    public func quantile(_ p: Double) -> Int {
        guard isValid, p >= 0, p <= 1 else { return -1 }
        if p == 0 || probability == 0 { return 0 }
        if p == 1 || probability == 1 { return trials }
        let n = Double(trials)
        let z = p <= 0.5 ? Normal.quantile(p) : Normal.upperQuantile(1 - p)
        let spread = (n * probability * (1 - probability)).squareRoot()
        let guess = n * probability + z * spread + (z * z - 1) * (1 - 2 * probability) / 6
        let start = Int(min(max(0, guess), n).rounded(.down))
        return DiscreteSearch.smallestCount(from: start, lowest: 0, highest: trials) { k in
            p <= 0.5 ? cdf(k) >= p : survival(k) <= 1 - p
        }
    }
}
