import BurdenAnalysis
import BurdenData

extension ListImportOptions {
    /// The importer these options describe.
    func importer() -> CasualtyImporter { CasualtyImporter(options: importerOptions) }

    /// Throws when `--strict` is set and the ledger has rejections or unresolved regions.
    func enforceStrictness(_ ledger: ImportLedger) throws {
        if let failure = strictFailure(ledger) { throw CommandFailure.data(failure) }
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
