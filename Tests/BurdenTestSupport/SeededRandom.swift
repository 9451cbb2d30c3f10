import Foundation

/// A small seeded generator for tests: SplitMix64 (Steele, Lea & Flood 2014), with the
/// samplers the model tests need. Deterministic across platforms.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    /// A generator whose stream is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on (0, 1), never 0.
    public mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992
    }

    /// Uniform on (a, b).
    public mutating func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * uniform() }

    /// Standard normal, by Box–Muller (one of the pair).
    public mutating func normal() -> Double {
        let u = uniform()
        let v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// Gamma with shape k and scale 1, by Marsaglia & Tsang (2000); k < 1 boosted by U^{1/k}.
    public mutating func gamma(shape k: Double) -> Double {
        if k < 1 { return gamma(shape: k + 1) * pow(uniform(), 1 / k) }
        let d = k - 1.0 / 3
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = uniform()
            if log(u) < 0.5 * x * x + d - d * v + d * log(v) { return d * v }
        }
    }

    /// Poisson with mean λ, by counting exponential gaps (exact; O(λ), for moderate λ).
    public mutating func poisson(_ lambda: Double) -> Double {
        var count = 0.0
        var total = -log(uniform())
        while total < lambda {
            count += 1
            total -= log(uniform())
        }
        return count
    }
}
