import RealModule

extension GammaFunction {
    /// μ(a) = ln Γ(a) − [(a − ½) ln a − a + ½ ln 2π], the remainder of Stirling's formula.
    ///
    /// For a ≥ 10 the asymptotic series Σₖ B₂ₖ/(2k(2k − 1) a²ᵏ⁻¹) to k = 8 (error below
    /// 1e−18); below 10 the definition itself, whose terms are small enough there
    /// that the difference keeps about 1e−15 absolute accuracy.
    static func stirlingCorrection(_ a: Double) -> Double {
        if a >= 10 {
            let r = 1 / a
            let r2 = r * r
            var sum = -3617.0 / 122_400
            for c in [1.0 / 156, -691.0 / 360_360, 1.0 / 1188, -1.0 / 1680, 1.0 / 1260, -1.0 / 360, 1.0 / 12] {
                sum = sum * r2 + c
            }
            return sum * r
        }
        return Double.logGamma(a) - (a - 0.5) * Double.log(a) + a - halfLogTwoPi
    }

    /// ½ ln 2π (from mpmath).
    static let halfLogTwoPi = 0.9189385332046728

    /// ln(1 + t) − t, accurate for small |t|.
    ///
    /// With u = t/(2 + t), ln(1 + t) = 2 artanh u and t − 2u = t·u, so
    /// ln(1 + t) − t = −t·u + 2u³(1/3 + u²/5 + u⁴/7 + …): no cancellation for
    /// |u| ≤ ⅓, i.e. −½ ≤ t ≤ 1. Outside that range the direct difference loses at
    /// most a factor six.
    static func logOnePlusMinus(_ t: Double) -> Double {
        guard t >= -0.5, t <= 1 else { return Double.log(onePlus: t) - t }
        let u = t / (2 + t)
        let u2 = u * u
        var sum = 0.0
        var power = 1.0
        var k = 3.0
        while true {
            let term = power / k
            sum += term
            if term <= 1e-17 * sum { break }
            power *= u2
            k += 2
        }
        return -t * u + 2 * u * u2 * sum
    }

    /// ln Γ(1 + a) for |a| < 0.2 with full relative accuracy:
    /// −γa + Σₖ₌₂ (−1)ᵏ ζ(k) aᵏ/k (Abramowitz & Stegun 6.1.33), 28 terms.
    static func logGammaOnePlus(_ a: Double) -> Double {
        var sum = 0.0
        for c in logGammaOnePlusCoefficients.reversed() { sum = sum * a + c }
        return sum * a
    }

    /// −γ, then (−1)ᵏ ζ(k)/k for k = 2…28 (from mpmath).
    private static let logGammaOnePlusCoefficients: [Double] = [
        -0.5772156649015329, 0.8224670334241132, -0.40068563438653143, 0.27058080842778454,
        -0.20738555102867398, 0.1695571769974082, -0.1440498967688461, 0.12550966952474304,
        -0.11133426586956469, 0.1000994575127818, -0.09095401714582904, 0.083353840546109,
        -0.0769325164113522, 0.07143294629536133, -0.06666870588242046, 0.06250095514121304,
        -0.058823978658684585, 0.055555767627403614, -0.05263167937961666, 0.05000004769810169,
        -0.047619070330142226, 0.04545455629320467, -0.04347826605304026, 0.04166666915034121,
        -0.04000000119214014, 0.03846153903467518, -0.037037037312989324, 0.035714285847333355,
    ]

    /// xᵃe⁻ˣ/Γ(a + 1), the factor in front of the series of P(a, x); also the
    /// Poisson probability of a events at mean x when a is an integer.
    ///
    /// For a ≥ 10 it is exp(a·(ln(1 + t) − t) − μ(a))/√(2πa) with t = (x − a)/a,
    /// whose exponent is small near the peak and carries its own size as the only
    /// rounding error (ln(1 + t) is ln(x/a) when t < −½, where forming 1 + t would
    /// round away the digits of a small x); below 10, exp(a ln x − x − ln Γ(a + 1))
    /// directly.
    static func lowerPrefactor(_ a: Double, _ x: Double) -> Double {
        if x == 0 || x == .infinity { return 0 }
        if a >= 10 {
            let t = (x - a) / a
            // Below t = −½, 1 + t = x/a is better formed by division than by 1 + t.
            let phi = t < -0.5 ? Double.log(x / a) - t : logOnePlusMinus(t)
            let exponent = a * phi - stirlingCorrection(a)
            return Double.exp(exponent) / (2 * Double.pi * a).squareRoot()
        }
        return Double.exp(a * Double.log(x) - x - Double.logGamma(a + 1))
    }
}
