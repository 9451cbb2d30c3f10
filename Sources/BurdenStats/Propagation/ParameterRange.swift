/// The values an uncertain input may take: from `low` to `high`, both included; a
/// single value when they are equal. Its point value is the middle of the range.
public struct ParameterRange: Sendable, Hashable {
    /// The lowest value.
    public let low: Double
    /// The highest value.
    public let high: Double

    /// A range from `low` to `high`.
    ///
    /// - Precondition: both finite, `low ≤ high`.
    public init(_ low: Double, _ high: Double) {
        precondition(low.isFinite && high.isFinite && low <= high, "a range runs from a finite low to a finite high")
        self.low = low
        self.high = high
    }

    /// A single value.
    public init(_ value: Double) { self.init(value, value) }

    /// The middle: (low + high) / 2.
    public var point: Double { low == high ? low : (low + high) / 2 }

    /// Whether it is a single value.
    public var isFixed: Bool { low == high }
}
