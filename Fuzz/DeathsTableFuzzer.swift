// libFuzzer entry point for the deaths table (Rosstat's export and the tidy layout),
// with the built-in reference or a small region table. Any crash, hang, or a table
// whose counts break its promises (a negative count, a cell past 10^9) is a finding.

/// A tiny region table for the tidy layout: codes and names the fuzzer can hit.
let fuzzRegions: RegionResolver = {
    let text = Array("code,name,aliases,population\nXX-N,North,Nord,1000\nXX-S,South,,2000\n".utf8)
    guard let input = try? ChunkedInput(bytes: text),
        let read = try? RegionTableReader.read(input: input, delimiter: UInt8(ascii: ","), denominator: "population")
    else { violated("the fuzzer's region table does not read") }
    return read.resolver
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func deathsTableFuzzTarget(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard let fuzz = FuzzInput(data, count), let input = fuzz.input else { return 0 }
    let resolver = fuzz.selector & 16 == 0 ? fuzzRegions : RussiaReference.resolver
    do {
        let table = try DeathsTableReader.read(
            input: input, path: "fuzz.csv", resolver: DeathsTableReader.Prefetched { resolver })
        // Every cell of the first and last unit, year by year (the whole table can be 2^22 cells).
        for unit in [table.units.first, table.units.last].compactMap({ $0 }) {
            for year in table.years {
                for sex in [Sex.male, .female] {
                    for group in table.ageGroups {
                        if let deaths = table.deaths(unit: unit.code, year: year, age: group, sex: sex),
                            !(0...1_000_000_000).contains(deaths)
                        {
                            violated("a count of \(deaths)")
                        }
                    }
                }
            }
        }
    } catch {
        if error.message.isEmpty { violated("an error without a message") }
    }
    return 0
}
