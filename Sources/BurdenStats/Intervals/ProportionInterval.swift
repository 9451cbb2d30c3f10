/// Confidence intervals for a proportion or rate d/N (METHODS.md §1).
public enum ProportionInterval {
    /// The interval methods, by the names the command line uses.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        /// Wilson score interval with Yates' continuity correction: what R's `prop.test(d, N)` prints.
        case wilsonCC = "wilson-cc"
        /// Wilson score interval without correction (`prop.test(..., correct = FALSE)`).
        case wilson
        /// Wald interval p̂ ± z·√(p̂(1 − p̂)/N), clipped to [0, 1].
        case wald
    }

    /// The interval for `successes` out of `trials` by `method`.
    ///
    /// - Parameters:
    ///   - successes: the count d, 0 ≤ d ≤ N.
    ///   - trials: the count N > 0.
    ///   - confidence: the two-sided level, 0.95 by default.
    /// - Returns: the interval of the proportion (not per 100,000); NaN limits when
    ///   N ≤ 0 or d is outside [0, N].
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
        }
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
