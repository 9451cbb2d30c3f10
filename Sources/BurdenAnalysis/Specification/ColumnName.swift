import ArgumentParser
import BurdenData

/// The name of a column of the region table, as an option names it (`--denominator`,
/// `--rank-by`): 1 to 128 characters, none of them a control or format character.
///
/// Whether the table has the column is for the analysis to say, with the columns it has.
public struct ColumnName: CheckedArgument, Hashable {
    public let text: String

    public init?(argument: String) { text = argument }

    /// The column's name.
    public var name: String { text }

    public var problem: String? {
        Self.isPlausible(text) ? nil : "'\(text)' is not a column name (1 to 128 characters, no control characters)"
    }

    /// Whether `text` can name a column: 1 to `maximumLength` characters, none of them
    /// a control or format character.
    static func isPlausible(_ text: String, maximumLength: Int = 128) -> Bool {
        (1...maximumLength).contains(text.count) && PrintableText.isPrintable(text)
    }

    public static var valueKind: ArgumentKind { .column }
}

/// Column names of the region table, comma-separated in one value: `a,b,c`.
public struct ColumnList: CheckedArgument, Hashable {
    public let text: String

    public init?(argument: String) { text = argument }

    /// The names, in the order given, without spaces around them.
    public var names: [String] {
        text.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    public var problem: String? {
        if names.isEmpty { return "names no column" }
        if let bad = names.first(where: { !ColumnName.isPlausible($0) }) {
            return "'\(bad)' is not a column name (1 to 128 characters, no control characters)"
        }
        return nil
    }

    public static var valueKind: ArgumentKind { .text }
}
