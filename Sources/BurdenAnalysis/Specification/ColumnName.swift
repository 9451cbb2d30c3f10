import ArgumentParser

/// The name of a column of the region table, as an option names it (`--denominator`,
/// `--rank-by`): 1 to 128 characters, none of them a control or format character.
///
/// Whether the table has the column is for the analysis to say, with the columns it has.
public struct ColumnName: ExpressibleByArgument, ArgumentSchema, Sendable, Hashable, CustomStringConvertible {
    /// The column's name.
    public let name: String

    /// A column name, if `argument` can be one.
    public init?(argument: String) {
        let scalars = argument.unicodeScalars
        guard (1...128).contains(argument.count),
            !scalars.contains(where: { [.control, .format, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory) })
        else { return nil }
        name = argument
    }

    public var description: String { name }
    public static var valueKind: ArgumentKind { .column }
}
