/// The numbers an option accepts: an interval, open or closed at each end, of any
/// numbers or of whole numbers only.
///
/// Every numeric option of every analysis has one, so that no value from outside can
/// reach a computation it would break (a rate per 10¹⁹ people, a confidence of 1):
/// the command line answers a value outside it with exit status 2, the API with 400,
/// and the OpenAPI document states it as `minimum`/`maximum`.
public struct NumberRange: Sendable, Hashable, CustomStringConvertible {
    /// The lower end.
    public let lower: Double
    /// Whether the lower end itself is accepted.
    public let includesLower: Bool
    /// The upper end.
    public let upper: Double
    /// Whether the upper end itself is accepted.
    public let includesUpper: Bool
    /// Whether only whole numbers are accepted.
    public let wholeNumbers: Bool

    /// A range with both ends given.
    public init(lower: Double, includesLower: Bool, upper: Double, includesUpper: Bool, wholeNumbers: Bool = false) {
        precondition(lower < upper || (lower == upper && includesLower && includesUpper), "an empty range")
        self.lower = lower
        self.includesLower = includesLower
        self.upper = upper
        self.includesUpper = includesUpper
        self.wholeNumbers = wholeNumbers
    }

    /// The numbers strictly between `lower` and `upper`.
    public static func open(_ lower: Double, _ upper: Double) -> NumberRange {
        NumberRange(lower: lower, includesLower: false, upper: upper, includesUpper: false)
    }

    /// The numbers from `lower` to `upper`, both included.
    public static func closed(_ lower: Double, _ upper: Double) -> NumberRange {
        NumberRange(lower: lower, includesLower: true, upper: upper, includesUpper: true)
    }

    /// The numbers above `lower` (not included) up to `upper` (included).
    public static func above(_ lower: Double, upTo upper: Double) -> NumberRange {
        NumberRange(lower: lower, includesLower: false, upper: upper, includesUpper: true)
    }

    /// The whole numbers from `lower` to `upper`, both included.
    public static func whole(_ lower: Int, _ upper: Int) -> NumberRange {
        NumberRange(lower: Double(lower), includesLower: true, upper: Double(upper), includesUpper: true, wholeNumbers: true)
    }

    /// The whole numbers of a closed range.
    public static func whole(_ range: ClosedRange<Int>) -> NumberRange { whole(range.lowerBound, range.upperBound) }

    /// Whether `value` lies in the range (never for NaN or an infinity).
    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if wholeNumbers, value != value.rounded() { return false }
        let aboveLower = includesLower ? value >= lower : value > lower
        let belowUpper = includesUpper ? value <= upper : value < upper
        return aboveLower && belowUpper
    }

    /// The range in words: `between 0 and 1`, `above 0, up to 1000000000`,
    /// `a whole number from 1 to 100000000`.
    public var description: String {
        let (low, high) = (Self.plain(lower), Self.plain(upper))
        let kind = wholeNumbers ? "a whole number" : "a number"
        switch (includesLower, includesUpper) {
        case (true, true): return "\(kind) from \(low) to \(high)"
        case (false, false): return "\(kind) between \(low) and \(high)"
        case (false, true): return "\(kind) above \(low), up to \(high)"
        case (true, false): return "\(kind) from \(low), below \(high)"
        }
    }

    /// A number as users type it: `100000`, `0.5`, `1e+20`.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
