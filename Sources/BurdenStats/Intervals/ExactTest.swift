/// Exact tests of a Poisson or binomial count against its expected value, with the
/// p-values R's `poisson.test` and `binom.test` print, and their mid-p versions
/// (METHODS.md §14).
///
/// Two-sided, exact: the probability of every count at most as likely as the one
/// observed (the "minimum likelihood" rule of R, with R's relative tolerance 1 + 10⁻⁷
/// on the comparison). For an observed x below the expected m,
///
/// ```
/// p = P(X ≤ x) + P(X ≥ j),   j = the least count ≥ ⌈m⌉ with P(X = j) ≤ P(X = x)·(1 + 10⁻⁷)
/// ```
///
/// and for x above m, p = P(X < j) + P(X ≥ x) with j the least count in [0, ⌊m⌋] with
/// P(X = j) > P(X = x)·(1 + 10⁻⁷); p = 1 when x = m, and never above 1. R sums the
/// probabilities on one side of the mode one by one; they fall monotonically away
/// from it, so j is found here by bisection (O(log n) evaluations, for counts of any
/// size) and the tails are taken from the distribution functions of their own tails.
///
/// Mid-p: half the probability of the observed count is left out of each tail —
/// one-sided P(X < x) + ½P(X = x) for fewer than expected; two-sided twice the
/// smaller of P(X < x) + ½P(X = x) and P(X > x) + ½P(X = x), capped at 1
/// (Lancaster 1961; the "central" mid-p of Fay 2010).
///
/// R Core Team, `stats/R/poisson.test.R` and `stats/R/binom.test.R`. Lancaster,
/// H. O. (1961). JASA 56(294):223–234. Fay, M. P. (2010). Two-sided exact tests and
/// matching confidence intervals for discrete data. R Journal 2(1):53–58.
public enum ExactTest {
    /// The alternative hypothesis.
    public enum Alternative: String, Sendable, Hashable, Codable, CaseIterable {
        /// The count differs from the expected one, in either direction.
        case twoSided = "two-sided"
        /// The count is below the expected one (`alternative = "less"` in R).
        case less
    }

    /// The exact p-value and its mid-p version.
    public struct PValues: Sendable, Hashable, Codable {
        /// The exact p-value (R's).
        public let exact: Double
        /// The mid-p value.
        public let midP: Double
        /// The alternative they test.
        public let alternative: Alternative

        /// Creates the pair.
        public init(exact: Double, midP: Double, alternative: Alternative) {
            self.exact = exact
            self.midP = midP
            self.alternative = alternative
        }

        static let undefined = PValues(exact: .nan, midP: .nan, alternative: .twoSided)
    }

    /// A Poisson count against its expected value: R's `poisson.test(x, T = m)`
    /// (`r = 1`), whose p-value is the same as for a rate x/T against r with m = r·T.
    ///
    /// - Parameters:
    ///   - count: the observed count x ≥ 0.
    ///   - mean: the expected count m ≥ 0.
    ///   - alternative: two-sided (R's default) or fewer than expected.
    /// - Returns: NaN p-values for a negative count or an invalid mean.
    /// - Complexity: O(log(m + x)) evaluations of the incomplete gamma function.
    public static func poisson(count x: Int, mean m: Double, alternative: Alternative = .twoSided) -> PValues {
        guard x >= 0, m >= 0, m.isFinite else { return .undefined }
        return pValues(PoissonDistribution(mean: m), x: x, mean: m, highest: .max, alternative: alternative)
    }

    /// A binomial count against its expected value: R's `binom.test(x, n, p)`.
    ///
    /// - Parameters:
    ///   - successes: the observed count x, 0 ≤ x ≤ n.
    ///   - trials: n ≥ 1.
    ///   - probability: the expected success probability π in [0, 1].
    ///   - alternative: two-sided (R's default) or fewer than expected.
    /// - Returns: NaN p-values for counts or a probability outside those ranges.
    /// - Complexity: O(log n) evaluations of the incomplete beta function.
    public static func binomial(
        successes x: Int, trials n: Int, probability: Double, alternative: Alternative = .twoSided
    ) -> PValues {
        guard n >= 1, x >= 0, x <= n, probability >= 0, probability <= 1 else { return .undefined }
        return pValues(
            BinomialDistribution(trials: n, probability: probability), x: x, mean: Double(n) * probability, highest: n,
            alternative: alternative)
    }

    /// The p-values of x under a unimodal distribution with mean m whose mode lies
    /// in [⌊m⌋, ⌈m⌉] (Poisson and binomial), on counts up to `highest`.
    private static func pValues(
        _ distribution: some DiscreteDistribution, x: Int, mean m: Double, highest: Int, alternative: Alternative
    ) -> PValues {
        let observed = distribution.probability(x)
        let below = distribution.cdf(x - 1) + observed / 2
        switch alternative {
        case .less:
            return PValues(exact: distribution.cdf(x), midP: below, alternative: .less)
        case .twoSided:
            let above = distribution.survival(x) + observed / 2
            let midP = min(1, 2 * min(below, above))
            let limit = observed * (1 + 1e-7)
            let exact: Double
            if Double(x) == m {
                exact = 1
            } else if Double(x) < m {
                // Counts from ⌈m⌉ up fall in probability: the first one as unlikely as x.
                let start = Int(m.rounded(.up))
                let end = highest == .max ? Int.max - 1 : highest
                let first = DiscreteSearch.smallestCount(from: start, lowest: start, highest: end + 1) { k in
                    k > end || distribution.probability(k) <= limit
                }
                exact = distribution.cdf(x) + distribution.survival(first - 1)
            } else {
                // Counts up to ⌊m⌋ rise in probability: the first one more likely than x.
                let top = Int(m.rounded(.down))
                let first = DiscreteSearch.smallestCount(from: top, lowest: 0, highest: top + 1) { k in
                    k > top || distribution.probability(k) > limit
                }
                exact = distribution.cdf(first - 1) + distribution.survival(x - 1)
            }
            return PValues(exact: min(1, exact), midP: midP, alternative: .twoSided)
        }
    }
}
