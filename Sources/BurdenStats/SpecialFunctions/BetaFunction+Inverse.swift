import RealModule

extension BetaFunction {
    /// The (x, 1 − x) with I_x(a, b) = p and 1 − I_x(a, b) = q, where p + q = 1 and the
    /// smaller of the two is exact; both coordinates are accurate to their own size.
    ///
    /// The side of ½ is decided by I_{1/2}(a, b), compared in the tail that holds the
    /// digits (p ≤ I_{1/2} when p ≤ q, else q ≥ 1 − I_{1/2}: a q of 1e−300 is 1 − p = 1
    /// in double precision, and so may be I_{1/2}). A root below ½ is found in x, a root
    /// above in y = 1 − x with the shapes exchanged (I_y(b, a) = q), so the solver
    /// always works on (0, ½], where the variable is exact.
    static func inverse(_ a: Double, _ b: Double, lower p: Double, upper q: Double) -> (x: Double, y: Double) {
        guard a > 0, b > 0, a.isFinite, b.isFinite, p >= 0, q >= 0 else { return (.nan, .nan) }
        if p == 0 { return (0, 1) }
        if q == 0 { return (1, 0) }
        let half = regularizedPair(a, b, 0.5, 0.5)
        if p <= q ? p <= half.lower : q >= half.upper {
            let x = lowerHalfRoot(a, b, p, q)
            return (x, 1 - x)
        }
        let y = lowerHalfRoot(b, a, q, p)
        return (1 - y, y)
    }

    /// The x in (0, ½] with I_x(a, b) = p (and 1 − I = q), given that I_{1/2}(a, b) ≥ p.
    ///
    /// Newton's method in ln x on log1p((I − p)/p), or on −log1p((J − q)/q) with
    /// J = 1 − I when p > q; the slope of I in ln x is xᵃ(1 − x)ᵇ⁻¹/B(a, b).
    private static func lowerHalfRoot(_ a: Double, _ b: Double, _ p: Double, _ q: Double) -> Double {
        let useLower = p <= q
        let start = min(initialGuess(a, b, p, q), 0.49)
        return RootFinding.newtonInLogarithm(start: start, lower: 0, upper: 0.5) { x in
            let y = 1 - x
            let pair = regularizedPair(a, b, x, y)
            let slope = pair.prefactor / y
            if useLower {
                return (Double.log(onePlus: (pair.lower - p) / p), slope / pair.lower)
            }
            return (-Double.log(onePlus: (pair.upper - q) / q), slope / pair.upper)
        }
    }

    /// A first guess at the root of I_x(a, b) = p.
    ///
    /// For a, b ≥ 1 the normal approximation of A&S 26.5.22: with s the upper normal
    /// deviate of p, λ = (s² − 3)/6, h = 2/(1/(2a − 1) + 1/(2b − 1)),
    /// w = s√(h + λ)/h − (1/(2b − 1) − 1/(2a − 1))(λ + 5/6 − 2/(3h)), x = a/(a + b·e^(2w)).
    /// Otherwise the two tails' power laws, I ≈ xᵃ/(a·w) below and 1 − I ≈ (1 − x)ᵇ/(b·w)
    /// above, with w = xₘᵃ/a + yₘᵇ/b at the mean xₘ = a/(a + b), yₘ = 1 − xₘ.
    private static func initialGuess(_ a: Double, _ b: Double, _ p: Double, _ q: Double) -> Double {
        if a >= 1 && b >= 1 {
            let s = p <= q ? -Normal.quantile(p) : Normal.quantile(q)
            let lambda = (s * s - 3) / 6
            let h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1))
            let w = s * (h + lambda).squareRoot() / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5.0 / 6 - 2 / (3 * h))
            return a / (a + b * Double.exp(2 * w))
        }
        let logMeanX = Double.log(a / (a + b))
        let logMeanY = Double.log(b / (a + b))
        let t = Double.exp(a * logMeanX) / a
        let u = Double.exp(b * logMeanY) / b
        let w = t + u
        if p < t / w {
            return Double.exp((Double.log(a * w) + Double.log(p)) / a)
        }
        return -Double.expMinusOne((Double.log(b * w) + Double.log(q)) / b)
    }
}
