// libFuzzer entry point for the counts table (`region,deaths[,period][,group]`), with
// the built-in reference. Any crash, hang, or a count outside 0…10^9 is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func countsTableFuzzTarget(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard let fuzz = FuzzInput(data, count), let input = fuzz.input else { return 0 }
    do {
        let table = try CountsTableReader.read(input: input, delimiter: UInt8(ascii: ","), resolver: RussiaReference.resolver)
        for row in table.rows where !(0...1_000_000_000).contains(row.deaths) {
            violated("a count of \(row.deaths)")
        }
    } catch {
        if error.message.isEmpty { violated("an error without a message") }
    }
    return 0
}
