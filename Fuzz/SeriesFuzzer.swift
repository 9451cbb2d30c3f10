// libFuzzer entry point for the daily cumulative series and the table of dates on
// which sources disagree (selector bit 4). Any crash, hang, or a value that is not a
// bounded number, or dates out of order, is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func seriesFuzzTarget(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard let fuzz = FuzzInput(data, count), let input = fuzz.input else { return 0 }
    do {
        let table = try SimpleTable(input: input, delimiter: UInt8(ascii: ","))
        if fuzz.selector & 16 == 0 {
            let series = try CumulativeSeriesReader.read(table: table, name: "fuzz.csv")
            for (earlier, later) in zip(series.points, series.points.dropFirst()) where earlier.date >= later.date {
                violated("dates out of order: \(earlier.date), \(later.date)")
            }
            for point in series.points {
                expectBounded(point.value, "a cumulative count")
                if point.value < 0 || point.value != point.value.rounded() { violated("a count of \(point.value)") }
            }
        } else {
            for row in try DiscrepancyTableReader.read(table: table, name: "fuzz.csv") {
                for (source, value) in row.values { expectBounded(value, source) }
            }
        }
    } catch {
        if error.message.isEmpty { violated("an error without a message") }
    }
    return 0
}
