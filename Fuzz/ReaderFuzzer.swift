// libFuzzer entry point for the casualty-list importer: CSV, TSV and NDJSON readers,
// column mapping, field parsing and the ledger. Built with the BurdenData sources by
// scripts/fuzz-reader.sh; not part of the package.
//
// The first input byte picks the format and the chunk size, so that chunk boundaries
// fall everywhere; the rest is the file. Any crash, hang, or a ledger whose rows do not
// balance is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzTarget(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard count > 0 else { return 0 }
    let selector = Int(data[0])
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: count - 1))
    let format = InputFormat.allCases[selector % InputFormat.allCases.count]
    let chunkSize = [1, 2, 3, 7, 64, 4096, 1 << 20][(selector / 3) % 7]
    let input = ChunkedInput(bytes: bytes, chunkSize: chunkSize, maximumCapacity: 1 << 22)
    let importer = CasualtyImporter(options: .init(limits: ReadLimits(maximumFieldBytes: 1 << 16)))
    var imported = 0
    do {
        let ledger = try importer.read(input: input, format: format, label: "fuzz") { _ in imported += 1 }
        if !ledger.isBalanced || imported != ledger.imported {
            fatalError("unbalanced ledger: \(ledger.rows) rows, \(ledger.accepted)+\(ledger.acceptedWithWarnings)+\(ledger.duplicates)+\(ledger.rejected)")
        }
    } catch {
        // A file-level error (empty input, no region column, not UTF-8) is a valid outcome.
        _ = error.message
    }
    return 0
}
