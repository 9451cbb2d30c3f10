/// A probability distribution on the integers.
///
/// Every method is total: counts outside the support give 0 or 1, invalid
/// parameters give NaN probabilities, and nothing traps. ``survival(_:)`` works in
/// the upper tail directly, so tiny upper-tail probabilities keep their relative
/// accuracy.
public protocol DiscreteDistribution: Sendable {
    /// The probability mass P(X = k).
    func probability(_ k: Int) -> Double

    /// The distribution function P(X ≤ k).
    func cdf(_ k: Int) -> Double

    /// The survival function P(X > k) = 1 − P(X ≤ k), computed without cancellation.
    func survival(_ k: Int) -> Double

    /// The smallest k with P(X ≤ k) ≥ p (the convention of R's `q` functions and
    /// scipy's `ppf`): the lower end of the support for p = 0, the upper end for
    /// p = 1 (`Int.max` where it is unbounded), and −1, which no count can be, for p
    /// outside [0, 1], NaN or invalid parameters.
    func quantile(_ p: Double) -> Int
}
