import BurdenStats

/// Observed and expected male deaths and their difference, the excess, with its ±
/// (METHODS.md §9): for one age group in one year, or a sum of such estimates.
public struct ExcessEstimate: Sendable, Hashable, Codable {
    /// Male deaths observed.
    public let observed: Int
    /// Female deaths observed (the base the expected male deaths are scaled from).
    public let female: Int
    /// Male deaths expected from the baseline trend of the sex ratio.
    public let expected: Double
    /// The ± of the excess: one prediction standard deviation (0 with a one-year baseline).
    public let pm: Double

    /// Creates an estimate.
    public init(observed: Int, female: Int, expected: Double, pm: Double) {
        self.observed = observed
        self.female = female
        self.expected = expected
        self.pm = pm
    }

    /// The excess: observed − expected.
    public var excess: Double { Double(observed) - expected }

    /// excess / ±; `nil` when ± is 0 (a one-year baseline, or a line through every point).
    public var z: Double? { pm > 0 ? excess / pm : nil }

    /// The normal interval of the excess at a confidence level: excess ± z·pm, with
    /// z = Φ⁻¹(1 − (1 − confidence)/2) (1.96 for 95%).
    public func interval(confidence: Double) -> (low: Double, high: Double) {
        Self.interval(excess, plusMinus: pm, confidence: confidence)
    }

    /// The normal interval value ± z·plusMinus at a confidence level — the one
    /// definition of the excess's interval, also for sums made elsewhere (a
    /// cumulative series).
    public static func interval(_ value: Double, plusMinus: Double, confidence: Double) -> (low: Double, high: Double) {
        let z = Normal.quantile(1 - (1 - confidence) / 2)
        return (value - z * plusMinus, value + z * plusMinus)
    }

    /// The sum of independent estimates: counts and expectations add, ± add in
    /// quadrature, √(Σ ±²) — how age groups (fitted separately) and regions combine.
    public static func sum(_ parts: some Sequence<ExcessEstimate>) -> ExcessEstimate {
        var observed = 0
        var female = 0
        var expected = 0.0
        var variance = 0.0
        for part in parts {
            observed += part.observed
            female += part.female
            expected += part.expected
            variance += part.pm * part.pm
        }
        return ExcessEstimate(observed: observed, female: female, expected: expected, pm: variance.squareRoot())
    }
}
