// libFuzzer entry point for a weekly estimate series (`week_start, estimated_deaths
// [, named_deaths]`). Any crash, hang, an estimate or a named count out of range, or
// weeks out of order is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func weeklyEstimatesFuzzTarget(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard let fuzz = FuzzInput(data, count), let input = fuzz.input else { return 0 }
    do {
        let table = try SimpleTable(input: input, delimiter: UInt8(ascii: ","))
        let series = try EstimateSeriesReader.read(table: table, name: "fuzz.csv")
        for (point, next) in zip(series.points, series.points.dropFirst()) where !(point.start < next.start) {
            violated("weeks out of order")
        }
        for point in series.points {
            if !(0...1e9).contains(point.estimated) { violated("an estimate of \(point.estimated)") }
            if let named = point.named, !(0...1_000_000_000).contains(named) { violated("a named count of \(named)") }
        }
        _ = series.lastDay
    } catch {
        if error.message.isEmpty { violated("an error without a message") }
    }
    return 0
}
