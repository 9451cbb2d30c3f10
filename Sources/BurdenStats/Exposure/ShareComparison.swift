/// A share of members observed against the share expected: K of N members with at
/// least one affected relative against the expected share q (``ExpectedShare``), with
/// exact binomial inference (METHODS.md §14).
///
/// ```
/// observed share  p̂ = K/N, Clopper–Pearson [p_L, p_U] and mid-p [m_L, m_U]
/// ratio           q/p̂  (expected over observed: how many times more members than
///                 observed would have such a relative if they were like everyone else)
/// its interval    [q_low/p_U, q_high/p_L]   (mid-p: [q_low/m_U, q_high/m_L]);
///                 an upper limit of +∞ when p_L = 0
/// p-values        ExactTest.binomial(K, N, q) at q_low and q_high — R's binom.test
/// ```
///
/// The interval treats q as known within its range (it is a model of families, not a
/// sample) and carries the sampling uncertainty of K/N alone; over a range of q it
/// joins the interval at the low end to the interval at the high end.
///
/// When K is only known as an upper bound, every count up to K is possible: p̂ ≤ K/N,
/// its interval is [0, p_U(K)] (the upper limit grows with the count, so it bounds
/// them all), the ratio q/p̂ is a lower bound, its interval [q_low/p_U(K), +∞), and
/// the p-values are those of fewer than expected, P(X ≤ K) and its mid-p, upper
/// bounds for every count up to K.
public struct ShareComparison: Sendable, Hashable, Codable {
    /// The ratio and its intervals at one expected share.
    public struct Ratio: Sendable, Hashable, Codable {
        /// The expected share q.
        public let expected: Double
        /// q/p̂; +∞ when p̂ = 0 < q; a lower bound when the observed count is an upper bound.
        public let ratio: Double
        /// [q/p_U, q/p_L] from the Clopper–Pearson interval (+∞ above when p_L = 0).
        public let exact: ConfidenceInterval
        /// [q/m_U, q/m_L] from the mid-p interval.
        public let midP: ConfidenceInterval
        /// The p-values of K against N·q.
        public let pValues: ExactTest.PValues
    }

    /// N, the members.
    public let members: Int
    /// K, the members with at least one affected relative.
    public let observed: ObservedCount
    /// The confidence level of the intervals.
    public let confidence: Double
    /// K/N; an upper bound when K is.
    public let observedShare: Double
    /// Clopper–Pearson's interval of the observed share ([0, p_U] for an upper bound).
    public let exact: ConfidenceInterval
    /// The mid-p interval of the observed share ([0, m_U] for an upper bound).
    public let midP: ConfidenceInterval
    /// The expected share's range.
    public let expected: ExpectedShare
    /// The ratio at the low end of the expected share.
    public let low: Ratio
    /// The ratio at the high end of the expected share (the same as ``low`` without a range).
    public let high: Ratio

    /// The comparison of K of N with an expected share.
    ///
    /// - Parameters:
    ///   - members: N ≥ 1.
    ///   - observed: K, 0 ≤ K ≤ N, exact or an upper bound.
    ///   - expected: the expected share's range, within [0, 1].
    ///   - confidence: the two-sided level of the intervals, in (0, 1).
    /// - Returns: NaN values when an argument is outside its range.
    /// - Complexity: O(1) quantiles, two mid-p root searches and four exact tests.
    public init(members: Int, observed: ObservedCount, expected: ExpectedShare, confidence: Double = 0.95) {
        self.members = members
        self.observed = observed
        self.expected = expected
        self.confidence = confidence
        let k = observed.count
        let valid = members >= 1 && k >= 0 && k <= members && confidence > 0 && confidence < 1
        let share = valid ? Double(k) / Double(members) : .nan
        observedShare = share
        let clopperPearson = ProportionInterval.interval(
            successes: valid ? Double(k) : .nan, trials: Double(members), method: .clopperPearson, confidence: confidence)
        let mid = valid ? MidPInterval.binomial(successes: k, trials: members, confidence: confidence) : clopperPearson
        let bounded = observed.isUpperBound
        exact = bounded ? ConfidenceInterval(lower: 0, upper: clopperPearson.upper) : clopperPearson
        midP = bounded ? ConfidenceInterval(lower: 0, upper: mid.upper) : mid
        let alternative: ExactTest.Alternative = bounded ? .less : .twoSided
        let (exact, midP) = (self.exact, self.midP)
        func ratio(at q: Double) -> Ratio {
            Ratio(
                expected: q, ratio: Self.divide(q, share),
                exact: ConfidenceInterval(lower: Self.divide(q, exact.upper), upper: Self.divide(q, exact.lower)),
                midP: ConfidenceInterval(lower: Self.divide(q, midP.upper), upper: Self.divide(q, midP.lower)),
                pValues: valid ? ExactTest.binomial(successes: k, trials: members, probability: q, alternative: alternative) : .undefined)
        }
        low = ratio(at: expected.low)
        high = ratio(at: expected.high)
    }

    /// The interval of the ratio over the whole range of the expected share: from the
    /// low end's lower limit to the high end's upper limit.
    public var ratioInterval: ConfidenceInterval { ConfidenceInterval(lower: low.exact.lower, upper: high.exact.upper) }

    /// The mid-p interval of the ratio over the whole range of the expected share.
    public var ratioMidPInterval: ConfidenceInterval { ConfidenceInterval(lower: low.midP.lower, upper: high.midP.upper) }

    /// q/p with q/0 = +∞ for q > 0 (no upper limit) and 0/0 = NaN.
    private static func divide(_ q: Double, _ p: Double) -> Double {
        p == 0 ? (q > 0 ? .infinity : .nan) : q / p
    }
}
