// libFuzzer entry point for the casualty-list importer: CSV, TSV and NDJSON readers,
// gzip, column mapping, field parsing and the ledger.
//
// Selector bits 4–5 pick the format. Any crash, hang, or a ledger whose rows do not
// balance is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzTarget(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard let fuzz = FuzzInput(data, count), let input = fuzz.input else { return 0 }
    let format = InputFormat.allCases[(fuzz.selector >> 4) % InputFormat.allCases.count]
    importList(input, format: format)
    return 0
}
