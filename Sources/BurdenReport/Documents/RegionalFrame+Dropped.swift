import BurdenAnalysis

extension RegionalFrame {
    /// The regions left out, as a table.
    var droppedTable: TidyTable {
        TidyTable(
            name: "dropped",
            columns: [.init("code"), .init("name"), .init("reason")],
            rows: dropped.map { [.text($0.code), .text($0.name), .text($0.reason)] })
    }
}
