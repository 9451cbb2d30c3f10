import ArgumentParser
import BurdenData

/// The options every command that reads a casualty list shares.
struct ImportOptions: ParsableArguments {
    @Option(name: .customLong("input-format"), help: ArgumentHelp("The list's format; guessed from the file name (.tsv, .ndjson, .jsonl; CSV otherwise).", valueName: "csv|tsv|ndjson"))
    var inputFormat: InputFormat?

    @Option(name: .customLong("map"), help: ArgumentHelp("Read a field from a column: FIELD=COLUMN (repeatable).", valueName: "field=column"))
    var mappings: [String] = []

    @Flag(help: "Fail (exit 1) when any row is rejected or any region does not resolve.")
    var strict = false

    func validate() throws {
        _ = try parsedMappings()
    }

    /// The `--map` options as field → column.
    func parsedMappings() throws(ValidationError) -> [RecordField: String] {
        var result: [RecordField: String] = [:]
        for mapping in mappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw ValidationError("--map takes FIELD=COLUMN (got '\(mapping)')")
            }
            guard let field = RecordField(rawValue: parts[0]) else {
                let fields = RecordField.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--map: unknown field '\(parts[0])'; fields are \(fields)")
            }
            result[field] = parts[1]
        }
        return result
    }

    /// The importer these options describe.
    func importer() throws -> CasualtyImporter {
        CasualtyImporter(options: .init(format: inputFormat, mapping: try parsedMappings()))
    }

    /// Throws when `--strict` is set and the ledger has rejections or unresolved regions.
    func enforceStrictness(_ ledger: ImportLedger) throws {
        guard strict else { return }
        let unresolved = ledger.unresolvedRegions.reduce(0) { $0 + $1.count }
        if ledger.rejected > 0 || unresolved > 0 {
            throw CommandFailure.data(
                "--strict: \(ledger.rejected) rows rejected, \(unresolved) with a region that does not resolve")
        }
    }
}

/// Writes the per-row ledger file (`check --ledger`), its fields by ``CSVField``.
enum LedgerRowWriter {
    static func write(row: Int, line: Int, outcome: RowOutcome, to sink: ByteOutput) {
        let (name, code, detail): (String, String, String)
        switch outcome {
        case .accepted: (name, code, detail) = ("accepted", "", "")
        case .acceptedWithWarnings(let warnings):
            (name, code, detail) = ("warning", warnings.map(\.code.rawValue).joined(separator: "|"),
                                    warnings.map(\.detail).filter { !$0.isEmpty }.joined(separator: "; "))
        case .duplicate(let original, let key): (name, code, detail) = ("duplicate", key, "repeats row \(original)")
        case .rejected(let reason): (name, code, detail) = ("rejected", reason.code.rawValue, reason.detail)
        }
        let field = CSVField.plain
        try? sink.write("\(row),\(line),\(name),\(field.escaped(code)),\(field.escaped(detail))\n")
    }
}
