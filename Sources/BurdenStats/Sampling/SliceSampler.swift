import RealModule

/// One update of a univariate slice sampler with stepping out and shrinkage (Neal 2003,
/// §4): a draw that leaves the density f invariant, without tuning.
///
/// Neal, R. M. (2003). Slice sampling. Annals of Statistics 31(3):705–767.
enum SliceSampler {
    /// The next state from `x`.
    ///
    /// - Parameters:
    ///   - x: the current state, where ln f is finite.
    ///   - width: the initial width of the slice interval.
    ///   - maxSteps: the most steps of `width` the interval grows by.
    ///   - logDensity: ln f up to a constant (−∞ outside the support).
    static func step(
        from x: Double, width: Double, maxSteps: Int = 32, using generator: inout some RandomNumberGenerator,
        logDensity: (Double) -> Double
    ) -> Double {
        let level = logDensity(x) + Double.log(RandomDraws.unit(using: &generator))
        var left = x - width * RandomDraws.unit(using: &generator)
        var right = left + width
        var leftSteps = Int(Double(maxSteps) * RandomDraws.unit(using: &generator))
        var rightSteps = maxSteps - 1 - leftSteps
        while leftSteps > 0, logDensity(left) > level {
            left -= width
            leftSteps -= 1
        }
        while rightSteps > 0, logDensity(right) > level {
            right += width
            rightSteps -= 1
        }
        while true {
            let candidate = left + (right - left) * RandomDraws.unit(using: &generator)
            if logDensity(candidate) > level { return candidate }
            if candidate < x { left = candidate } else { right = candidate }
        }
    }
}
