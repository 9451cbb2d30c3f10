/// The confidence level of an interval: a number between 0 and 1 (0.95 for a 95%
/// interval).
public struct ConfidenceLevel: BoundedNumber {
    public static let range = NumberRange.open(0, 1)
    public let value: Double
    public init(unchecked value: Double) { self.value = value }
}
