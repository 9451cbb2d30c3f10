import RealModule

/// The standard normal distribution N(0, 1).
///
/// - ``cdf(_:)`` and ``survival(_:)`` use the complementary error function, so
///   both tails keep full relative precision (Φ(−37.5) ≈ 4.6e−308). The argument
///   x/√2 is rounded, which alone would cost about x² ulps in the far tails; the
///   rounding residual is carried into a first-order correction, so the tails agree
///   with the exact value to about 1e−15 (scipy's `norm.cdf` does not correct this).
/// - ``quantile(_:)`` is Wichura's algorithm AS 241 (PPND16, Applied Statistics
///   37:477–484, 1988), accurate to about 1 part in 10¹⁶, the algorithm R's
///   `qnorm` uses.
public enum Normal {
    /// Φ(x) = P(Z ≤ x) = ½·erfc(−x/√2).
    public static func cdf(_ x: Double) -> Double {
        survival(-x)
    }

    /// 1 − Φ(x) = P(Z > x) = ½·erfc(x/√2), without cancellation in the upper tail.
    public static func survival(_ x: Double) -> Double {
        guard x.isFinite else { return x.isNaN ? .nan : (x > 0 ? 0 : 1) }
        // y = x/√2 rounded; r = x/√2 − y from 1/√2 = high + low and a fused multiply-add.
        let y = x * inverseRootTwoHigh
        let r = (-y).addingProduct(x, inverseRootTwoHigh) + x * inverseRootTwoLow
        // erfc(y + r) ≈ erfc(y) − r · 2/√π · e^(−y²)
        let correction = r * 1.1283791670955126 * Double.exp(-y * y)
        return 0.5 * (Double.erfc(y) - correction)
    }

    /// The density φ(x) = e^(−x²/2)/√(2π), with the rounding of x² corrected.
    public static func density(_ x: Double) -> Double {
        let square = x * x
        let residual = (-square).addingProduct(x, x)
        return Double.exp(-0.5 * square) * (1 - 0.5 * residual) * 0.3989422804014327
    }

    /// 1/√2 as a double and the remainder the double leaves out (from mpmath).
    private static let inverseRootTwoHigh = 0.7071067811865476
    private static let inverseRootTwoLow = -4.833646656726457e-17

    /// Φ⁻¹(p): the x with Φ(x) = p.
    ///
    /// - Returns: −∞ for p = 0, +∞ for p = 1, NaN for p outside [0, 1] or NaN.
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            return q * polynomial(r, central.numerator) / polynomial(r, central.denominator)
        }
        var r = q < 0 ? p : 1 - p
        r = (-Double.log(r)).squareRoot()
        let value: Double
        if r <= 5 {
            r -= 1.6
            value = polynomial(r, intermediate.numerator) / polynomial(r, intermediate.denominator)
        } else {
            r -= 5
            value = polynomial(r, tail.numerator) / polynomial(r, tail.denominator)
        }
        return q < 0 ? -value : value
    }

    /// The quantile of the upper tail: Φ⁻¹(1 − p), without losing digits for tiny p.
    public static func upperQuantile(_ p: Double) -> Double {
        -quantile(p)
    }

    /// Evaluates c₀ + c₁x + c₂x² + … by Horner's rule (coefficients lowest first).
    private static func polynomial(_ x: Double, _ coefficients: [Double]) -> Double {
        var result = 0.0
        for c in coefficients.reversed() { result = result * x + c }
        return result
    }

    // AS 241 coefficients, lowest power first.
    private static let central = (
        numerator: [
            3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
            45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
        ],
        denominator: [
            1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
            21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852545925,
        ]
    )
    private static let intermediate = (
        numerator: [
            1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
            1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833,
            7.7454501427834140764e-4,
        ],
        denominator: [
            1.0, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
            0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
            1.05075007164441684324e-9,
        ]
    )
    private static let tail = (
        numerator: [
            6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
            0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5,
            2.01033439929228813265e-7,
        ],
        denominator: [
            1.0, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
            7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
            2.04426310338993978564e-15,
        ]
    )
}
