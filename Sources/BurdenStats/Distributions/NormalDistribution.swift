/// The normal distribution N(μ, σ²), built on the standard normal ``Normal``.
///
/// F(x) = Φ(z) with z = (x − μ)/σ. The subtraction and the division are rounded;
/// their residuals (exact by two-sum and a fused multiply-add) are carried into a
/// first-order correction F(x) ≈ Φ(z) + φ(z)·δ, so the far tails keep the accuracy of
/// ``Normal`` instead of losing about z² units in the last place.
///
/// Valid parameters: μ finite and 0 < σ < ∞; otherwise every method returns NaN.
public struct NormalDistribution: ContinuousDistribution, Hashable {
    /// The mean μ.
    public let mean: Double
    /// The standard deviation σ.
    public let standardDeviation: Double

    /// Creates N(μ, σ²); the standard normal by default.
    public init(mean: Double = 0, standardDeviation: Double = 1) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    private var isValid: Bool { mean.isFinite && standardDeviation > 0 && standardDeviation.isFinite }

    /// f(x) = φ((x − μ)/σ)/σ.
    public func density(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        guard x.isFinite else { return 0 }
        let (z, delta) = standardized(x)
        // φ(z + δ) ≈ φ(z)(1 − zδ).
        return Normal.density(z) * (1 - z * delta) / standardDeviation
    }

    /// F(x) = Φ((x − μ)/σ).
    public func cdf(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        guard x.isFinite else { return x > 0 ? 1 : 0 }
        let (z, delta) = standardized(x)
        return Normal.cdf(z) + Normal.density(z) * delta
    }

    /// 1 − F(x) = Φ(−(x − μ)/σ), without cancellation.
    public func survival(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        guard x.isFinite else { return x > 0 ? 0 : 1 }
        let (z, delta) = standardized(x)
        return Normal.survival(z) - Normal.density(z) * delta
    }

    /// μ + σ·Φ⁻¹(p): −∞ for p = 0, +∞ for p = 1.
    public func quantile(_ p: Double) -> Double {
        guard isValid else { return .nan }
        return mean.addingProduct(standardDeviation, Normal.quantile(p))
    }

    /// μ + σ·Φ⁻¹(1 − q), accurate for tiny q: +∞ for q = 0, −∞ for q = 1.
    public func upperQuantile(_ q: Double) -> Double {
        guard isValid else { return .nan }
        return mean.addingProduct(standardDeviation, Normal.upperQuantile(q))
    }

    /// z = (x − μ)/σ rounded, and δ = (x − μ)/σ − z from the residuals of the
    /// subtraction (two-sum) and of the division (fused multiply-add).
    private func standardized(_ x: Double) -> (z: Double, delta: Double) {
        let difference = DoubleDouble.twoSum(x, -mean)
        let z = difference.hi / standardDeviation
        let remainder = difference.hi.addingProduct(-z, standardDeviation) + difference.lo
        return (z, remainder / standardDeviation)
    }
}
