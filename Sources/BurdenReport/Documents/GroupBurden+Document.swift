import BurdenAnalysis
import BurdenStats

extension GroupBurden {
    /// Groups as a tidy document: one row per group (and region, for within-region comparisons).
    public var document: TidyDocument {
        let withinRegion = rows.contains { $0.region != nil }
        var columns: [TidyTable.Column] = withinRegion ? [.init("region")] : []
        columns += [
            .init("group"), .init("deaths"), .init("death_share", decimals: 4), .init("population"),
            .init("population_share", decimals: 4), .init("relative_risk", decimals: 4), .init("conf_low", decimals: 4),
            .init("conf_high", decimals: 4),
        ]
        let hasAges = rows.contains { $0.meanAge != nil }
        if hasAges { columns.append(.init("mean_age", decimals: 1)) }
        let cells: [[Cell]] = rows.map { row in
            (withinRegion ? [Cell.text(row.region)] : [])
                + [
                    .text(row.group), .count(row.deaths), .number(row.deathShare), .count(row.population),
                    .number(row.populationShare), .number(row.relativeRisk?.ratio),
                    .number(row.relativeRisk?.interval.lower), .number(row.relativeRisk?.interval.upper),
                ] + (hasAges ? [.number(row.meanAge)] : [])
        }
        return TidyDocument(
            metadata: [.init("by", .text(by)), .init("ci", .text(method.rawValue)), .init("ungrouped", .count(ungrouped))]
                + (meanAge.map { [.init("mean_age", .number($0))] } ?? []),
            tables: [TidyTable(name: "groups", columns: columns, rows: cells)],
            notes: ["relative_risk: the group's rate against the rest (regions) or its share of the dead over its share "
                + "of the population (groups of people), with the \(method.rawValue) interval."])
    }
}
