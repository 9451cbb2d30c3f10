/// Confidence intervals for a proportion or rate d/N (METHODS.md §1 and §6).
///
/// Three asymptotic intervals (Wilson with and without continuity correction, Wald)
/// and two exact ones: Garwood's for a Poisson rate and Clopper–Pearson's for a
/// binomial proportion, computed from χ² and beta quantiles (``ChiSquared``,
/// ``BetaDistribution``).
///
/// References: Garwood, F. (1936). Fiducial limits for the Poisson distribution.
/// Biometrika 28(3/4):437–442. Clopper, C. J., Pearson, E. S. (1934). The use of
/// confidence or fiducial limits illustrated in the case of the binomial.
/// Biometrika 26(4):404–413.
public enum ProportionInterval {
    /// The interval methods, by the names the command line uses.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        /// Wilson score interval with Yates' continuity correction: what R's `prop.test(d, N)` prints.
        case wilsonCC = "wilson-cc"
        /// Wilson score interval without correction (`prop.test(..., correct = FALSE)`).
        case wilson
        /// Wald interval p̂ ± z·√(p̂(1 − p̂)/N), clipped to [0, 1].
        case wald
        /// Garwood's exact interval for a Poisson count d over exposure N:
        /// [χ²_{α/2}(2d)/2, χ²_{1−α/2}(2d + 2)/2]/N, lower limit 0 when d = 0 (what R's
        /// `poisson.test(d, N)` prints). A rate, so not clipped at 1.
        case exactPoisson = "exact-poisson"
        /// Clopper–Pearson's exact binomial interval: the beta quantiles
        /// B_{α/2}(d, N − d + 1) and B_{1−α/2}(d + 1, N − d), 0 when d = 0 and 1 when
        /// d = N (what R's `binom.test(d, N)` prints).
        case clopperPearson = "clopper-pearson"
    }

    /// The interval for `successes` out of `trials` by `method`.
    ///
    /// - Parameters:
    ///   - successes: the count d, 0 ≤ d ≤ N.
    ///   - trials: the count N > 0.
    ///   - confidence: the two-sided level, 0.95 by default.
    /// - Returns: the interval of the proportion (not per 100,000); NaN limits when
    ///   N ≤ 0, d is outside [0, N] or the confidence is outside (0, 1). The exact
    ///   methods accept a non-integer d (their quantiles are defined for any d ≥ 0).
    public static func interval(
        successes: Double, trials: Double, method: Method = .wilsonCC, confidence: Double = 0.95
    ) -> ConfidenceInterval {
        guard trials > 0, successes >= 0, successes <= trials, confidence > 0, confidence < 1 else {
            return ConfidenceInterval(lower: .nan, upper: .nan)
        }
        let z = Normal.quantile((1 + confidence) / 2)
        switch method {
        case .wilsonCC: return wilson(successes: successes, trials: trials, z: z, correction: 0.5)
        case .wilson: return wilson(successes: successes, trials: trials, z: z, correction: 0)
        case .wald:
            let p = successes / trials
            let half = z * (p * (1 - p) / trials).squareRoot()
            return ConfidenceInterval(lower: max(0, p - half), upper: min(1, p + half))
        case .exactPoisson:
            return garwood(count: successes, exposure: trials, tail: (1 - confidence) / 2)
        case .clopperPearson:
            return clopperPearson(successes: successes, trials: trials, tail: (1 - confidence) / 2)
        }
    }

    /// Garwood's limits [χ²_{α/2}(2d)/2, χ²_{1−α/2}(2d + 2)/2]/N with tail α/2; the
    /// upper quantile is taken in the upper tail, so small α keep full accuracy. Any
    /// count d ≥ 0 and exposure N > 0 (a mean for N = 1, a standardised ratio for N = E).
    static func garwood(count d: Double, exposure n: Double, tail: Double) -> ConfidenceInterval {
        let lower = d == 0 ? 0 : ChiSquared(degreesOfFreedom: 2 * d).quantile(tail) / 2
        let upper = ChiSquared(degreesOfFreedom: 2 * d + 2).upperQuantile(tail) / 2
        return ConfidenceInterval(lower: lower / n, upper: upper / n)
    }

    /// Clopper–Pearson's limits: the α/2 quantile of Beta(d, N − d + 1) and the upper
    /// α/2 quantile of Beta(d + 1, N − d).
    private static func clopperPearson(successes d: Double, trials n: Double, tail: Double) -> ConfidenceInterval {
        let lower = d == 0 ? 0 : BetaDistribution(alpha: d, beta: n - d + 1).quantile(tail)
        let upper = d == n ? 1 : BetaDistribution(alpha: d + 1, beta: n - d).upperQuantile(tail)
        return ConfidenceInterval(lower: lower, upper: upper)
    }

    /// Wilson's score interval with continuity correction `correction`, as R's
    /// `prop.test` computes it: the correction is capped at |d − N/2| (R's null p₀ = ½),
    /// and each limit is clamped at 0 or 1 when the corrected estimate passes it.
    private static func wilson(successes d: Double, trials n: Double, z: Double, correction: Double) -> ConfidenceInterval {
        let c = min(correction, abs(d - n / 2))
        let estimate = d / n
        let k = z * z / (2 * n)
        let upperCentre = estimate + c / n
        let upper =
            upperCentre >= 1
            ? 1
            : (upperCentre + k + z * (upperCentre * (1 - upperCentre) / n + k / (2 * n)).squareRoot()) / (1 + 2 * k)
        let lowerCentre = estimate - c / n
        let lower =
            lowerCentre <= 0
            ? 0
            : (lowerCentre + k - z * (lowerCentre * (1 - lowerCentre) / n + k / (2 * n)).squareRoot()) / (1 + 2 * k)
        return ConfidenceInterval(lower: lower, upper: upper)
    }
}
