/// The number of people a rate is given per (100,000 by default): from 1 to 10⁹.
///
/// The upper bound keeps every rate and its label within exact whole numbers.
public struct RateBase: BoundedNumber {
    public static let range = NumberRange.closed(1, 1e9)
    public let value: Double
    public init(unchecked value: Double) { self.value = value }
}
