// libFuzzer entry point for the NDJSON reader through the importer: every line one
// object of plain values; lines, strings and keys past the bounds. Any crash, hang, or
// a ledger whose rows do not balance is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func ndjsonFuzzTarget(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard let fuzz = FuzzInput(data, count), let input = fuzz.input else { return 0 }
    importList(input, format: .ndjson)
    return 0
}
