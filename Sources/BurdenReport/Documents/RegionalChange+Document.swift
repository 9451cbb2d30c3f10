import BurdenAnalysis
import BurdenStats

extension RegionalChange {
    /// The change between two versions as a tidy document: `per`, `ci`,
    /// `confidence`, `denominator`, the unassigned deaths before and after and the
    /// new deaths as metadata; one row per region under `regions`.
    public var document: TidyDocument {
        let columns: [TidyTable.Column] = [
            .init("code"), .init("name"), .init("deaths_before"), .init("deaths_after"), .init("new_deaths"),
            .init("population"), .init("rate_before"), .init("rate_after"), .init("rate_change"), .init("conf_low"),
            .init("conf_high"),
        ]
        let rows: [[Cell]] = regions.map { row in
            [
                .text(row.code), .text(row.name), .integer(row.deathsBefore), .integer(row.deathsAfter),
                .integer(row.newDeaths), .count(row.population), .number(row.rateBefore), .number(row.rateAfter),
                .number(row.rateChange), .number(row.confLow), .number(row.confHigh),
            ]
        }
        return TidyDocument(
            metadata: [
                .init("per", .count(per)), .init("ci", .text(ci.rawValue)), .init("confidence", .number(confidence)),
                .init("denominator", .text(denominator)), .init("unassigned_before", .integer(unassignedBefore)),
                .init("unassigned_after", .integer(unassignedAfter)), .init("new_deaths", .integer(newDeaths)),
            ],
            tables: [TidyTable(name: "regions", columns: columns, rows: rows)],
            notes: [
                "rate_change: the later rate minus the earlier, deaths per \(NumberText.whole(per)) of "
                    + "\(denominator); conf_low, conf_high: \(NumberText.percent(confidence)) interval combining the two "
                    + "\(ci.rawValue) intervals (MOVER, Newcombe 1998).",
                "\(NumberText.grouped(newDeaths)) new deaths.",
            ])
    }
}
