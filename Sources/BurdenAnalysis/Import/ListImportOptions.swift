import ArgumentParser
import BurdenData

/// How a casualty list is read: its format, columns mapped onto fields, which repeated
/// rows are duplicates, whether any rejected row fails the import, and whether a
/// mapping onto a column of names is dropped rather than refused — `warburden check`, `import` and every analysis of a
/// list on the command line, `POST /datasets` in the API.
public struct ListImportOptions: CheckedOptions, Sendable {
    /// The format; guessed from the file name when `nil`.
    @Option(help: ArgumentHelp("The list's format; guessed from the file name (.tsv, .ndjson, .jsonl; CSV otherwise).", valueName: "format"))
    public var inputFormat: InputFormat?

    /// Fields read from other columns than the recognised layout's.
    @Option(help: ArgumentHelp("Read a field from a column: FIELD=COLUMN (repeatable).", valueName: "field=column"))
    public var map: [FieldMapping] = []

    /// Whether a rejected row or an unresolved region fails the import.
    @Flag(help: "Fail (exit 1) when any row is rejected or any region does not resolve (of a counts table: any row that cannot be used).")
    public var strict = false

    /// Which repeated rows are set aside as duplicates.
    @Option(help: ArgumentHelp("Which repeated rows are set aside as duplicates (the policies: `warburden check --help`).", valueName: "policy"))
    public var duplicates: DuplicatePolicy = .standard

    /// Whether a mapping onto a column of names is dropped instead of refused.
    @Flag(help: "Drop a --map onto a column of names (first_name, surname, фамилия…) instead of refusing it; names are never stored.")
    public var allowNameColumns = false

    public init() {}

    /// The importer's options these options describe.
    public var importerOptions: CasualtyImporter.Options {
        var options = CasualtyImporter.Options(
            format: inputFormat, mapping: Dictionary(map.compactMap { $0.pair }, uniquingKeysWith: { _, last in last }))
        options.allowsNameColumns = allowNameColumns
        options.duplicates = duplicates
        return options
    }

    /// The rows that make a strict import fail: rejected rows and rows whose region
    /// does not resolve; `nil` when the import is not strict or none failed.
    public func strictFailure(_ ledger: ImportLedger) -> String? {
        guard strict else { return nil }
        let unresolved = ledger.unresolvedRegions.reduce(0) { $0 + $1.count }
        guard ledger.rejected > 0 || unresolved > 0 else { return nil }
        return "--strict: \(ledger.rejected) rows rejected, \(unresolved) with a region that does not resolve"
    }
}

extension InputFormat: ExpressibleByArgument, ArgumentSchema {}

extension DuplicatePolicy: ExpressibleByArgument, ArgumentSchema {}

/// A field read from a column: `FIELD=COLUMN` (`--map region=oblast`).
public struct FieldMapping: CheckedArgument, Hashable {
    public let text: String

    public init?(argument: String) { text = argument }

    /// The field and the column, when the text names both.
    public var pair: (RecordField, String)? {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty, let field = RecordField(rawValue: parts[0]) else { return nil }
        return (field, parts[1])
    }

    public var problem: String? {
        guard pair == nil else { return nil }
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return "'\(text)' is not FIELD=COLUMN" }
        let fields = RecordField.allCases.map(\.rawValue).joined(separator: ", ")
        return "'\(text)': unknown field '\(parts[0])'; fields are \(fields)"
    }

    public static var valueKind: ArgumentKind { .text }
}
