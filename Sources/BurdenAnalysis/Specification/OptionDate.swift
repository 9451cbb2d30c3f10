import ArgumentParser
import BurdenData

/// A date an option takes: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (``PartialDate``).
public struct OptionDate: CheckedArgument, Hashable {
    public let text: String
    /// The date; `nil` when the text is not one.
    public let date: PartialDate?

    public init?(argument: String) {
        text = argument
        date = PartialDate(parsing: argument)
    }

    public var problem: String? {
        date == nil ? "'\(text)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)" : nil
    }

    public static var valueKind: ArgumentKind { .date }
}
