import BurdenAnalysis

extension Trends {
    /// Trends as a tidy document: one row per period and group.
    public var document: TidyDocument {
        TidyDocument(
            metadata: [
                .init("period", .text(period.rawValue)), .init("by", .text(grouping.description)),
                .init("unplaced", .integer(unplaced)), .init("undated", .integer(undated)),
            ],
            tables: [
                TidyTable(
                    name: "periods",
                    columns: [.init("period"), .init("group"), .init("deaths"), .init("share")],
                    rows: rows.map { [.text($0.period), .text($0.group), .integer($0.deaths), .number($0.share)] })
            ],
            notes: [
                "share: the group's share of the period's deaths; unplaced: dates too coarse for the period; "
                    + "undated: no date."
            ])
    }
}
