import RealModule

extension BetaFunction {
    /// I_x(a, b), 1 − I_x(a, b) and xᵃyᵇ/B(a, b), for x + y = 1 with the smaller of x
    /// and y exact (the larger may be 1 − smaller, rounded).
    ///
    /// The continued fraction runs in x when x < (a + 1)/(a + b + 2), else in y with
    /// the shapes exchanged. Its value h is small when the first partial denominators
    /// nearly cancel — near the mean of large shapes (h ≈ 1/√a) and, worst, in the
    /// variable close to 1 when one shape is much larger than the other (h ≈ b/a) —
    /// and the rounding errors of the recurrence then grow as ε/h. When h < 1/20 the
    /// fraction is evaluated again in double-double arithmetic, with the variable
    /// carried exactly as 1 − (the smaller one), which leaves an error of about
    /// 1e−32/h.
    static func regularizedPair(
        _ a: Double, _ b: Double, _ x: Double, _ y: Double
    ) -> (lower: Double, upper: Double, prefactor: Double) {
        guard a > 0, b > 0, a.isFinite, b.isFinite, x >= 0, y >= 0 else { return (.nan, .nan, .nan) }
        if x == 0 { return (0, 1, 0) }
        if y == 0 { return (1, 0, 0) }
        let prefactor = powerPrefactor(a, b, x, y)
        if x < (a + 1) / (a + b + 2) {
            let value = fractionSide(a, b, x, y, prefactor)
            return (value, 1 - value, prefactor)
        }
        let value = fractionSide(b, a, y, x, prefactor)
        return (1 - value, value, prefactor)
    }

    /// I_v(p, q) = vᵖwᑫ/(p·B(p, q)·h), with h the continued fraction in v, for v + w = 1.
    private static func fractionSide(_ p: Double, _ q: Double, _ v: Double, _ w: Double, _ prefactor: Double) -> Double {
        guard prefactor > 0 else { return 0 }
        var h = continuedFraction(p, q, v)
        if !(h >= 0.05) {
            // v = 1 − w exactly: 1 − v is exact (Sterbenz) and so is its difference from w.
            let variable = v <= w ? DoubleDouble(v) : DoubleDouble(v, (1 - v) - w)
            h = extendedContinuedFraction(p, q, variable)
        }
        return prefactor / (p * h)
    }

    /// h = 1 + d₁/(1 + d₂/(1 + …)) of A&S 26.5.8, by the modified Lentz method:
    ///
    /// ```
    /// d₂ₘ₊₁ = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)),   d₂ₘ = m(b − m)x / ((a + 2m − 1)(a + 2m))
    /// ```
    ///
    /// I_x(a, b) = xᵃ(1 − x)ᵇ/(a·B(a, b)·h); fast for x < (a + 1)/(a + b + 2). For an
    /// integer b the fraction ends (d₂ᵦ = 0) and the loop stops there.
    static func continuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var value = 1.0
        var c = 1.0
        var d = 0.0
        var m = 0.0
        let limit = 10 * (a + b).squareRoot() + 10_000
        while m < limit {
            // The odd step d₂ₘ₊₁, then the even step d₂ₘ₊₂.
            for even in [false, true] {
                let coefficient: Double
                if even {
                    let k = m + 1
                    coefficient = k * (b - k) * x / ((a + 2 * k - 1) * (a + 2 * k))
                } else {
                    coefficient = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
                }
                d = 1 + coefficient * d
                if abs(d) < tiny { d = tiny }
                c = 1 + coefficient / c
                if abs(c) < tiny { c = tiny }
                d = 1 / d
                let delta = c * d
                value *= delta
                if abs(delta - 1) <= 1e-16 && even { return value }
            }
            m += 1
        }
        return value
    }

    /// The same continued fraction in double-double arithmetic, for a variable given
    /// to 32 digits; stops when a step changes the value by less than 1e−20.
    static func extendedContinuedFraction(_ a: Double, _ b: Double, _ x: DoubleDouble) -> Double {
        let one = DoubleDouble(1)
        let tiny = 1e-300
        let shape = DoubleDouble(a)
        let shapeSum = DoubleDouble.twoSum(a, b)
        var value = one
        var c = one
        var d = DoubleDouble(0)
        var m = 0.0
        let limit = 10 * (a + b).squareRoot() + 10_000
        while m < limit {
            for even in [false, true] {
                let coefficient: DoubleDouble
                if even {
                    let k = m + 1
                    let numerator = DoubleDouble(k) * DoubleDouble.twoSum(b, -k) * x
                    coefficient = numerator / ((shape + DoubleDouble(2 * k - 1)) * (shape + DoubleDouble(2 * k)))
                } else {
                    let numerator = (shape + DoubleDouble(m)) * (shapeSum + DoubleDouble(m)) * x
                    coefficient = -(numerator / ((shape + DoubleDouble(2 * m)) * (shape + DoubleDouble(2 * m + 1))))
                }
                d = one + coefficient * d
                if abs(d.hi) < tiny { d = DoubleDouble(tiny) }
                c = one + coefficient / c
                if abs(c.hi) < tiny { c = DoubleDouble(tiny) }
                d = one / d
                let delta = c * d
                value = value * delta
                if abs((delta - one).hi) <= 1e-20 && even { return value.value }
            }
            m += 1
        }
        return value.value
    }

    /// ln x for x + y = 1 with the smaller of the two exact: ln x, or log1p(−y).
    static func logarithm(_ x: Double, complement y: Double) -> Double {
        x <= y ? Double.log(x) : Double.log(onePlus: -y)
    }

    /// xᵃyᵇ/B(a, b) for x + y = 1, the smaller exact.
    ///
    /// - Both shapes ≥ 10: Stirling's form √(ab/(2π(a + b)))·exp(a·φ(δ/x₀) + b·φ(−δ/y₀) +
    ///   μ(a + b) − μ(a) − μ(b)), with (a + b)δ = (a + b)x − a formed by a fused
    ///   multiply-add from the exact variable (and the rounding of a + b).
    /// - One shape s < 10 ≤ l: exp(s·ln(xₛ(l + s)) − ln Γ(s) + l·ln xₗ + ln[Γ(l + s)/Γ(l)] −
    ///   s·ln(l + s)), whose terms are of the size of s near the peak.
    /// - Both below 10: exp(a ln x + b ln y − ln B(a, b)).
    static func powerPrefactor(_ a: Double, _ b: Double, _ x: Double, _ y: Double) -> Double {
        if x == 0 || y == 0 { return 0 }
        let small = min(a, b)
        let large = max(a, b)
        if small >= 10 {
            let sum = a + b
            // a + b = sum + sumError exactly (Knuth's two-sum).
            let bRounded = sum - a
            let sumError = (a - (sum - bRounded)) + (b - bRounded)
            let deviation =
                x <= y
                ? (-a).addingProduct(sum, x) + sumError * x
                : -((-b).addingProduct(sum, y) + sumError * y)
            // φ(t) = ln(1 + t) − t at t = δ/x₀ and −δ/y₀; below t = −½, 1 + t is formed as
            // x(a + b)/a (or y(a + b)/b), where x (or y) is then the exact variable.
            let t = deviation / a
            let u = -deviation / b
            let phiX = t < -0.5 ? Double.log(x * sum / a) - t : GammaFunction.logOnePlusMinus(t)
            let phiY = u < -0.5 ? Double.log(y * sum / b) - u : GammaFunction.logOnePlusMinus(u)
            let exponent =
                a * phiX + b * phiY + GammaFunction.stirlingCorrection(sum) - GammaFunction.stirlingCorrection(a)
                - GammaFunction.stirlingCorrection(b)
            return (a / (2 * Double.pi)).squareRoot() * (b / sum).squareRoot() * Double.exp(exponent)
        }
        if large >= 10 {
            let (smallVariable, largeVariable) = a <= b ? (x, y) : (y, x)
            let scaled = smallVariable * (large + small)
            let logScaled =
                smallVariable <= largeVariable && scaled.isNormal
                ? Double.log(scaled)
                : logarithm(smallVariable, complement: largeVariable) + Double.log(large + small)
            let exponent =
                small * logScaled - Double.logGamma(small)
                + large * logarithm(largeVariable, complement: smallVariable)
                + (large - 0.5) * Double.log(onePlus: small / large) - small
                + GammaFunction.stirlingCorrection(large + small) - GammaFunction.stirlingCorrection(large)
            return Double.exp(exponent)
        }
        return Double.exp(a * logarithm(x, complement: y) + b * logarithm(y, complement: x) - logBeta(a, b))
    }
}
