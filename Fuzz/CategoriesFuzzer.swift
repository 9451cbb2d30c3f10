// libFuzzer entry point for a user's table of category names (`category, unit_type`).
// Any crash, hang, or a name that the mapping made from it does not give back is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func categoriesFuzzTarget(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard let fuzz = FuzzInput(data, count), let input = fuzz.input else { return 0 }
    do {
        let table = try SimpleTable(input: input, delimiter: UInt8(ascii: ","))
        let vocabulary = try CategoryMappingReader.read(table: table, name: "fuzz.csv")
        let mapping = CategoryMapping.builtIn.adding(vocabulary)
        for entry in vocabulary.entries where mapping.unitType(for: entry.name) != entry.unitType {
            violated("a name the mapping does not give back")
        }
    } catch {
        if error.message.isEmpty { violated("an error without a message") }
    }
    return 0
}
