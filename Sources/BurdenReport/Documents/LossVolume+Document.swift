import BurdenAnalysis
import BurdenData

extension LossVolume {
    /// The loss volume as a tidy document: `periods`, `ratios`, `estimates` and `checks`.
    ///
    /// With an estimate series, `periods` has three more columns — `estimated_killed`
    /// (the estimate of the weeks starting in the period), `estimated_partial` (the
    /// series ends first) and `estimate_named_deaths` (the named deaths its source gives
    /// for those weeks) — and the metadata say what the estimate counts and where it stops.
    public var document: TidyDocument {
        let periods: [[Cell]] = rows.map { row in
            [
                .text(row.period), .text(row.start.description), .text(row.end.description), .count(row.claimedIncrease),
                .boolean(row.claimedPartial), .integer(row.namedDeaths), .boolean(row.namedPartial), .number(row.excess),
                .number(row.excessPlusMinus),
            ] + (estimated == nil ? [] : [.number(row.estimatedKilled), .boolean(row.estimatedPartial), .integer(row.estimateNamed)])
        }
        let ratioRows: [[Cell]] = ratios.map {
            [.text($0.period), .text($0.numerator), .text($0.denominator), .number($0.value), .number($0.low), .number($0.high),
             .text($0.note), .text($0.kind.rawValue)]
        }
        let estimateColumns: [TidyTable.Column] =
            estimated == nil ? [] : [.init("estimated_killed", decimals: 0), .init("estimated_partial"), .init("estimate_named_deaths")]
        let estimateMetadata: [TidyDocument.Metadatum] = estimated.map { series in
            [.init("estimated", .text("killed (\(series.estimateLabel))")), .init("estimate_last_day", .text(series.lastDay.description))]
        } ?? []
        let estimateRows: [[Cell]] = estimates.map { item in
            let estimate = item.estimate
            return [
                .text(item.period), .text(estimate.asOf.description), .text(estimate.source), .text(estimate.quantity),
                .count(estimate.value), .count(estimate.low), .count(estimate.high), .text(estimate.notes),
            ]
        }
        let checkRows: [[Cell]] = checks.findings.map { [.text($0.date.description), .text($0.kind), .text($0.detail)] }
        return TidyDocument(
            metadata: [
                .init("period", .text(period.rawValue)), .init("claimed", .text(claimedLabel)),
                .init("unplaced_named", .integer(unplacedNamed)), .init("findings", .integer(checks.findings.count)),
            ] + estimateMetadata,
            tables: [
                TidyTable(
                    name: "periods",
                    columns: [.init("period"), .init("start"), .init("end"), .init("claimed_increase"), .init("claimed_partial"),
                              .init("named_deaths"), .init("named_partial"), .init("excess", decimals: 0),
                              .init("excess_pm", decimals: 0)] + estimateColumns,
                    rows: periods),
                TidyTable(
                    name: "ratios",
                    columns: [.init("period"), .init("numerator"), .init("denominator"), .init("value", decimals: 3),
                              .init("low", decimals: 3), .init("high", decimals: 3), .init("note", inTerminal: false),
                              .init("kind", inTerminal: false)],
                    rows: ratioRows),
                TidyTable(
                    name: "estimates",
                    columns: [.init("period"), .init("as_of"), .init("source"), .init("quantity"), .init("value"),
                              .init("low"), .init("high"), .init("notes", inTerminal: false)],
                    rows: estimateRows),
                TidyTable(name: "checks", columns: [.init("date"), .init("kind"), .init("detail")], rows: checkRows),
            ],
            notes: [
                "claimed_increase: the series on the first day of the next period minus on the first day of this one "
                    + "(a report dated D covers losses through the night before D); claimed_partial: the series ends first.",
            ] + (estimated == nil ? [] : [
                "estimated_killed: the estimate series' weeks that start in the period, summed; estimate_named_deaths: the named "
                    + "deaths its source gives for the same weeks; estimated_partial: the series ends before the period.",
            ]) + [
                "Ratios name what they divide; the two sides count different things — see the note of each (--format json).",
            ])
    }
}
