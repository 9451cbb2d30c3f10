import ArgumentParser
import BurdenData

/// The options every analysis of a list shares: which deaths it counts (a date range,
/// unit types) and the population it counts them against.
public struct SelectionOptions: CheckedOptions, Sendable {
    /// Count deaths from this date.
    @Option(help: ArgumentHelp("Count deaths from this date (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date"))
    public var from: OptionDate?

    /// Count deaths up to this date.
    @Option(help: ArgumentHelp("Count deaths up to this date (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date"))
    public var to: OptionDate?

    /// Count only these unit types (all when empty).
    @Option(
        help: ArgumentHelp(
            "Count only this unit type (repeatable; comma-separated in the API).", valueName: "type"))
    public var unitType: [UnitType] = []

    /// The population column; the region table's default when `nil`.
    @Option(
        help: ArgumentHelp(
            "The population column (default: men_16_61_2021 for the built-in reference, population for a user table).",
            valueName: "column"))
    public var denominator: ColumnName?

    public init() {}

    public func validate() throws {
        try checkArguments()
        if let from = from?.date, let to = to?.date, from.earliestDay > to.latestDay {
            throw ValidationError("--from \(from) is after --to \(to)")
        }
    }

    /// The filter these options describe.
    public var filter: RecordFilter { RecordFilter(from: from?.date, to: to?.date, unitTypes: Set(unitType)) }

    /// The denominator's column name, if one was given.
    public var denominatorColumn: String? { denominator?.name }
}

extension UnitType: ExpressibleByArgument, ArgumentSchema {
    /// A unit type by its name (`volunteer`) or a label lists use (`volunteers`, `добровольцы`).
    public init?(argument: String) {
        guard let unit = UnitType(rawValue: argument) ?? UnitType(label: argument) else { return nil }
        self = unit
    }
    public static var valueKind: ArgumentKind { .choice(allCases.map(\.rawValue)) }
}
