// libFuzzer entry point for the region table: codes, names, aliases and numeric
// columns. Any crash, hang, or a value that is not a bounded number (a population that
// is not whole, negative or above 10^10) is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func regionTableFuzzTarget(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard let fuzz = FuzzInput(data, count), let input = fuzz.input else { return 0 }
    let delimiter = fuzz.selector & 16 == 0 ? UInt8(ascii: ",") : 9
    do {
        let (table, resolver) = try RegionTableReader.read(input: input, delimiter: delimiter, denominator: "population")
        for column in table.columns {
            for value in column.values.compactMap({ $0 }) {
                expectBounded(value, "column \(column.name)")
                if column.name == "population", value < 0 || value > 1e10 || value != value.rounded() {
                    violated("a population of \(value)")
                }
            }
        }
        // The resolver built from the table answers for each of its names (a region, or
        // an error when a name is ambiguous with another region's alias), never crashes.
        for region in table.regions.prefix(16) { _ = try? resolver.resolve(region.name) }
    } catch {
        if error.message.isEmpty { violated("an error without a message") }
    }
    return 0
}
