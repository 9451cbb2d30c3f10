import RealModule

/// The gamma distribution with shape α and scale θ: density
/// f(x) = x^(α−1) e^(−x/θ) / (Γ(α) θ^α) for x ≥ 0.
///
/// The distribution function is the regularized incomplete gamma function,
/// F(x) = P(α, x/θ) (``GammaFunction``). The division x/θ is rounded; its residual
/// r (exact by a fused multiply-add) is carried into a first-order correction
/// F(x) ≈ P(α, x/θ) + r·f, since far in the upper tail of a large shape the
/// function is steep enough in x for one rounding to show at 1e−13; the density
/// carries the same residual, as the factor exp(ρ(α − 1 − x/θ)) with ρ = r/x.
///
/// Valid parameters: 0 < α < ∞ and 0 < θ < ∞; otherwise every method returns NaN.
public struct GammaDistribution: ContinuousDistribution, Hashable {
    /// The shape α.
    public let shape: Double
    /// The scale θ.
    public let scale: Double

    /// Creates the gamma distribution with shape α and scale θ.
    public init(shape: Double, scale: Double) {
        self.shape = shape
        self.scale = scale
    }

    private var isValid: Bool { shape > 0 && shape.isFinite && scale > 0 && scale.isFinite }

    /// f(x) = x^(α−1) e^(−x/θ) / (Γ(α) θ^α), 0 for x < 0; at x = 0 it is +∞, 1/θ or 0
    /// as α < 1, α = 1 or α > 1.
    public func density(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        if x < 0 || x == .infinity { return 0 }
        if x == 0 { return shape < 1 ? .infinity : (shape == 1 ? 1 / scale : 0) }
        let (standard, relativeResidual) = standardized(x)
        // f at s(1 + ρ) is f at s times (1 + ρ)^(α−1)·e^(−sρ) ≈ exp(ρ(α − 1 − s)).
        let correction = Double.exp(relativeResidual * (shape - 1 - standard))
        return shape * GammaFunction.lowerPrefactor(shape, standard) / standard / scale * correction
    }

    /// F(x) = P(α, x/θ).
    public func cdf(_ x: Double) -> Double {
        pair(x).lower
    }

    /// 1 − F(x) = Q(α, x/θ), without cancellation.
    public func survival(_ x: Double) -> Double {
        pair(x).upper
    }

    /// θ·P⁻¹(α, p): 0 for p = 0, +∞ for p = 1.
    public func quantile(_ p: Double) -> Double {
        guard isValid else { return .nan }
        return scale * GammaFunction.inverseRegularizedLower(shape, p)
    }

    /// θ·Q⁻¹(α, q): +∞ for q = 0, 0 for q = 1.
    public func upperQuantile(_ q: Double) -> Double {
        guard isValid else { return .nan }
        return scale * GammaFunction.inverseRegularizedUpper(shape, q)
    }

    /// x/θ rounded, and its rounding residual relative to it: x/θ = s(1 + ρ), where
    /// x − sθ is exact by a fused multiply-add.
    private func standardized(_ x: Double) -> (value: Double, relativeResidual: Double) {
        let value = x / scale
        let remainder = x.addingProduct(-value, scale)
        return (value, remainder / x)
    }

    private func pair(_ x: Double) -> (lower: Double, upper: Double) {
        guard isValid, !x.isNaN else { return (.nan, .nan) }
        if x <= 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        let (standard, relativeResidual) = standardized(x)
        let result = GammaFunction.regularizedPair(shape, standard)
        // P(α, s(1 + ρ)) ≈ P(α, s) + ρ·s·∂P/∂s, with s·∂P/∂s = sᵅe⁻ˢ/Γ(α).
        let shift = relativeResidual * result.xDensity
        return (result.lower + shift, result.upper - shift)
    }
}
