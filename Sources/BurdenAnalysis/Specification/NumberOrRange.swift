import ArgumentParser
import BurdenData
import BurdenStats

/// A number an option takes, or a range of numbers `A-B` when the value is not known
/// exactly — `5` or `3-8`, `0.05` or `0.03-0.07` — each end within the range its
/// meaning allows (``NumberMeaning``), the lower end not above the upper.
///
/// The ends are read as ``DecimalText`` reads numbers (no `nan`, `inf`, hexadecimal);
/// the separator is the first `-` (or en dash `–`) that is not a sign or part of an
/// exponent (`1e-3-2e-3` is 0.001 to 0.002). A number is a range whose ends are equal.
public struct NumberOrRange<Meaning: NumberMeaning>: CheckedArgument, Hashable {
    public let text: String
    /// The lower end; NaN when the text is not a number or a range.
    public let lower: Double
    /// The upper end (the number itself for a number); NaN when the text is not one.
    public let upper: Double

    public init?(argument: String) {
        text = argument
        (lower, upper) = Self.ends(of: argument) ?? (.nan, .nan)
    }

    /// A number given in code.
    public init(_ value: Double) {
        self.init(value, value)
    }

    /// A range given in code.
    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
        text = lower == upper ? NumberRange.plain(lower) : "\(NumberRange.plain(lower))-\(NumberRange.plain(upper))"
    }

    /// Whether the value is a range of two different ends.
    public var isRange: Bool { lower != upper }

    /// The value as a closed range (one number for a number).
    public var closedRange: ClosedRange<Double> { lower...upper }

    /// The value as the range of a parameter of a model (one value for a number).
    ///
    /// - Precondition: the value was validated (``problem`` is `nil`).
    public var values: ParameterRange {
        precondition(problem == nil, "an unchecked range: \(text)")
        return ParameterRange(lower, upper)
    }

    public var problem: String? {
        if lower.isNaN || upper.isNaN {
            return "'\(text)' is not a number or a range such as 3-8: it takes \(Meaning.range), or two of them A-B"
        }
        for end in [lower, upper] where !Meaning.range.contains(end) {
            return "must be \(Meaning.range), or two of them A-B (got \(text))"
        }
        if lower > upper { return "'\(text)' is a range whose lower end is above its upper end" }
        return nil
    }

    public static var valueKind: ArgumentKind { .numberOrRange(Meaning.range, words: []) }

    /// Whether `text` is made only of what numbers and ranges are written with, so that
    /// an option that also takes a file name or a word can tell them apart.
    static func looksNumeric(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { "0123456789.eE+-– ".unicodeScalars.contains($0) }
    }

    /// The ends of `A`, or of `A-B`.
    private static func ends(of text: String) -> (Double, Double)? {
        let characters = Array(text.trimmingSpaces())
        var separator: Int?
        for (index, character) in characters.enumerated() where index > 0 && (character == "-" || character == "–") {
            let previous = characters[index - 1]
            if previous != "e" && previous != "E" {
                separator = index
                break
            }
        }
        guard let separator else {
            return DecimalText.number(String(characters)).map { ($0, $0) }
        }
        guard let low = DecimalText.number(String(characters[..<separator]).trimmingSpaces()),
            let high = DecimalText.number(String(characters[(separator + 1)...]).trimmingSpaces())
        else { return nil }
        return (low, high)
    }
}

extension ArgumentHelp {
    /// The help of an option of an uncertain number, ending with what it accepts: `The
    /// share of the wounded who return to duty (a number from 0 to 1, or two of them A-B).`
    public static func range<Meaning: NumberMeaning>(_ text: String, _ type: NumberOrRange<Meaning>.Type, valueName: String)
        -> ArgumentHelp
    {
        ArgumentHelp("\(text) (\(Meaning.range), or two of them A-B).", valueName: valueName)
    }
}
