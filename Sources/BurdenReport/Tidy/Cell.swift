/// One value of a tidy table.
public enum Cell: Sendable, Hashable {
    /// Text.
    case text(String)
    /// A whole number (counts, ranks).
    case integer(Int)
    /// A real number, written at full precision in CSV and JSON and rounded in the terminal.
    case number(Double)
    /// A yes/no value.
    case boolean(Bool)
    /// A list of texts: a JSON array, `|`-joined in CSV and the terminal.
    case list([String])
    /// No value: empty in CSV, `null` in JSON, `NA` in the terminal.
    case missing

    /// A number, or ``missing`` for `nil`.
    public static func number(_ value: Double?) -> Cell { value.map(Cell.number) ?? .missing }

    /// A count held as a real number (a population): an integer when it is whole, so
    /// that JSON and CSV readers see `92884`, not `92884.0`.
    public static func count(_ value: Double?) -> Cell {
        guard let value else { return .missing }
        if value.rounded() == value, abs(value) < 0x1.0p53 { return .integer(Int(value)) }
        return .number(value)
    }

    /// Text, or ``missing`` for `nil`.
    public static func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .missing }

    /// An integer, or ``missing`` for `nil`.
    public static func integer(_ value: Int?) -> Cell { value.map(Cell.integer) ?? .missing }
}
