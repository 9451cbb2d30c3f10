import RealModule

/// Differences of log-gamma, digamma and trigamma at θ + y and θ, as the negative-binomial
/// likelihood needs them, computed without the cancellation of subtracting two large values.
///
/// For a whole count y ≤ 100 the differences are finite sums (Γ(θ + y)/Γ(θ) = Π_{k<y}(θ + k)):
/// ψ(θ + y) − ψ(θ) = Σ_{k<y} 1/(θ + k), ψ′(θ + y) − ψ′(θ) = −Σ_{k<y} 1/(θ + k)². Otherwise
/// both arguments are shifted past 10 by the recurrences ψ(x) = ψ(x + 1) − 1/x and
/// ψ′(x) = ψ′(x + 1) + 1/x², and the asymptotic series are used there (Abramowitz &
/// Stegun 1964, 6.1.40, 6.3.18 and 6.4.12), the leading logarithms of each difference
/// combined into one log(1 + ·).
///
/// Abramowitz, M., Stegun, I. A. (1964). Handbook of Mathematical Functions. NBS.
enum GammaDifferences {
    /// The largest whole count summed term by term.
    private static let directLimit = 100.0

    /// Whether y is a whole number small enough for the finite sums.
    private static func isSmallWhole(_ y: Double) -> Bool {
        y <= directLimit && y == y.rounded(.towardZero)
    }

    /// lnΓ(θ + y) − lnΓ(θ) − y·ln θ, i.e. Σ_{k<y} ln(1 + k/θ) for whole y.
    static func logGammaRatio(_ y: Double, _ theta: Double) -> Double {
        if y == 0 { return 0 }
        if isSmallWhole(y) {
            var sum = 0.0
            var k = 1.0
            while k < y {
                sum += Double.log(onePlus: k / theta)
                k += 1
            }
            return sum
        }
        if theta >= 10 {
            // Stirling: lnΓ(x) = (x − ½)ln x − x + ½ln 2π + σ(x), so with u = y/θ the difference is
            // (θ + y − ½)·ln(1 + u) − y + σ(θ + y) − σ(θ) = θ·h(u) − ½ln(1 + u) + σ(θ + y) − σ(θ),
            // h(u) = (1 + u)ln(1 + u) − u: free of the ~θ·ln θ terms that cancel in
            // lnΓ(θ + y) − lnΓ(θ) when θ is large.
            let u = y / theta
            return theta * onePlusTimesLogOnePlusMinus(u) - 0.5 * Double.log(onePlus: u) + stirlingTail(theta + y)
                - stirlingTail(theta)
        }
        return Double.logGamma(theta + y) - Double.logGamma(theta) - y * Double.log(theta)
    }

    /// h(u) = (1 + u)·ln(1 + u) − u for u ≥ 0, by its series Σ_{k≥2} (−u)ᵏ/(k(k − 1)) below 0.1.
    private static func onePlusTimesLogOnePlusMinus(_ u: Double) -> Double {
        guard u < 0.1 else { return (1 + u) * Double.log(onePlus: u) - u }
        var sum = 0.0
        var power = -u
        var k = 2.0
        while true {
            power *= -u
            let term = power / (k * (k - 1))
            sum += term
            if abs(term) <= 1e-17 * abs(sum) { return sum }
            k += 1
        }
    }

    /// σ(x) = lnΓ(x) − [(x − ½)ln x − x + ½ln 2π] for x ≥ 10: Σ B₂ₖ/(2k(2k − 1)x²ᵏ⁻¹).
    private static func stirlingTail(_ x: Double) -> Double {
        let z = 1 / (x * x)
        let series = 1.0 / 12 - z * (1.0 / 360 - z * (1.0 / 1260 - z * (1.0 / 1680 - z * (1.0 / 1188 - z * (691.0 / 360360)))))
        return series / x
    }

    /// ψ(θ + y) − ψ(θ).
    static func digamma(_ y: Double, _ theta: Double) -> Double {
        if y == 0 { return 0 }
        if isSmallWhole(y) {
            var sum = 0.0
            var k = 0.0
            while k < y {
                sum += 1 / (theta + k)
                k += 1
            }
            return sum
        }
        var a = theta
        var b = theta + y
        var correction = 0.0
        var shiftA = 0.0
        var shiftB = 0.0
        while a < 10 {
            correction += 1 / a
            a += 1
            shiftA += 1
        }
        while b < 10 {
            correction -= 1 / b
            b += 1
            shiftB += 1
        }
        // ψ(b) − ψ(a) = ln(b/a) + tail(b) − tail(a), with ln(b/a) = ln(1 + (y + shiftB − shiftA)/a).
        let logRatio = Double.log(onePlus: (y + shiftB - shiftA) / a)
        return logRatio + digammaTail(b) - digammaTail(a) + correction
    }

    /// ψ′(θ + y) − ψ′(θ).
    static func trigamma(_ y: Double, _ theta: Double) -> Double {
        if y == 0 { return 0 }
        if isSmallWhole(y) {
            var sum = 0.0
            var k = 0.0
            while k < y {
                let term = 1 / (theta + k)
                sum -= term * term
                k += 1
            }
            return sum
        }
        guard theta >= 10 else { return trigammaValue(theta + y) - trigammaValue(theta) }
        // Both arguments are past 10: difference the series term by term, each
        // b⁻ᵏ − a⁻ᵏ = −(y/b)·(1 + r + … + rᵏ⁻¹)/aᵏ with r = a/b, so nothing cancels.
        let a = theta
        let b = theta + y
        let r = a / b
        let lead = -(y / b)
        var result = 0.0
        var geometric = 0.0
        var rPower = 1.0
        var aPower = 1.0
        for coefficient in trigammaCoefficients {
            geometric += rPower
            rPower *= r
            aPower *= a
            if coefficient != 0 { result += coefficient * lead * geometric / aPower }
        }
        return result
    }

    /// The coefficients cₖ of ψ′(x) ~ Σ cₖ x⁻ᵏ, k = 1…13: 1, ½, then the Bernoulli numbers B₂ⱼ at k = 2j + 1.
    private static let trigammaCoefficients: [Double] = [
        1, 0.5, 1.0 / 6, 0, -1.0 / 30, 0, 1.0 / 42, 0, -1.0 / 30, 0, 5.0 / 66, 0, -691.0 / 2730,
    ]

    /// ψ(x) − ln x for x ≥ 10: −1/(2x) − Σ B₂ₖ/(2k·x²ᵏ).
    private static func digammaTail(_ x: Double) -> Double {
        let z = 1 / (x * x)
        let series = z * (1.0 / 12 - z * (1.0 / 120 - z * (1.0 / 252 - z * (1.0 / 240 - z * (1.0 / 132 - z * (691.0 / 32760))))))
        return -0.5 / x - series
    }

    /// ψ′(x), shifted past 10 and then 1/x + 1/(2x²) + Σ B₂ₖ/x²ᵏ⁺¹.
    private static func trigammaValue(_ x: Double) -> Double {
        var x = x
        var sum = 0.0
        while x < 10 {
            sum += 1 / (x * x)
            x += 1
        }
        let z = 1 / (x * x)
        let series = z * (1.0 / 6 - z * (1.0 / 30 - z * (1.0 / 42 - z * (1.0 / 30 - z * (5.0 / 66 - z * (691.0 / 2730))))))
        return sum + 1 / x + 0.5 * z + series / x
    }
}
