/// Fisher's F distribution with d₁ and d₂ degrees of freedom: the distribution of
/// (U₁/d₁)/(U₂/d₂) for independent χ² variables U₁, U₂.
///
/// ```
/// F(f) = I_x(d₁/2, d₂/2),  x = d₁f/(d₁f + d₂)          (A&S 26.6.2)
/// f(f) = xᵃ(1 − x)ᵇ / (B(a, b)·f),  a = d₁/2, b = d₂/2
/// ```
///
/// Both x and 1 − x = d₂/(d₁f + d₂) are formed directly (``BetaFunction``); the
/// quantile is (d₂/d₁)·x/(1 − x) from both coordinates of the root of I_x = p, so
/// upper quantiles far out keep their digits.
///
/// Valid parameters: 0 < d₁ < ∞ and 0 < d₂ < ∞; otherwise every method returns NaN.
public struct FisherF: ContinuousDistribution, Hashable {
    /// The numerator degrees of freedom d₁.
    public let numerator: Double
    /// The denominator degrees of freedom d₂.
    public let denominator: Double

    /// Creates the F distribution with d₁ = `numerator` and d₂ = `denominator`.
    public init(numerator: Double, denominator: Double) {
        self.numerator = numerator
        self.denominator = denominator
    }

    private var isValid: Bool {
        numerator > 0 && numerator.isFinite && denominator > 0 && denominator.isFinite
    }

    /// The density; at f = 0 it is +∞, 1 or 0 as d₁ < 2, d₁ = 2 or d₁ > 2.
    public func density(_ f: Double) -> Double {
        guard isValid, !f.isNaN else { return .nan }
        if f < 0 || f == .infinity { return 0 }
        if f == 0 { return numerator < 2 ? .infinity : (numerator == 2 ? 1 : 0) }
        let (x, y) = coordinates(f)
        return BetaFunction.powerPrefactor(numerator / 2, denominator / 2, x, y) / f
    }

    /// F(f) = I_x(d₁/2, d₂/2).
    public func cdf(_ f: Double) -> Double {
        pair(f).lower
    }

    /// 1 − F(f), without cancellation.
    public func survival(_ f: Double) -> Double {
        pair(f).upper
    }

    /// The f with F(f) = p: 0 for p = 0, +∞ for p = 1.
    public func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        return value(BetaFunction.inverse(numerator / 2, denominator / 2, lower: p, upper: 1 - p))
    }

    /// The f with 1 − F(f) = q: +∞ for q = 0, 0 for q = 1.
    public func upperQuantile(_ q: Double) -> Double {
        guard q >= 0, q <= 1 else { return .nan }
        return value(BetaFunction.inverse(numerator / 2, denominator / 2, lower: 1 - q, upper: q))
    }

    /// x = d₁f/(d₁f + d₂) and 1 − x = d₂/(d₁f + d₂), each formed directly.
    private func coordinates(_ f: Double) -> (x: Double, y: Double) {
        let scaled = numerator * f
        if scaled.isFinite {
            let sum = scaled + denominator
            return (scaled / sum, denominator / sum)
        }
        let y = denominator / numerator / f
        return (1 - y, y)
    }

    private func pair(_ f: Double) -> (lower: Double, upper: Double) {
        guard isValid, !f.isNaN else { return (.nan, .nan) }
        if f <= 0 { return (0, 1) }
        if f == .infinity { return (1, 0) }
        let (x, y) = coordinates(f)
        let result = BetaFunction.regularizedPair(numerator / 2, denominator / 2, x, y)
        return (result.lower, result.upper)
    }

    /// (d₂/d₁)·x/y for the root (x, y) of the incomplete beta function.
    private func value(_ root: (x: Double, y: Double)) -> Double {
        guard isValid else { return .nan }
        if root.y == 0 { return root.x.isNaN ? .nan : .infinity }
        return root.x / root.y * (denominator / numerator)
    }
}
