/// The χ² distribution with k degrees of freedom: the gamma distribution with
/// shape k/2 and scale 2, so F(x) = P(k/2, x/2) (``GammaFunction``).
///
/// Valid parameters: 0 < k < ∞ (k need not be an integer); otherwise every method
/// returns NaN.
public struct ChiSquared: ContinuousDistribution, Hashable {
    /// The degrees of freedom k.
    public let degreesOfFreedom: Double

    /// Creates the χ² distribution with k degrees of freedom.
    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    private var gamma: GammaDistribution { GammaDistribution(shape: degreesOfFreedom / 2, scale: 2) }

    /// f(x) = x^(k/2−1) e^(−x/2) / (2^(k/2) Γ(k/2)).
    public func density(_ x: Double) -> Double { gamma.density(x) }

    /// F(x) = P(k/2, x/2).
    public func cdf(_ x: Double) -> Double { gamma.cdf(x) }

    /// 1 − F(x) = Q(k/2, x/2), without cancellation.
    public func survival(_ x: Double) -> Double { gamma.survival(x) }

    /// 2·P⁻¹(k/2, p): 0 for p = 0, +∞ for p = 1.
    public func quantile(_ p: Double) -> Double { gamma.quantile(p) }

    /// 2·Q⁻¹(k/2, q): +∞ for q = 0, 0 for q = 1.
    public func upperQuantile(_ q: Double) -> Double { gamma.upperQuantile(q) }
}
