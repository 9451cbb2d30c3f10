import RealModule

extension GammaFunction {
    /// P(a, x), Q(a, x) and x·∂P/∂x = xᵃe⁻ˣ/Γ(a), each to full relative accuracy.
    ///
    /// - x < a + 1: the series P = xᵃe⁻ˣ/Γ(a + 1) · Σₙ xⁿ/((a + 1)⋯(a + n)) (A&S 6.5.29),
    ///   whose terms fall from the first; Q = 1 − P, except for a < 0.2 where P may be
    ///   close to 1 and Q comes from ``smallShapeUpper(_:_:)``.
    /// - x ≥ a + 1: Legendre's continued fraction
    ///   Γ(a, x) = e⁻ˣxᵃ / (x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …)))
    ///   (A&S 6.5.31), then P = 1 − Q.
    static func regularizedPair(_ a: Double, _ x: Double) -> (lower: Double, upper: Double, xDensity: Double) {
        guard a > 0, a.isFinite, x >= 0 else { return (.nan, .nan, .nan) }
        if x == 0 { return (0, 1, 0) }
        if x == .infinity { return (1, 0, 0) }
        let prefactor = lowerPrefactor(a, x)
        let xDensity = a * prefactor
        if x < a + 1 {
            let lower = prefactor * lowerSeries(a, x)
            if a < 0.2 && lower > 0.5 {
                return (lower, smallShapeUpper(a, x), xDensity)
            }
            return (lower, 1 - lower, xDensity)
        }
        let upper = xDensity / legendreFraction(a, x)
        return (1 - upper, upper, xDensity)
    }

    /// Σₙ₌₀ xⁿ/((a + 1)(a + 2)⋯(a + n)), for x < a + 1 (every ratio x/(a + n) < 1).
    private static func lowerSeries(_ a: Double, _ x: Double) -> Double {
        var sum = 1.0
        var term = 1.0
        var n = 1.0
        while n < 1e7 {
            term *= x / (a + n)
            sum += term
            // The rest is at most term·r/(1 − r) with r = x/(a + n + 1) < 1.
            if term * x <= 1e-17 * sum * (a + n + 1 - x) { break }
            n += 1
        }
        return sum
    }

    /// The continued fraction x + 1 − a − 1(1 − a)/(x + 3 − a − 2(2 − a)/(…)) by the
    /// modified Lentz method; converges for x ≥ a + 1, in O(√a) steps near x ≈ a.
    private static func legendreFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var value = b == 0 ? tiny : b
        var c = value
        var d = 0.0
        var i = 1.0
        while i < 1e7 {
            let coefficient = -i * (i - a)
            b += 2
            d = b + coefficient * d
            if abs(d) < tiny { d = tiny }
            c = b + coefficient / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = c * d
            value *= delta
            if abs(delta - 1) <= 1e-16 { break }
            i += 1
        }
        return value
    }

    /// Q(a, x) for a < 0.2 and x < 1.2, where P is close to 1 (Gautschi 1979, eq. 4.9):
    ///
    /// ```
    /// Q = [1 − xᵃ/Γ(1 + a)] − (xᵃ/Γ(a)) · Σₙ₌₁ (−x)ⁿ/(n!(a + n))
    /// ```
    ///
    /// with 1 − xᵃ/Γ(1 + a) = −expm1(a ln x − ln Γ(1 + a)) and ln Γ(1 + a) from its
    /// Taylor series, so both terms keep their relative accuracy as a → 0.
    private static func smallShapeUpper(_ a: Double, _ x: Double) -> Double {
        let exponent = a * Double.log(x) - logGammaOnePlus(a)
        let first = -Double.expMinusOne(exponent)
        var sum = 0.0
        var power = 1.0
        var n = 1.0
        while n < 1000 {
            power *= -x / n
            let term = power / (a + n)
            sum += term
            if abs(term) <= 1e-17 * abs(sum) { break }
            n += 1
        }
        return first - a * Double.exp(exponent) * sum
    }
}
