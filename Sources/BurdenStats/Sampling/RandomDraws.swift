import RealModule

/// Random draws from the generator a caller supplies, for the samplers of BurdenStats.
///
/// Only the generator's `next()` is used — never the standard library's
/// `random(in:using:)`, whose algorithm may change between Swift versions — so the same
/// generator state gives the same draws with every toolchain (the elementary functions
/// `log`, `exp`, `sqrt` come from the platform's C library; a platform whose `log`
/// rounds differently may give other draws).
public enum RandomDraws {
    /// A uniform number in (0, 1): 53 random bits, offset by half a step so that 0 and 1
    /// never occur.
    @inlinable
    public static func unit(using generator: inout some RandomNumberGenerator) -> Double {
        (Double(generator.next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// A standard normal draw by Marsaglia's polar method (Marsaglia & Bray 1964); the
    /// second value of each pair is discarded so that a draw depends only on the
    /// generator's state.
    public static func normal(using generator: inout some RandomNumberGenerator) -> Double {
        while true {
            let u = 2 * unit(using: &generator) - 1
            let v = 2 * unit(using: &generator) - 1
            let s = u * u + v * v
            if s < 1, s > 0 { return u * (-2 * Double.log(s) / s).squareRoot() }
        }
    }

    /// A Gamma(shape, 1) draw by Marsaglia & Tsang (2000); shapes below 1 by the boost
    /// Gamma(a) = Gamma(a + 1)·U^{1/a}.
    ///
    /// Marsaglia, G., Tsang, W. W. (2000). A simple method for generating gamma
    /// variables. ACM Transactions on Mathematical Software 26(3):363–372.
    ///
    /// - Precondition: shape > 0.
    public static func gamma(shape: Double, using generator: inout some RandomNumberGenerator) -> Double {
        precondition(shape > 0, "a gamma shape must be positive")
        if shape < 1 {
            let boost = Double.exp(Double.log(unit(using: &generator)) / shape)
            return gamma(shape: shape + 1, using: &generator) * boost
        }
        let d = shape - 1.0 / 3
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = normal(using: &generator)
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = unit(using: &generator)
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if Double.log(u) < 0.5 * x * x + d * (1 - v + Double.log(v)) { return d * v }
        }
    }

    /// An index drawn with probability proportional to non-negative weights with a
    /// positive sum, by a scan of the cumulative sums.
    ///
    /// - Complexity: O(weights.count).
    public static func index(weights: UnsafeBufferPointer<Double>, total: Double, using generator: inout some RandomNumberGenerator)
        -> Int
    {
        let target = unit(using: &generator) * total
        var cumulative = 0.0
        for (index, weight) in weights.enumerated() {
            cumulative += weight
            if target < cumulative { return index }
        }
        return weights.lastIndex { $0 > 0 } ?? 0
    }
}
