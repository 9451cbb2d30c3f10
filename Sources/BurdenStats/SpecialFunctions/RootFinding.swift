import RealModule

/// Bracketed root finders for the inverses of distribution functions and for
/// interval limits defined by an equation.
enum RootFinding {
    /// The x in (lower, upper) where an increasing function g crosses zero, by
    /// Newton's method in ln x, safeguarded by bisection in ln x.
    ///
    /// Each step moves x to x·exp(−g/(x·g′)); a step that leaves the bracket (which
    /// shrinks with every evaluation) is replaced by the geometric midpoint, or by a
    /// factor of 1024 towards an open end. The iteration stops after a step below
    /// 1e−12 in ln x (quadratic convergence makes the next error far smaller) or when
    /// the bracket holds no double strictly inside.
    ///
    /// - Parameters:
    ///   - start: the first guess; replaced by a midpoint when outside the bracket.
    ///   - lower: 0 or a point where g ≤ 0.
    ///   - upper: +∞ or a point where g ≥ 0.
    ///   - evaluate: g(x) and its slope in ln x, x·g′(x).
    /// - Returns: the root, or NaN when g is NaN.
    static func newtonInLogarithm(
        start: Double, lower: Double, upper: Double, _ evaluate: (Double) -> (value: Double, slope: Double)
    ) -> Double {
        var low = lower
        var high = upper
        var x = start > low && start < high ? start : logarithmicMidpoint(low, high)
        for _ in 0..<300 {
            let (value, slope) = evaluate(x)
            if value == 0 { return x }
            if value < 0 {
                low = x
            } else if value > 0 {
                high = x
            } else {
                return .nan
            }
            let step = -value / slope
            var next = x * Double.exp(step)
            if step.isFinite, next > low, next < high {
                if abs(step) < 1e-12 { return next }
            } else {
                next = logarithmicMidpoint(low, high)
                // No double left inside: a root below the least subnormal underflows to 0.
                guard next > low, next < high else { return low == 0 && value > 0 ? 0 : x }
            }
            x = next
        }
        return x
    }

    /// The midpoint of (low, high) in ln x, or a step of 1024 from the finite end.
    private static func logarithmicMidpoint(_ low: Double, _ high: Double) -> Double {
        switch (low == 0, high == .infinity) {
        case (true, true): return 1
        case (true, false): return high * 0x1p-10 > 0 ? high * 0x1p-10 : high / 2
        case (false, true): return min(low * 1024, .greatestFiniteMagnitude)
        case (false, false):
            let middle = low.squareRoot() * high.squareRoot()
            return middle > low && middle < high ? middle : low + (high - low) / 2
        }
    }

    /// A zero of f between `lower` and `upper`, where f changes sign, by Brent's
    /// method: inverse quadratic interpolation or secant steps when they stay well
    /// inside the bracket, bisection otherwise; never worse than bisection.
    ///
    /// Brent, R. P. (1973). Algorithms for Minimization without Derivatives, ch. 4.
    /// Prentice-Hall.
    ///
    /// - Parameters:
    ///   - lower, upper: the ends of a bracket, f(lower)·f(upper) ≤ 0.
    ///   - absoluteTolerance: added to 2ε|x| to form the tolerance on x.
    /// - Returns: x within the tolerance of a sign change of f.
    static func brent(
        lower: Double, upper: Double, absoluteTolerance: Double, _ f: (Double) -> Double
    ) -> Double {
        var a = lower
        var b = upper
        var fa = f(a)
        var fb = f(b)
        if fa == 0 { return a }
        if fb == 0 { return b }
        var c = a
        var fc = fa
        var d = b - a
        var e = d
        for _ in 0..<500 {
            if (fb > 0) == (fc > 0) {
                c = a
                fc = fa
                d = b - a
                e = d
            }
            if abs(fc) < abs(fb) {
                a = b
                b = c
                c = a
                fa = fb
                fb = fc
                fc = fa
            }
            let tolerance = 2 * Double.ulpOfOne * abs(b) + absoluteTolerance
            let half = (c - b) / 2
            if abs(half) <= tolerance || fb == 0 { return b }
            if abs(e) < tolerance || abs(fa) <= abs(fb) {
                d = half
                e = half
            } else {
                let s = fb / fa
                var p: Double
                var q: Double
                if a == c {
                    p = 2 * half * s
                    q = 1 - s
                } else {
                    let qa = fa / fc
                    let r = fb / fc
                    p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                let previous = e
                e = d
                if 2 * p < 3 * half * q - abs(tolerance * q) && p < abs(previous * q / 2) {
                    d = p / q
                } else {
                    d = half
                    e = half
                }
            }
            a = b
            fa = fb
            b += abs(d) > tolerance ? d : (half > 0 ? tolerance : -tolerance)
            fb = f(b)
        }
        return b
    }
}
