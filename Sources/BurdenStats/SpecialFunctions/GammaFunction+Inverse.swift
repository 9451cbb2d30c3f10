import RealModule

extension GammaFunction {
    /// The x with P(a, x) = p and Q(a, x) = q, where p + q = 1 and the smaller of the
    /// two is exact.
    ///
    /// Newton's method in ln x on g = ln(P/p) when p ≤ ½, or g = −ln(Q/q) otherwise,
    /// written as log1p((P − p)/p) so that g keeps the accuracy of P near the root.
    /// Its slope in ln x is xᵃe⁻ˣ/(Γ(a)·P) (or ·Q), nearly constant in the tails.
    static func inverse(_ a: Double, lower p: Double, upper q: Double) -> Double {
        guard a > 0, a.isFinite, p >= 0, q >= 0 else { return .nan }
        if p == 0 { return 0 }
        if q == 0 { return .infinity }
        let useLower = p <= q
        return RootFinding.newtonInLogarithm(start: initialGuess(a, p, q), lower: 0, upper: .infinity) { x in
            let pair = regularizedPair(a, x)
            if useLower {
                return (Double.log(onePlus: (pair.lower - p) / p), pair.xDensity / pair.lower)
            }
            return (-Double.log(onePlus: (pair.upper - q) / q), pair.xDensity / pair.upper)
        }
    }

    /// A first guess at the root of P(a, x) = p, Q(a, x) = q.
    ///
    /// The lower tail's power law P ≈ xᵃ/Γ(a + 1) when a < 1 or when it lands well
    /// below a; otherwise Wilson & Hilferty's (1931) cube-root normal approximation
    /// x ≈ a(1 − 1/(9a) + z/(3√a))³; for a < 1 in the upper tail, the solution of
    /// x = −ln(q·Γ(a)) + (a − 1) ln x by two fixed-point steps.
    private static func initialGuess(_ a: Double, _ p: Double, _ q: Double) -> Double {
        let c = 1 / (9 * a)
        let z = p <= q ? Normal.quantile(p) : Normal.upperQuantile(q)
        let base = 1 - c + z * c.squareRoot()
        let wilsonHilferty = base > 0 ? a * base * base * base : 0
        if p <= q {
            let powerLaw = Double.exp((Double.log(p) + Double.logGamma(a + 1)) / a)
            if a < 1 || powerLaw < 0.5 * a || wilsonHilferty <= 0 { return powerLaw }
            return wilsonHilferty
        }
        if a < 1 {
            var x = -Double.log(q) - Double.logGamma(a)
            if x > 1 {
                for _ in 0..<2 { x = -Double.log(q) - Double.logGamma(a) + (a - 1) * Double.log(x) }
                return x
            }
        }
        return wilsonHilferty > 0 ? wilsonHilferty : a
    }
}
