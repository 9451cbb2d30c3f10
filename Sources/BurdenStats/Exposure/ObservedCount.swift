/// A count observed in a group, known exactly or only as an upper bound — "fewer
/// than 1 % of 1,329" is at most 13 (METHODS.md §14).
public struct ObservedCount: Sendable, Hashable, Codable {
    /// How the count is known.
    public enum Bound: String, Sendable, Hashable, Codable, CaseIterable {
        /// The count is exact.
        case exact
        /// The true count is at most ``ObservedCount/count``.
        case atMost = "at_most"
    }

    /// The count, or its upper bound.
    public let count: Int
    /// Whether it is exact or an upper bound.
    public let bound: Bound

    /// Creates an observed count.
    ///
    /// - Parameters:
    ///   - count: the count (≥ 0), or the largest it can be.
    ///   - bound: exact by default.
    public init(_ count: Int, bound: Bound = .exact) {
        self.count = count
        self.bound = bound
    }

    /// Whether the count is an upper bound.
    public var isUpperBound: Bool { bound == .atMost }
}
