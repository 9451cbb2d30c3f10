/// The share of a group's members expected to have at least one affected relative,
/// over ranges of what is not known exactly: the relatives' distribution between a
/// lower and an upper one, and P, the probability that one relative is affected,
/// between a lower and an upper value (METHODS.md §14).
///
/// The share grows with every value of the distribution and with P
/// (``RelativesDistribution``), so its least value over the ranges is at the lower
/// ends of both and its greatest at the upper ends:
///
/// ```
/// low = 1 − E_low[(1 − P_low)^R],   high = 1 − E_high[(1 − P_high)^R]
/// ```
///
/// and every choice inside the ranges gives a share between them. With a number for
/// each (no ranges) low = high.
public struct ExpectedShare: Sendable, Hashable, Codable {
    /// The least expected share over the ranges.
    public let low: Double
    /// The greatest expected share over the ranges.
    public let high: Double

    /// The expected share over ranges.
    ///
    /// - Parameters:
    ///   - relatives: the relatives' distribution at the lower and at the upper end of
    ///     its range (the same one twice when it is known); each value of `upper`
    ///     must be at least the matching value of `lower`.
    ///   - share: P's range, within [0, 1].
    /// - Complexity: O(number of values of the distribution).
    public init(relatives: (lower: RelativesDistribution, upper: RelativesDistribution), share: ClosedRange<Double>) {
        low = relatives.lower.expectedShare(at: share.lowerBound)
        high = relatives.upper.expectedShare(at: share.upperBound)
    }

    /// The expected share at one distribution and one P.
    public init(relatives: RelativesDistribution, share: Double) {
        self.init(relatives: (relatives, relatives), share: share...share)
    }

    /// Whether the share is known without a range.
    public var isPoint: Bool { low == high }

    /// Whether `share` lies in [low, high].
    public func contains(_ share: Double) -> Bool { low <= share && share <= high }
}
