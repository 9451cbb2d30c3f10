import RealModule

/// Mid-p confidence intervals for a Poisson mean and a binomial proportion
/// (METHODS.md §14): the exact intervals with half the probability of the observed
/// count moved out of each tail, which makes them less conservative than Garwood's
/// and Clopper–Pearson's while keeping close to nominal coverage.
///
/// For a count x the limits solve, at tail α/2 = (1 − confidence)/2,
///
/// ```
/// lower:  P(X > x) + ½·P(X = x) = α/2
/// upper:  P(X < x) + ½·P(X = x) = α/2
/// ```
///
/// Each left side is monotone in the parameter, and the exact interval at the same
/// confidence brackets the root (at its lower limit the first side is α/2 − ½P(X = x),
/// at its upper limit 1 − α/2 + ½P(X = x); the second side the other way round), so
/// Brent's method finds it inside that bracket to a few ulps. Every tail is a
/// distribution function of its own tail (``PoissonDistribution/survival(_:)``…), so
/// nothing cancels. The ends have closed forms: x = 0 gives the lower limit 0 and the
/// upper −ln α (Poisson) or 1 − α^{1/n} (binomial); x = n gives the binomial upper
/// limit 1 and the lower α^{1/n}.
///
/// Lancaster, H. O. (1961). Significance tests in discrete distributions. JASA
/// 56(294):223–234. Berry, G., Armitage, P. (1995). Mid-P confidence intervals: a
/// brief review. The Statistician 44(4):417–423.
public enum MidPInterval {
    /// The mid-p interval of the mean μ of a Poisson count.
    ///
    /// - Parameters:
    ///   - count: the observed count x ≥ 0.
    ///   - confidence: the two-sided level, in (0, 1).
    /// - Returns: the interval of μ (divide by an exposure for a rate, or by an
    ///   expected count for a standardised ratio); NaN limits for a negative or
    ///   non-finite count or a confidence outside (0, 1).
    /// - Complexity: O(1) evaluations of the incomplete gamma function per Brent step,
    ///   about 10–40 steps.
    public static func poisson(count x: Int, confidence: Double = 0.95) -> ConfidenceInterval {
        guard x >= 0, confidence > 0, confidence < 1 else { return ConfidenceInterval(lower: .nan, upper: .nan) }
        let alpha = 1 - confidence
        let tail = alpha / 2
        if x == 0 { return ConfidenceInterval(lower: 0, upper: -Double.log(alpha)) }
        let exact = ProportionInterval.garwood(count: Double(x), exposure: 1, tail: tail)
        let lower = RootFinding.brent(lower: exact.lower, upper: exact.upper, absoluteTolerance: 0) { mean in
            let distribution = PoissonDistribution(mean: mean)
            return distribution.survival(x) + distribution.probability(x) / 2 - tail
        }
        let upper = RootFinding.brent(lower: exact.lower, upper: exact.upper, absoluteTolerance: 0) { mean in
            let distribution = PoissonDistribution(mean: mean)
            return tail - (distribution.cdf(x - 1) + distribution.probability(x) / 2)
        }
        return ConfidenceInterval(lower: lower, upper: upper)
    }

    /// The mid-p interval of the success probability π of a binomial count.
    ///
    /// - Parameters:
    ///   - successes: the observed count x, 0 ≤ x ≤ n.
    ///   - trials: the number of trials n ≥ 1.
    ///   - confidence: the two-sided level, in (0, 1).
    /// - Returns: the interval of π; NaN limits for counts outside those ranges or a
    ///   confidence outside (0, 1).
    /// - Complexity: O(1) evaluations of the incomplete beta function per Brent step.
    public static func binomial(successes x: Int, trials n: Int, confidence: Double = 0.95) -> ConfidenceInterval {
        guard n >= 1, x >= 0, x <= n, confidence > 0, confidence < 1 else {
            return ConfidenceInterval(lower: .nan, upper: .nan)
        }
        let alpha = 1 - confidence
        let tail = alpha / 2
        let root = Double.log(alpha) / Double(n)
        let exact = ProportionInterval.interval(
            successes: Double(x), trials: Double(n), method: .clopperPearson, confidence: confidence)
        let lower =
            x == 0
            ? 0
            : x == n
                ? Double.exp(root)
                : RootFinding.brent(lower: exact.lower, upper: exact.upper, absoluteTolerance: 0) { share in
                    let distribution = BinomialDistribution(trials: n, probability: share)
                    return distribution.survival(x) + distribution.probability(x) / 2 - tail
                }
        let upper =
            x == n
            ? 1
            : x == 0
                ? -Double.expMinusOne(root)
                : RootFinding.brent(lower: exact.lower, upper: exact.upper, absoluteTolerance: 0) { share in
                    let distribution = BinomialDistribution(trials: n, probability: share)
                    return tail - (distribution.cdf(x - 1) + distribution.probability(x) / 2)
                }
        return ConfidenceInterval(lower: lower, upper: upper)
    }
}
