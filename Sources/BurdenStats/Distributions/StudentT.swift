import RealModule

/// Student's t distribution with ν degrees of freedom.
///
/// ```
/// f(t) = (1 + t²/ν)^(−(ν+1)/2) / (√ν · B(ν/2, ½))
/// F(t) = ½ I_x(ν/2, ½) for t ≤ 0, with x = ν/(ν + t²)     (A&S 26.7.1)
/// ```
///
/// and F(t) = 1 − F(−t). Both x = ν/(ν + t²) and 1 − x = t²/(ν + t²) are formed
/// directly, so neither end loses digits (``BetaFunction``). The quantile inverts
/// I_x(ν/2, ½) = 2p and returns t = −√ν·√(1 − x)/√x from both coordinates of the root.
/// Beyond |t| = 10¹⁴⁵√ν, where x < 1e−290 may underflow while t is still finite, both
/// use the tail's leading term xᵃ/(a·B(a, ½)), a = ν/2, with x carried as its logarithm.
///
/// Valid parameters: 0 < ν ≤ ∞ (ν = ∞ is the standard normal); otherwise every method
/// returns NaN.
public struct StudentT: ContinuousDistribution, Hashable {
    /// The degrees of freedom ν.
    public let degreesOfFreedom: Double

    /// Creates Student's t distribution with ν degrees of freedom.
    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    private var isValid: Bool { degreesOfFreedom > 0 }

    /// f(t) = exp(−(ν + 1)/2 · ln(1 + t²/ν) − ln B(ν/2, ½)) / √ν.
    public func density(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        let nu = degreesOfFreedom
        if nu == .infinity { return Normal.density(t) }
        if t.isInfinite { return 0 }
        // ln(1 + t²/ν), also when t² overflows.
        let logTerm =
            abs(t) < 1e150
            ? Double.log(onePlus: t * t / nu)
            : 2 * Double.log(abs(t)) - Double.log(nu) + Double.log(onePlus: nu / t / t)
        return Double.exp(-(nu + 1) / 2 * logTerm - BetaFunction.logBeta(nu / 2, 0.5)) / nu.squareRoot()
    }

    /// F(t) = P(T ≤ t).
    public func cdf(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        if degreesOfFreedom == .infinity { return Normal.cdf(t) }
        let lowerTail = halfTail(t)
        return t <= 0 ? lowerTail : 1 - lowerTail
    }

    /// 1 − F(t) = F(−t), without cancellation.
    public func survival(_ t: Double) -> Double {
        cdf(-t)
    }

    /// The t with F(t) = p: −∞ for p = 0, +∞ for p = 1.
    public func quantile(_ p: Double) -> Double {
        guard isValid, p >= 0, p <= 1 else { return .nan }
        if degreesOfFreedom == .infinity { return Normal.quantile(p) }
        if p > 0.5 { return -lowerQuantile(1 - p) }
        return lowerQuantile(p)
    }

    /// The t with 1 − F(t) = q: −quantile(q), by symmetry.
    public func upperQuantile(_ q: Double) -> Double {
        -quantile(q)
    }

    /// ½ I_x(ν/2, ½) = P(T ≤ −|t|), with x = ν/(ν + t²) and 1 − x = t²/(ν + t²).
    ///
    /// Where x < e⁻⁶⁶⁷ ≈ 1e−290 (|t| beyond about 10¹⁴⁵√ν, and where x itself would
    /// underflow) it is the leading term of the tail, xᵃ/(a·B(a, ½)) with a = ν/2 and
    /// ln x = ln ν − 2 ln|t|, whose relative error O(x) is far below rounding.
    private func halfTail(_ t: Double) -> Double {
        let nu = degreesOfFreedom
        if t.isInfinite { return 0 }
        if t == 0 { return 0.5 }
        let logX = Double.log(nu) - 2 * Double.log(abs(t))
        if logX < Self.farTailLogX {
            let a = nu / 2
            return 0.5 * Double.exp(a * logX - Double.log(a) - BetaFunction.logBeta(a, 0.5))
        }
        let x: Double
        let y: Double
        if abs(t) < 1e150 {
            let square = t * t
            x = nu / (nu + square)
            y = square / (nu + square)
        } else {
            x = nu / abs(t) / abs(t)
            y = 1 - x
        }
        return 0.5 * BetaFunction.regularizedPair(nu / 2, 0.5, x, y).lower
    }

    /// ln 1e−290: below this x = ν/(ν + t²), the tail is its leading power law.
    private static let farTailLogX = -667.0

    /// The quantile for p ≤ ½: the root of I_x(ν/2, ½) = 2p, as −√(ν(1 − x)/x).
    ///
    /// When the tail's leading term puts the root below e⁻⁶⁶⁷ (where x may underflow
    /// although t is finite), ln x = (ln 2p + ln a + ln B(a, ½))/a solves it to O(x)
    /// and t = −exp(½(ln ν − ln x)).
    private func lowerQuantile(_ p: Double) -> Double {
        if p == 0 { return -.infinity }
        if p == 0.5 { return 0 }
        let nu = degreesOfFreedom
        let a = nu / 2
        let logX = (Double.log(2 * p) + Double.log(a) + BetaFunction.logBeta(a, 0.5)) / a
        if logX < Self.farTailLogX {
            return -Double.exp(0.5 * (Double.log(nu) - logX))
        }
        let root = BetaFunction.inverse(nu / 2, 0.5, lower: 2 * p, upper: 1 - 2 * p)
        if root.x == 0 { return -.infinity }
        return -nu.squareRoot() * root.y.squareRoot() / root.x.squareRoot()
    }
}
