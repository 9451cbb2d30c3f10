import BurdenAnalysis
import BurdenStats

extension RegionalRates {
    /// The rate table as a tidy document: `per`, `ci`, `confidence`, `denominator`
    /// and `unassigned` as metadata, one row per region under `regions`.
    public var document: TidyDocument {
        let columns: [TidyTable.Column] = [
            .init("code"), .init("name"), .init("deaths"), .init("population"), .init("rate"),
            .init("conf_low"), .init("conf_high"), .init("rate_smoothed"), .init("rank"),
        ]
        let rows: [[Cell]] = regions.map { row in
            [
                .text(row.code), .text(row.name), .integer(row.deaths), .count(row.population), .number(row.rate),
                .number(row.confLow), .number(row.confHigh), .number(row.rateSmoothed), .integer(row.rank),
            ]
        }
        let named = regions.reduce(0) { $0 + $1.deaths }
        return TidyDocument(
            metadata: [
                .init("per", .count(per)), .init("ci", .text(ci.rawValue)), .init("confidence", .number(confidence)),
                .init("denominator", .text(denominator)), .init("unassigned", .integer(unassigned)),
            ],
            tables: [TidyTable(name: "regions", columns: columns, rows: rows)],
            notes: [
                "rate, conf_low, conf_high, rate_smoothed: deaths per \(NumberText.whole(per)) of \(denominator); "
                    + "\(NumberText.percent(confidence)) interval by \(ci.rawValue); rate_smoothed: empirical Bayes (Marshall 1991).",
                "\(NumberText.grouped(named)) deaths with a region, \(NumberText.grouped(unassigned)) without.",
            ]
        )
    }
}
