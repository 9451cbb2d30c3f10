/// Observed against expected: the standardised ratio O/E of a count in a group
/// against the count the group would show at the reference rates, with exact
/// Poisson inference (indirect standardisation, METHODS.md §14).
///
/// The observed count O is Poisson with mean μ; the expected count E (Σ people ×
/// reference rate, over age bands) is taken as known, as the reference rates come
/// from a population far larger than the group. Then, at tail α/2:
///
/// ```
/// SR = O / E
/// exact (Garwood 1936):  [χ²_{α/2}(2O)/2, χ²_{1−α/2}(2O + 2)/2] / E,  lower 0 when O = 0
/// mid-p:                 the μ of MidPInterval.poisson(O) / E
/// p-values:              ExactTest.poisson(O, E) — R's poisson.test(O, T = E)
/// ```
///
/// When O is only known as an upper bound (``ObservedCount/Bound/atMost``), every
/// count up to O is possible: SR ≤ O/E, the interval runs from 0 to the upper limit
/// at O (which grows with the count, so it bounds them all), and the p-values are
/// those of fewer than expected, P(X ≤ O) and its mid-p P(X < O) + ½P(X = O), which
/// grow with the count too — so they are upper bounds as well.
///
/// Breslow, N. E., Day, N. E. (1987). Statistical Methods in Cancer Research, vol. II,
/// ch. 2. IARC. Garwood, F. (1936). Biometrika 28(3/4):437–442.
public struct StandardisedRatio: Sendable, Hashable, Codable {
    /// The observed count O.
    public let observed: ObservedCount
    /// The expected count E.
    public let expected: Double
    /// The confidence level of the intervals.
    public let confidence: Double
    /// O/E; an upper bound when O is.
    public let ratio: Double
    /// Garwood's exact interval of the ratio.
    public let exact: ConfidenceInterval
    /// The mid-p interval of the ratio.
    public let midP: ConfidenceInterval
    /// The p-values of O against E: two-sided for an exact count, fewer than expected
    /// (upper bounds) for an upper bound.
    public let pValues: ExactTest.PValues

    /// The ratio of an observed to an expected count.
    ///
    /// - Parameters:
    ///   - observed: O, exact or an upper bound, ≥ 0.
    ///   - expected: E > 0, finite.
    ///   - confidence: the two-sided level of the intervals, in (0, 1).
    /// - Returns: NaN ratio, limits and p-values when an argument is outside its range.
    /// - Complexity: O(1) quantiles and about 40 Brent steps.
    public init(observed: ObservedCount, expected: Double, confidence: Double = 0.95) {
        self.observed = observed
        self.expected = expected
        self.confidence = confidence
        let count = observed.count
        guard count >= 0, expected > 0, expected.isFinite, confidence > 0, confidence < 1 else {
            ratio = .nan
            exact = ConfidenceInterval(lower: .nan, upper: .nan)
            midP = exact
            pValues = .undefined
            return
        }
        ratio = Double(count) / expected
        let garwood = ProportionInterval.garwood(count: Double(count), exposure: expected, tail: (1 - confidence) / 2)
        let mean = MidPInterval.poisson(count: count, confidence: confidence)
        let mid = ConfidenceInterval(lower: mean.lower / expected, upper: mean.upper / expected)
        if observed.isUpperBound {
            exact = ConfidenceInterval(lower: 0, upper: garwood.upper)
            midP = ConfidenceInterval(lower: 0, upper: mid.upper)
            pValues = ExactTest.poisson(count: count, mean: expected, alternative: .less)
        } else {
            exact = garwood
            midP = mid
            pValues = ExactTest.poisson(count: count, mean: expected)
        }
    }
}
