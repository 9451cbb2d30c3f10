/// Profile-likelihood intervals: the values b of a parameter whose profile
/// log-likelihood ℓ_P(b) = max ℓ subject to the parameter = b stays within
/// ½χ²₁(1 − α) of the maximum ℓ̂ (Venzon & Moolgavkar 1988).
///
/// Unlike a Wald interval the limits follow the likelihood's shape and respect the
/// parameter space: an estimate on its lower limit (a rate of 0) has that limit as its
/// lower confidence limit. Each limit is a root of 2(ℓ̂ − ℓ_P(b)) − χ²₁(1 − α), bracketed
/// by steps that double from the estimate and found by Brent's method.
///
/// Venzon, D. J., Moolgavkar, S. H. (1988). A method for computing profile-likelihood-based
/// confidence intervals. Applied Statistics 37(1):87–94.
public enum ProfileLikelihood {
    /// The interval of a parameter.
    ///
    /// - Parameters:
    ///   - estimate: the maximum-likelihood estimate.
    ///   - maximum: ℓ̂.
    ///   - lowerLimit: the smallest value the parameter can take (0 for a rate).
    ///   - step: the first step away from the estimate (about one standard error).
    ///   - confidence: the level, in (0, 1).
    ///   - profile: ℓ_P(b), −∞ where no fit exists.
    /// - Returns: the interval; its upper limit is +∞ when the profile stays within the
    ///   cut-off for 60 doublings of the step.
    /// - Complexity: about 20–60 evaluations of the profile per limit.
    public static func interval(
        estimate: Double, maximum: Double, lowerLimit: Double, step: Double, confidence: Double,
        profile: (Double) -> Double
    ) -> ConfidenceInterval {
        let cut = ChiSquared(degreesOfFreedom: 1).quantile(confidence)
        func excess(_ b: Double) -> Double {
            let value = 2 * (maximum - profile(b)) - cut
            return value.isNaN ? 1e10 : min(value, 1e10)
        }
        let width = step > 0 && step.isFinite ? step : max(abs(estimate), 1) * 0.1
        var lower = lowerLimit
        if estimate > lowerLimit, excess(lowerLimit) > 0 {
            var inside = estimate
            var offset = width
            var outside = max(lowerLimit, estimate - offset)
            while outside > lowerLimit, excess(outside) <= 0 {
                inside = outside
                offset *= 2
                outside = max(lowerLimit, estimate - offset)
            }
            lower = RootFinding.brent(lower: outside, upper: inside, absoluteTolerance: 1e-12 * max(abs(estimate), width), excess)
        }
        var inside = estimate
        var offset = width
        var upper = Double.infinity
        for _ in 0..<60 {
            let outside = estimate + offset
            if excess(outside) > 0 {
                upper = RootFinding.brent(lower: inside, upper: outside, absoluteTolerance: 1e-12 * max(abs(estimate), width), excess)
                break
            }
            inside = outside
            offset *= 2
        }
        return ConfidenceInterval(lower: lower, upper: upper)
    }
}
