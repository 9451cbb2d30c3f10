import RealModule

/// Pearson's product-moment correlation r with its t test and Fisher-z interval, as R's
/// `cor.test(x, y)` and scipy's `pearsonr` report them.
///
/// - r = Σ(xᵢ − x̄)(yᵢ − ȳ) / √(Σ(xᵢ − x̄)²·Σ(yᵢ − ȳ)²), from centred sums (two passes);
/// - t = r·√((n − 2)/(1 − r²)) on n − 2 degrees of freedom, two-sided p = 2·P(T > |t|);
/// - interval tanh(atanh r ± z_{1−α/2}/√(n − 3)) (Fisher 1921).
///
/// |r| = 1 gives t = ±∞, p = 0 and the interval [r, r].
///
/// Missing values are the caller's to remove, pair by pair (pairwise deletion): the
/// inputs must be finite.
///
/// Fisher, R. A. (1921). On the "probable error" of a coefficient of correlation deduced
/// from a small sample. Metron 1:3–32.
public struct PearsonCorrelation: Sendable, Hashable, Codable {
    /// The correlation r.
    public let estimate: Double
    /// The t statistic.
    public let statistic: Double
    /// Its degrees of freedom, n − 2.
    public let df: Int
    /// The two-sided p-value.
    public let pValue: Double
    /// The lower limit of the Fisher-z interval.
    public let confLow: Double
    /// The upper limit of the Fisher-z interval.
    public let confHigh: Double
    /// The number of pairs n.
    public let nobs: Int
    /// The confidence level of the interval.
    public let confidence: Double

    /// The interval [confLow, confHigh].
    public var confidenceInterval: ConfidenceInterval { ConfidenceInterval(lower: confLow, upper: confHigh) }

    /// The correlation of the pairs (xᵢ, yᵢ).
    ///
    /// - Throws: ``StatsError/Code/invalidInput`` for misaligned or non-finite input or a
    ///   confidence level outside (0, 1); ``StatsError/Code/tooFewObservations`` for fewer
    ///   than 4 pairs (the interval needs n − 3 > 0); ``StatsError/Code/noVariation`` when
    ///   x or y is constant.
    /// - Complexity: O(n).
    public init(_ x: [Double], _ y: [Double], confidence: Double = 0.95) throws {
        let n = try validatePairs(x, y, minimum: 4, method: "Pearson correlation with a Fisher-z interval")
        guard confidence > 0, confidence < 1 else {
            throw StatsError(.invalidInput, "confidence level \(confidence) is not between 0 and 1")
        }
        let r = try correlationCoefficient(x, y)
        let df = n - 2
        self.estimate = r
        self.df = df
        self.nobs = n
        self.confidence = confidence
        if abs(r) == 1 {
            self.statistic = r > 0 ? .infinity : -.infinity
            self.pValue = 0
            self.confLow = r
            self.confHigh = r
        } else {
            let t = r * (Double(df) / ((1 - r) * (1 + r))).squareRoot()
            self.statistic = t
            self.pValue = 2 * StudentT(degreesOfFreedom: Double(df)).survival(abs(t))
            let z = Double.atanh(r)
            let half = Normal.upperQuantile((1 - confidence) / 2) / Double(n - 3).squareRoot()
            self.confLow = Double.tanh(z - half)
            self.confHigh = Double.tanh(z + half)
        }
    }
}
