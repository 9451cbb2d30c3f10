import ArgumentParser

/// What `--share` takes: P, the probability that one relative was affected — a
/// number from 0 to 1 (`0.05`), a range when it is not known (`0.03-0.07`), or `list`:
/// the named deaths of the list (after the filter) over the population of the
/// denominator, all regions together.
public struct ShareArgument: CheckedArgument, Hashable {
    /// The word for a share computed from the list.
    public static let listWord = "list"

    /// What the value is.
    public enum Value: Sendable, Hashable {
        /// A number or a range.
        case number(NumberOrRange<ShareMeaning>)
        /// The list's named deaths over the denominator.
        case list
    }

    public let text: String
    /// The number, range or `list`.
    public let value: Value

    public init?(argument: String) {
        text = argument
        value = argument == Self.listWord ? .list : .number(NumberOrRange(argument: argument)!)
    }

    /// A number or a range given in code.
    public init(_ number: NumberOrRange<ShareMeaning>) {
        text = number.text
        value = .number(number)
    }

    /// The number or range; `nil` for `list`.
    public var number: NumberOrRange<ShareMeaning>? {
        if case .number(let number) = value { return number }
        return nil
    }

    public var problem: String? {
        guard case .number(let number) = value else { return nil }
        guard number.lower.isNaN else { return number.problem }
        return "'\(text)' is not a share: it takes \(ShareMeaning.range), a range such as 0.03-0.07, or \(Self.listWord)"
    }

    public static var valueKind: ArgumentKind { .numberOrRange(ShareMeaning.range, words: [listWord]) }
}
