import RealModule

/// The relative risk of two groups and its confidence interval (METHODS.md §6).
///
/// Group A has a events among n_A, group B has b among n_B (a 2×2 table); the
/// relative risk is RR = (a/n_A)/(b/n_B).
///
/// - ``Method/score`` (default): Koopman's (1984) asymptotic score interval, the
///   default of R's `DescTools::RelRisk`: the φ with
///
///   ```
///   (a/n_A − φ·b/n_B)² / (p̃_A(1 − p̃_A)/n_A + φ²·p̃_B(1 − p̃_B)/n_B) ≤ z²
///   ```
///
///   where p̃_A = φ·p̃_B and p̃_B are the maximum-likelihood estimates under RR = φ.
///   Setting the derivative of the restricted log-likelihood to zero gives the
///   quadratic φN·p² − (φ(n_A + b) + a + n_B)·p + (a + b) = 0 (N = n_A + n_B), whose
///   smaller root is p̃_B; it is evaluated as 2C/(B + √D) with the discriminant in the
///   cancellation-free form D = (φ(n_A + b) − (a + n_B))² + 4φ(n_A − a)(n_B − b).
///   Each limit is the root of the signed statistic
///   S(φ) = (a/n_A − φ·b/n_B)/√V(φ) = ±z, found by Brent's method in ln φ inside a
///   bracket grown outwards from ln RR (S decreases from +∞ at φ → 0 through 0 at
///   φ = RR). The limits are exact to about 1e−15 relative; DescTools solves the same
///   equation through a closed-form cubic, which loses up to about 1e−3 relative in
///   some tables, where the two differ this one is right.
/// - ``Method/logWald``: Katz's interval RR·exp(±z·√(1/a − 1/n_A + 1/b − 1/n_B)).
///
/// Degenerate tables: with a = 0 the ratio is 0 and the score interval is [0, U]; with
/// b = 0 the ratio is +∞ and the score interval is [L, +∞]; with a = b = 0 the ratio
/// is NaN and the score interval is [0, +∞] (every φ fits). a = n_A or b = n_B need no
/// special case (with both, the limits are n_A/(n_A + z²) and (n_B + z²)/n_B). The
/// log-Wald interval is undefined (NaN limits) when a or b is 0.
///
/// Koopman, P. A. R. (1984). Confidence intervals for the ratio of two binomial
/// proportions. Biometrics 40(2):513–517. Katz, D., Baptista, J., Azen, S. P.,
/// Pike, M. C. (1978). Obtaining confidence intervals for the risk ratio in cohort
/// studies. Biometrics 34(3):469–474.
public enum RelativeRisk {
    /// The interval methods, by the names the command line uses.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        /// Koopman's (1984) asymptotic score interval, `DescTools::RelRisk`'s default.
        case score
        /// Katz's log-Wald interval.
        case logWald = "log-wald"
    }

    /// A relative risk with its confidence interval.
    public struct Estimate: Sendable, Hashable, Codable {
        /// RR = (a/n_A)/(b/n_B).
        public let ratio: Double
        /// The confidence interval of RR.
        public let interval: ConfidenceInterval

        /// Creates an estimate.
        public init(ratio: Double, interval: ConfidenceInterval) {
            self.ratio = ratio
            self.interval = interval
        }
    }

    /// The relative risk of group A against group B with its confidence interval.
    ///
    /// - Parameters:
    ///   - eventsA: a, the events in group A, 0 ≤ a ≤ n_A.
    ///   - totalA: n_A > 0.
    ///   - eventsB: b, the events in group B, 0 ≤ b ≤ n_B.
    ///   - totalB: n_B > 0.
    ///   - method: the interval, ``Method/score`` by default.
    ///   - confidence: the two-sided level, 0.95 by default.
    /// - Returns: NaN ratio and limits for counts outside those ranges, non-finite
    ///   input or a confidence outside (0, 1).
    public static func estimate(
        eventsA: Double, totalA: Double, eventsB: Double, totalB: Double,
        method: Method = .score, confidence: Double = 0.95
    ) -> Estimate {
        let a = eventsA
        let nA = totalA
        let b = eventsB
        let nB = totalB
        guard nA > 0, nB > 0, nA.isFinite, nB.isFinite, a >= 0, a <= nA, b >= 0, b <= nB,
            confidence > 0, confidence < 1
        else {
            return Estimate(ratio: .nan, interval: ConfidenceInterval(lower: .nan, upper: .nan))
        }
        let ratio = (a / nA) / (b / nB)
        let z = Normal.upperQuantile((1 - confidence) / 2)
        switch method {
        case .score:
            return Estimate(ratio: ratio, interval: scoreInterval(a: a, nA: nA, b: b, nB: nB, z: z, ratio: ratio))
        case .logWald:
            guard a > 0, b > 0 else {
                return Estimate(ratio: ratio, interval: ConfidenceInterval(lower: .nan, upper: .nan))
            }
            let standardError = (1 / a - 1 / nA + 1 / b - 1 / nB).squareRoot()
            let spread = Double.exp(z * standardError)
            return Estimate(ratio: ratio, interval: ConfidenceInterval(lower: ratio / spread, upper: ratio * spread))
        }
    }

    /// Koopman's interval: the roots of S(φ) = z (lower) and S(φ) = −z (upper).
    private static func scoreInterval(a: Double, nA: Double, b: Double, nB: Double, z: Double, ratio: Double) -> ConfidenceInterval {
        if a == 0 && b == 0 { return ConfidenceInterval(lower: 0, upper: .infinity) }
        let statistic = { (logPhi: Double) in score(a: a, nA: nA, b: b, nB: nB, phi: Double.exp(logPhi)) }
        // Where the searches start: ln RR (S = 0 there), or a rule-of-three ratio when
        // RR is 0 or ∞ (only the one finite limit is then searched for).
        let centre: Double
        if a > 0 && b > 0 {
            centre = Double.log(ratio)
        } else if a == 0 {
            centre = Double.log((3 / nA) / (b / nB))
        } else {
            centre = Double.log((a / nA) / (3 / nB))
        }
        let lower = a == 0 ? 0 : Double.exp(limit(statistic, from: centre, target: z))
        let upper = b == 0 ? .infinity : Double.exp(limit(statistic, from: centre, target: -z))
        return ConfidenceInterval(lower: lower, upper: upper)
    }

    /// The ln φ where S(φ) = target: from `start`, a bracket grown by doubling steps
    /// towards the root (S decreases in φ), then Brent's method.
    private static func limit(_ statistic: @escaping (Double) -> Double, from start: Double, target: Double) -> Double {
        let f = { (u: Double) in statistic(u) - target }
        var low = start
        var high = start
        var step = 0.25
        if f(start) > 0 {
            repeat {
                low = high
                high += step
                step *= 2
            } while f(high) > 0 && high < 710
        } else {
            repeat {
                high = low
                low -= step
                step *= 2
            } while !(f(low) > 0) && low > -746
        }
        return RootFinding.brent(lower: low, upper: high, absoluteTolerance: 1e-16, f)
    }

    /// S(φ) = (a/n_A − φ·b/n_B)/√V(φ), V(φ) = p̃_A(1 − p̃_A)/n_A + φ²·p̃_B(1 − p̃_B)/n_B.
    static func score(a: Double, nA: Double, b: Double, nB: Double, phi: Double) -> Double {
        let difference = a / nA - phi * (b / nB)
        let linear = phi * (nA + b) + a + nB
        let spread = phi * (nA + b) - (a + nB)
        let discriminant = spread * spread + 4 * phi * (nA - a) * (nB - b)
        let probabilityB = 2 * (a + b) / (linear + discriminant.squareRoot())
        let probabilityA = min(1, phi * probabilityB)
        let variance =
            probabilityA * (1 - probabilityA) / nA + phi * phi * probabilityB * (1 - probabilityB) / nB
        if variance == 0 { return difference == 0 ? 0 : (difference > 0 ? .infinity : -.infinity) }
        return difference / variance.squareRoot()
    }
}
