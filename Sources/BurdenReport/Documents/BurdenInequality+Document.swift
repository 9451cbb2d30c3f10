import BurdenAnalysis
import BurdenStats

extension BurdenInequality {
    /// The measures as a tidy document: one row per measure (estimate, std_error,
    /// conf_low, conf_high), and the capitals' comparison.
    public var document: TidyDocument {
        var rows: [[Cell]] = [
            [.text("gini"), .number(gini.estimate), .missing, .missing, .missing,
             .text("population-weighted Gini of regional rates")],
            [.text("concentration_index"), .number(concentration.estimate), .number(concentration.stdError),
             .number(concentration.confLow), .number(concentration.confHigh),
             .text("deaths ranked by \(rankBy), poorest first (negative: deaths concentrate in the poorer regions)")],
            [.text("quintile_rate_ratio"), .number(quintiles.estimate), .number(quintiles.logStdError),
             .number(quintiles.confLow), .number(quintiles.confHigh),
             .text("rate of the poorest fifth of the population over the richest, by \(rankBy); std_error on the log scale")],
        ]
        var metadata: [TidyDocument.Metadatum] = [
            .init("rank_by", .text(rankBy)), .init("poorest", .text(order == .lowestIsPoorest ? "lowest" : "highest")),
            .init("denominator", .text(frame.denominator)), .init("regions", .integer(frame.regions.count)),
        ]
        if let capitals {
            rows.append([
                .text("capitals_rate_ratio"), .number(capitals.rateRatio.ratio), .missing,
                .number(capitals.rateRatio.interval.lower), .number(capitals.rateRatio.interval.upper),
                .text("rate of Moscow, St Petersburg and Moscow Oblast over the other regions (Koopman interval)"),
            ])
            metadata += [
                .init("capitals_death_share", .number(capitals.deathShare)),
                .init("capitals_population_share", .number(capitals.populationShare)),
                .init("capitals_deaths", .count(capitals.deaths)),
            ]
        }
        return TidyDocument(
            metadata: metadata,
            tables: [
                TidyTable(
                    name: "measures",
                    columns: [.init("measure"), .init("estimate", decimals: 4), .init("std_error", decimals: 4),
                              .init("conf_low", decimals: 4), .init("conf_high", decimals: 4), .init("meaning")],
                    rows: rows),
                frame.droppedTable,
            ])
    }
}
