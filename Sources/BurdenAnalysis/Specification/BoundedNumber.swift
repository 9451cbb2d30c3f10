import ArgumentParser

/// What a number means, and so the range it must lie in: the parameter of
/// ``Bounded`` (``ConfidenceLevel``, ``RateBase``…).
public protocol NumberMeaning: Sendable {
    /// The numbers accepted.
    static var range: NumberRange { get }
}

/// A number an option takes, with the range its meaning allows (``NumberRange``).
///
/// It reads only decimal numbers (see ``DecimalText``); anything else, or a number
/// outside the range, is its ``problem``. Written as a literal in code it is checked
/// the same way.
public struct Bounded<Meaning: NumberMeaning>: CheckedArgument, Hashable, Codable, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
{
    /// The number; NaN when the text is not one.
    public let value: Double
    public let text: String

    public init?(argument: String) {
        text = argument
        value = DecimalText.number(argument) ?? .nan
    }

    /// A number given in code.
    public init(_ value: Double) {
        self.value = value
        text = NumberRange.plain(value)
    }

    public init(floatLiteral value: Double) { self.init(value) }
    public init(integerLiteral value: Int) { self.init(Double(value)) }

    public var problem: String? {
        if value.isNaN { return "'\(text)' is not a number: it takes \(Meaning.range)" }
        guard Meaning.range.contains(value) else { return "must be \(Meaning.range) (got \(text))" }
        return nil
    }

    public static var valueKind: ArgumentKind { .number(Meaning.range) }

    /// The number as a whole number, for ranges of whole numbers; 0 when it is not one
    /// (validation refuses such a value before it is used).
    public var whole: Int { Int(exactly: value) ?? 0 }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Double.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// The confidence level of an interval: a number between 0 and 1 (0.95 for a 95% interval).
public enum ConfidenceMeaning: NumberMeaning {
    public static let range = NumberRange.open(0, 1)
}

/// The confidence level of an interval, between 0 and 1.
public typealias ConfidenceLevel = Bounded<ConfidenceMeaning>

/// The number of people a rate is given per (100,000 by default): from 1 to 10⁹, so
/// that every rate and its label stay within exact whole numbers.
public enum RateBaseMeaning: NumberMeaning {
    public static let range = NumberRange.closed(1, 1e9)
}

/// The number of people a rate is given per, from 1 to 10⁹.
public typealias RateBase = Bounded<RateBaseMeaning>

/// The seed of a seeded generator: a whole number from 0 to 2⁵³ (every one exact as a Double).
public enum SeedMeaning: NumberMeaning {
    public static let range = NumberRange.whole(0, 1 << 53)
}

/// The seed of a simulation or a sampler: the same seed gives the same draws.
public typealias Seed = Bounded<SeedMeaning>

extension ArgumentHelp {
    /// The help of a numeric option, ending with the range it accepts: `Confidence
    /// level (a number between 0 and 1).`
    public static func number<Meaning: NumberMeaning>(_ text: String, _ type: Bounded<Meaning>.Type, valueName: String)
        -> ArgumentHelp
    {
        ArgumentHelp("\(text) (\(Meaning.range)).", valueName: valueName)
    }
}
