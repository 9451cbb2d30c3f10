import RealModule

/// Draws from the distributions the nowcast's predictive simulation needs, from any
/// `RandomNumberGenerator` (a seeded one gives the same draws on every run).
///
/// - Uniform on (0, 1): 53 random bits, offset by half a unit so that neither 0 nor 1 occurs.
/// - Normal: the inverse of Φ at a uniform (Wichura's AS 241, ``Normal/quantile(_:)``).
/// - Gamma(a, 1), returned as its logarithm so that shapes far below 1 do not underflow:
///   Marsaglia & Tsang (2000) for a ≥ 1; for a < 1, G(a) = G(a + 1)·U^{1/a}, i.e.
///   ln G(a) = ln G(a + 1) + ln U / a.
/// - Poisson(μ): inversion by sequential search for μ < 10; Hörmann's PTRS transformed
///   rejection (1993) above.
/// - Binomial(n, p): inversion for n·min(p, 1 − p) < 10; Hörmann's BTRS (1993) above.
///
/// References: Marsaglia, G., Tsang, W. W. (2000). A simple method for generating gamma
/// variables. ACM TOMS 26(3):363–372. Hörmann, W. (1993). The transformed rejection
/// method for generating Poisson random variables. Insurance: Mathematics and Economics
/// 12:39–45. Hörmann, W. (1993). The generation of binomial random variates. Journal of
/// Statistical Computation and Simulation 46:101–110.
public enum RandomVariates {
    /// A uniform number in the open interval (0, 1).
    @inline(__always)
    public static func uniform(using generator: inout some RandomNumberGenerator) -> Double {
        (Double(generator.next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// A standard normal number.
    public static func normal(using generator: inout some RandomNumberGenerator) -> Double {
        Normal.quantile(uniform(using: &generator))
    }

    /// The logarithm of a Gamma(shape, 1) number; −∞ for a shape of 0.
    ///
    /// - Precondition: `shape ≥ 0`.
    public static func logGamma(shape: Double, using generator: inout some RandomNumberGenerator) -> Double {
        precondition(shape >= 0, "a gamma shape must not be negative")
        if shape == 0 { return -.infinity }
        if shape < 1 {
            return logGamma(shape: shape + 1, using: &generator) + Double.log(uniform(using: &generator)) / shape
        }
        let d = shape - 1.0 / 3
        let c = 1 / (9 * d).squareRoot()
        while true {
            let x = normal(using: &generator)
            let t = 1 + c * x
            guard t > 0 else { continue }
            let v = t * t * t
            let u = uniform(using: &generator)
            if Double.log(u) < 0.5 * x * x + d - d * v + d * Double.log(v) {
                return Double.log(d) + Double.log(v)
            }
        }
    }

    /// A Gamma(shape, 1) number.
    public static func gamma(shape: Double, using generator: inout some RandomNumberGenerator) -> Double {
        Double.exp(logGamma(shape: shape, using: &generator))
    }

    /// A Poisson number with mean `mean`.
    ///
    /// - Precondition: `0 ≤ mean ≤ 10¹⁵`.
    public static func poisson(mean: Double, using generator: inout some RandomNumberGenerator) -> Int {
        precondition(mean >= 0 && mean <= 1e15, "a Poisson mean must lie in [0, 1e15]")
        if mean == 0 { return 0 }
        if mean < 10 {
            var k = 0
            var probability = Double.exp(-mean)
            var cumulative = probability
            let u = uniform(using: &generator)
            while u > cumulative && k < 1000 {
                k += 1
                probability *= mean / Double(k)
                cumulative += probability
            }
            return k
        }
        let root = mean.squareRoot()
        let logMean = Double.log(mean)
        let b = 0.931 + 2.53 * root
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = uniform(using: &generator) - 0.5
            let v = uniform(using: &generator)
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + mean + 0.43).rounded(.down)
            if us >= 0.07 && v <= vr { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if Double.log(v) + Double.log(inverseAlpha) - Double.log(a / (us * us) + b)
                <= -mean + k * logMean - GammaFunction.logGamma(k + 1)
            {
                return Int(k)
            }
        }
    }

    /// A binomial number of `trials` trials with success probability `probability`.
    ///
    /// - Precondition: `trials ≥ 0`, `0 ≤ probability ≤ 1`.
    public static func binomial(trials: Int, probability: Double, using generator: inout some RandomNumberGenerator) -> Int {
        precondition(trials >= 0 && probability >= 0 && probability <= 1, "binomial arguments out of range")
        if trials == 0 || probability == 0 { return 0 }
        if probability == 1 { return trials }
        let flipped = probability > 0.5
        let p = flipped ? 1 - probability : probability
        let q = 1 - p
        let n = Double(trials)
        var k: Int
        if n * p < 10 {
            // Inversion: P(0) = qⁿ, P(x + 1) = P(x)·(n − x)/(x + 1)·p/q.
            let ratio = p / q
            var probabilityOfK = Double.exp(n * Double.log(onePlus: -p))
            var u = uniform(using: &generator)
            k = 0
            while u > probabilityOfK && k < trials {
                u -= probabilityOfK
                probabilityOfK *= Double(trials - k) / Double(k + 1) * ratio
                k += 1
            }
        } else {
            let spq = (n * p * q).squareRoot()
            let b = 1.15 + 2.53 * spq
            let a = -0.0873 + 0.0248 * b + 0.01 * p
            let c = n * p + 0.5
            let alpha = (2.83 + 5.1 / b) * spq
            let vr = 0.92 - 4.2 / b
            let m = ((n + 1) * p).rounded(.down)
            let logRatio = Double.log(p / q)
            let h = { (x: Double) in GammaFunction.logGamma(x + 1) }
            let hm = h(m) + h(n - m)
            while true {
                let u = uniform(using: &generator) - 0.5
                var v = uniform(using: &generator)
                let us = 0.5 - abs(u)
                let x = ((2 * a / us + b) * u + c).rounded(.down)
                if x < 0 || x > n { continue }
                if us >= 0.07 && v <= vr {
                    k = Int(x)
                    break
                }
                v = Double.log(v * alpha / (a / (us * us) + b))
                if v <= hm - h(x) - h(n - x) + (x - m) * logRatio {
                    k = Int(x)
                    break
                }
            }
        }
        return flipped ? trials - k : k
    }

    /// A multinomial draw of `trials` over cells with the given non-negative weights, by
    /// sequential binomials: cᵢ ~ Binomial(n − Σ_{j<i} cⱼ, wᵢ/Σ_{j≥i} wⱼ).
    ///
    /// - Precondition: the weights are non-negative with a positive sum (or `trials` is 0).
    /// - Complexity: O(cells) binomial draws.
    public static func multinomial(trials: Int, weights: [Double], using generator: inout some RandomNumberGenerator) -> [Int] {
        var counts = [Int](repeating: 0, count: weights.count)
        var remaining = trials
        var mass = weights.reduce(0, +)
        precondition(trials == 0 || mass > 0, "multinomial weights must have a positive sum")
        let last = weights.lastIndex { $0 > 0 } ?? (weights.count - 1)
        for (i, weight) in weights.enumerated() where remaining > 0 {
            let probability = mass > 0 ? min(1, max(0, weight / mass)) : 0
            let drawn = i == last ? remaining : binomial(trials: remaining, probability: probability, using: &generator)
            counts[i] = drawn
            remaining -= drawn
            mass -= weight
        }
        return counts
    }
}
