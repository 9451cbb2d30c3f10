import ArgumentParser

/// A number an option takes, with the range it must lie in (``NumberRange``).
///
/// Conforming types are small wrappers named by what the number means
/// (``ConfidenceLevel``, ``RateBase``…). An option of such a type reads only decimal
/// numbers (see ``DecimalText``); a value outside ``range`` is refused when the
/// options are validated — on the command line with exit status 2, over HTTP with
/// 400 — with a message that names the option and the range.
public protocol BoundedNumber: ExpressibleByArgument, ArgumentSchema, Sendable, Hashable, Codable,
    CustomStringConvertible, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral
{
    /// The numbers accepted.
    static var range: NumberRange { get }
    /// The number.
    var value: Double { get }
    /// Wraps a number without checking it (options check it in `validate()`).
    init(unchecked value: Double)
}

extension BoundedNumber {
    public init?(argument: String) {
        guard let value = DecimalText.number(argument) else { return nil }
        self.init(unchecked: value)
    }

    public init(floatLiteral value: Double) { self.init(unchecked: value) }

    public init(integerLiteral value: Int) { self.init(unchecked: Double(value)) }

    /// The number as users type it (`0.95`, `100000`).
    public var description: String { NumberRange.plain(value) }

    public static var valueKind: ArgumentKind { .number(range) }

    public init(from decoder: any Decoder) throws {
        self.init(unchecked: try decoder.singleValueContainer().decode(Double.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// Whether the number lies in the range.
    public var isInRange: Bool { Self.range.contains(value) }
}

extension ArgumentHelp {
    /// The help of a numeric option, ending with the range it accepts: `Confidence
    /// level (a number between 0 and 1).`
    public static func number<Number: BoundedNumber>(_ text: String, _ type: Number.Type, valueName: String) -> ArgumentHelp {
        ArgumentHelp("\(text) (\(Number.range)).", valueName: valueName)
    }
}
