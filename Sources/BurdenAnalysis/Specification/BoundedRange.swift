import ArgumentParser
import BurdenStats

/// An uncertain number an option takes: one value (`0.5`) or a range of them,
/// `low-high` (`0.3-0.7`), every number within the range its meaning allows
/// (``NumberMeaning``) — an assumption given with its uncertainty.
///
/// Each number is a decimal (``DecimalText``); the two are joined by `-` (or `–`).
/// Text that is neither, a number outside the range, or a low end above the high end
/// is its ``problem``.
public struct BoundedRange<Meaning: NumberMeaning>: CheckedArgument, Hashable {
    public let text: String
    /// The values; `nil` when the text is not one value or a range.
    public let range: ParameterRange?
    private let error: String?

    public init?(argument: String) {
        text = argument
        let parts = Self.split(argument)
        guard let low = parts.flatMap({ DecimalText.number($0.low) }), let high = parts.flatMap({ DecimalText.number($0.high) }) else {
            (range, error) = (nil, "'\(argument)' is not a number or a range low-high: it takes \(Meaning.range), or two of them as low-high")
            return
        }
        if !Meaning.range.contains(low) || !Meaning.range.contains(high) {
            (range, error) = (nil, "must be \(Meaning.range), or two of them as low-high (got \(argument))")
        } else if low > high {
            (range, error) = (nil, "runs from low to high: \(NumberRange.plain(low)) is above \(NumberRange.plain(high)) (got \(argument))")
        } else {
            (range, error) = (ParameterRange(low, high), nil)
        }
    }

    /// One value, given in code.
    public init(_ value: Double) { self.init(value, value) }

    /// A range, given in code; written `low-high` (one value when they are equal).
    public init(_ low: Double, _ high: Double) {
        let text = low == high ? NumberRange.plain(low) : "\(NumberRange.plain(low))-\(NumberRange.plain(high))"
        self.init(argument: text)!
    }

    public var problem: String? { error }

    /// The values, for a value that has no ``problem``.
    ///
    /// - Precondition: the value was validated (``problem`` is `nil`).
    public var values: ParameterRange {
        guard let range else { preconditionFailure("an unchecked range: \(text)") }
        return range
    }

    public static var valueKind: ArgumentKind { .numberRange(Meaning.range) }

    /// The text as one value, or as the two ends of a range: split at the first `-` or
    /// `–` that is neither the text's first character nor an exponent's sign.
    static func split(_ text: String) -> (low: String, high: String)? {
        let characters = Array(text)
        for index in characters.indices.dropFirst() where characters[index] == "-" || characters[index] == "–" {
            if "eE".contains(characters[index - 1]) { continue }
            return (String(characters[..<index]), String(characters[(index + 1)...]))
        }
        return (text, text)
    }
}

extension ArgumentHelp {
    /// The help of an option of an uncertain number, ending with the range it
    /// accepts: `The share of the wounded who return to duty (a number from 0 to 1, or
    /// a range low-high of them).`
    public static func range<Meaning: NumberMeaning>(_ text: String, _ type: BoundedRange<Meaning>.Type, valueName: String)
        -> ArgumentHelp
    {
        ArgumentHelp("\(text) (\(Meaning.range), or a range low-high of them).", valueName: valueName)
    }
}
