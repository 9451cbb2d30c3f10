import ArgumentParser

/// What `--relatives` takes: the relatives of the kind that counts per member — a
/// number (`5`), a range when it is not known (`3-8`), or, on the command line, a
/// table of their distribution (a file of `relatives,members` rows, see
/// `RelativesTable`).
///
/// A value made only of digits, points, exponents and dashes is a number or a range
/// and is checked as one (0 to 1,000); anything else names a file, which the command
/// reads (the API reads no files, and says so).
public struct RelativesArgument: CheckedArgument, Hashable {
    /// What the value is.
    public enum Value: Sendable, Hashable {
        /// A number or a range.
        case number(NumberOrRange<RelativesMeaning>)
        /// A table file of the distribution.
        case table(file: String)
    }

    public let text: String
    /// The number, range or file.
    public let value: Value

    public init?(argument: String) {
        text = argument
        value =
            NumberOrRange<RelativesMeaning>.looksNumeric(argument)
            ? .number(NumberOrRange(argument: argument)!) : .table(file: argument)
    }

    /// A number or a range given in code.
    public init(_ number: NumberOrRange<RelativesMeaning>) {
        text = number.text
        value = .number(number)
    }

    /// The number or range; `nil` for a table file.
    public var number: NumberOrRange<RelativesMeaning>? {
        if case .number(let number) = value { return number }
        return nil
    }

    /// The table file; `nil` for a number or a range.
    public var file: String? {
        if case .table(let file) = value { return file }
        return nil
    }

    public var problem: String? {
        switch value {
        case .number(let number): number.problem
        case .table(let file): FileArgument.problem(of: file)
        }
    }

    public static var valueKind: ArgumentKind { .numberOrRange(RelativesMeaning.range, words: []) }
}
