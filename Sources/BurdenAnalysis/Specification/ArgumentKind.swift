/// What kind of value an option takes, as the OpenAPI document and the server need
/// to know it: a number in a range, one of fixed choices, a date, a name, text.
public enum ArgumentKind: Sendable, Hashable {
    /// A number in the range.
    case number(NumberRange)
    /// A number in the range, or two of them as a range, `low-high` (`0.5`, `0.3-0.7`).
    case numberRange(NumberRange)
    /// One of these spellings (an enumeration's raw values).
    case choice([String])
    /// One of these spellings, or text matching a pattern (`COLUMN-quintile`).
    case choiceOrPattern([String], pattern: String, example: String)
    /// A date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    case date
    /// A column name of the region table: letters, digits, `_`, `.` and `-`.
    case column
    /// Free text (a list of years, a band of ages…), checked by the analysis.
    case text
    /// On or off.
    case flag
}

/// A type whose values an option can take, with the kind of value it is.
public protocol ArgumentSchema {
    /// The kind of value.
    static var valueKind: ArgumentKind { get }
}

extension Optional: ArgumentSchema where Wrapped: ArgumentSchema {
    public static var valueKind: ArgumentKind { Wrapped.valueKind }
}

extension Array: ArgumentSchema where Element: ArgumentSchema {
    public static var valueKind: ArgumentKind { Element.valueKind }
}

extension String: ArgumentSchema {
    public static var valueKind: ArgumentKind { .text }
}

extension Bool: ArgumentSchema {
    public static var valueKind: ArgumentKind { .flag }
}

extension ArgumentSchema where Self: CaseIterable & RawRepresentable, RawValue == String {
    /// An enumeration's choices are its raw values, the spellings users type.
    public static var valueKind: ArgumentKind { .choice(allCases.map(\.rawValue)) }
}
