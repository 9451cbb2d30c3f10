extension RootFinding {
    /// The minimum of f on [lower, upper] by Brent's method: golden-section steps,
    /// replaced by parabolic interpolation through the three best points when it falls
    /// well inside the interval.
    ///
    /// Brent, R. P. (1973). Algorithms for Minimization without Derivatives, ch. 5.
    /// Prentice-Hall.
    ///
    /// - Parameters:
    ///   - lower, upper: the interval, which should hold one local minimum.
    ///   - tolerance: the absolute tolerance on x (plus √ε|x|).
    /// - Returns: x within the tolerance of a local minimum of f.
    /// - Complexity: at most 200 evaluations of f.
    static func brentMinimum(lower: Double, upper: Double, tolerance: Double, _ f: (Double) -> Double) -> Double {
        let golden = 0.381_966_011_250_105_1
        var a = lower
        var b = upper
        var x = a + golden * (b - a)
        var w = x
        var v = x
        var fx = f(x)
        var fw = fx
        var fv = fx
        var d = 0.0
        var e = 0.0
        for _ in 0..<200 {
            let middle = (a + b) / 2
            let tol1 = Double.ulpOfOne.squareRoot() * abs(x) + tolerance / 3
            let tol2 = 2 * tol1
            if abs(x - middle) <= tol2 - (b - a) / 2 { return x }
            var parabolic = false
            if abs(e) > tol1 {
                let r = (x - w) * (fx - fv)
                var q = (x - v) * (fx - fw)
                var p = (x - v) * q - (x - w) * r
                q = 2 * (q - r)
                if q > 0 { p = -p } else { q = -q }
                if abs(p) < abs(q * e / 2), p > q * (a - x), p < q * (b - x) {
                    e = d
                    d = p / q
                    let u = x + d
                    if u - a < tol2 || b - u < tol2 { d = x < middle ? tol1 : -tol1 }
                    parabolic = true
                }
            }
            if !parabolic {
                e = (x < middle ? b : a) - x
                d = golden * e
            }
            let u = abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1)
            let fu = f(u)
            if fu <= fx {
                if u < x { b = x } else { a = x }
                (v, fv, w, fw, x, fx) = (w, fw, x, fx, u, fu)
            } else {
                if u < x { a = u } else { b = u }
                if fu <= fw || w == x {
                    (v, fv, w, fw) = (w, fw, u, fu)
                } else if fu <= fv || v == x || v == w {
                    (v, fv) = (u, fu)
                }
            }
        }
        return x
    }
}
