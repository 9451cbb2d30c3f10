// The importer's checks, shared by the list and NDJSON fuzz targets.

/// Imports the input and checks the ledger's promises.
func importList(_ input: ChunkedInput, format: InputFormat) {
    let importer = CasualtyImporter(options: .init(limits: fuzzLimits))
    var imported = 0
    var observed = 0
    do {
        let ledger = try importer.read(input: input, format: format, label: "fuzz", observe: { _, _, _ in observed += 1 }) { _ in
            imported += 1
        }
        if !ledger.isBalanced || imported != ledger.imported || observed != ledger.rows {
            violated("ledger of \(ledger.rows) rows: \(ledger.accepted)+\(ledger.acceptedWithWarnings)+\(ledger.duplicates)+\(ledger.rejected), \(imported) imported, \(observed) observed")
        }
    } catch {
        // A file-level error (empty input, no region column, not UTF-8, corrupt gzip) is a valid outcome.
        if error.message.isEmpty { violated("an error without a message") }
    }
}
