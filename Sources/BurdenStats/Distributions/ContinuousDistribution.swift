/// A probability distribution on the real line with a density.
///
/// Every method is total: arguments outside the distribution's range give the
/// natural limit (0 or 1), invalid parameters or probabilities give NaN, and
/// nothing traps. ``survival(_:)`` and ``upperQuantile(_:)`` work in the upper tail
/// directly, so tiny upper-tail probabilities keep their relative accuracy.
public protocol ContinuousDistribution: Sendable {
    /// The probability density f(x).
    func density(_ x: Double) -> Double

    /// The distribution function F(x) = P(X ≤ x).
    func cdf(_ x: Double) -> Double

    /// The survival function 1 − F(x) = P(X > x), computed without cancellation.
    func survival(_ x: Double) -> Double

    /// The x with F(x) = p; the ends of the support for p = 0 and p = 1 (±∞ where it
    /// is unbounded); NaN for p outside [0, 1].
    func quantile(_ p: Double) -> Double

    /// The x with 1 − F(x) = q, accurate for tiny q (q is not converted to 1 − q).
    func upperQuantile(_ q: Double) -> Double
}
