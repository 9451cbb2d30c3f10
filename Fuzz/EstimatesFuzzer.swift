// libFuzzer entry point for published estimates (`published_date, as_of, source,
// issuer_type, quantity, value, low, high, scope_notes, url`). Any crash, hang, or a
// value that is not a bounded number is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func estimatesFuzzTarget(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard let fuzz = FuzzInput(data, count), let input = fuzz.input else { return 0 }
    do {
        let table = try SimpleTable(input: input, delimiter: UInt8(ascii: ","))
        for estimate in try PublishedEstimatesReader.read(table: table, name: "fuzz.csv") {
            expectBounded(estimate.value, "value")
            if let low = estimate.low { expectBounded(low, "low") }
            if let high = estimate.high { expectBounded(high, "high") }
        }
    } catch {
        if error.message.isEmpty { violated("an error without a message") }
    }
    return 0
}
