import BurdenAnalysis

extension RegionalFrame {
    /// The regions left out, as a table.
    var droppedTable: TidyTable { Self.droppedTable(dropped) }

    /// Regions left out, as a table.
    static func droppedTable(_ dropped: [Dropped]) -> TidyTable {
        TidyTable(
            name: "dropped",
            columns: [.init("code"), .init("name"), .init("reason")],
            rows: dropped.map { [.text($0.code), .text($0.name), .text($0.reason)] })
    }
}
