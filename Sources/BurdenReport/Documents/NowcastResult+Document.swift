import BurdenAnalysis
import BurdenData
import BurdenStats

extension NowcastResult {
    /// The nowcast as a tidy document: a row per period (`nowcast`, the main table),
    /// the delay distribution, the bands' hazards, the decreases; the backtest and the
    /// regions when they were asked for.
    public var document: TidyDocument {
        let settings = nowcast.options
        var metadata: [TidyDocument.Metadatum] = [
            .init("method", .text(Nowcast.method)), .init("source", .text(source)),
            .init("as_of", .text(nowcast.asOf.description)), .init("snapshots_used", .integer(nowcast.snapshotsUsed)),
            .init("first_death_date", .text(nowcast.firstDeathDate.description)),
            .init("predicts", .text(nowcast.target.map { "the count on \($0)" } ?? "the eventual count, named within \(settings.maximumDelay) days of death")),
            .init("period", .text(settings.period.rawValue)), .init("confidence", .number(settings.confidence)),
            .init("regions", .list(settings.regions)), .init("draws", .integer(settings.draws)), .init("seed", .integer(Int(settings.seed))),
            .init("concentration", .number(nowcast.dispersion.concentration)), .init("cells", .integer(nowcast.delayFit.cells)),
            .init("decreases", .integer(nowcast.decreases.count)),
        ]
        if let trend = nowcast.trend { metadata.append(.init("trend_per_year", .number(trend))) }
        var tables = [
            TidyTable(
                name: "nowcast",
                columns: [
                    .init("period"), .init("period_start"), .init("period_end"), .init("reported"), .init("nowcast", decimals: 0),
                    .init("conf_low", decimals: 0), .init("conf_high", decimals: 0), .init("reported_share"),
                    .init("chain_ladder", decimals: 0, inTerminal: false), .init("complete", inTerminal: false),
                    .init("effective_draws", decimals: 0, inTerminal: false),
                ],
                rows: nowcast.rows.map { row in
                    [
                        .text(row.period), .text(row.periodStart.description), .text(row.periodEnd.description), .integer(row.reported),
                        .number(row.nowcast), .number(row.confLow), .number(row.confHigh), .number(row.reportedShare),
                        .number(row.chainLadder), .boolean(row.complete), .number(row.effectiveDraws),
                    ]
                }),
            TidyTable(
                name: "delay",
                columns: [.init("delay_days"), .init("share_named"), .init("conf_low"), .init("conf_high")],
                rows: nowcast.delay.map { [.integer($0.delayDays), .number($0.share), .number($0.confLow), .number($0.confHigh)] }),
            TidyTable(
                name: "hazards",
                columns: [.init("from_days"), .init("to_days"), .init("log_hazard"), .init("std_error"), .init("extrapolated")],
                rows: nowcast.hazards.map {
                    [.integer($0.fromDays), .integer($0.toDays), .number($0.estimate), .number($0.stdError), .boolean($0.extrapolated)]
                }, inTerminal: false),
            TidyTable(
                name: "decreases",
                columns: [.init("death_date"), .init("region"), .init("previous_snapshot"), .init("snapshot"), .init("from"), .init("to")],
                rows: nowcast.decreases.map {
                    [
                        .text($0.deathDate.description), $0.region.map(Cell.text) ?? .missing, .text($0.previousSnapshot.description),
                        .text($0.snapshot.description), .integer($0.from), .integer($0.to),
                    ]
                }, inTerminal: false),
        ]
        var notes = [
            "nowcast: the median of the predictive distribution of the period's count; conf_low–conf_high: its \(NumberText.percent(settings.confidence)) prediction interval, which holds the uncertainty of the delays, the period's own naming and the deaths not yet named (METHODS.md §13).",
            "reported_share: the estimated share of that count named by the as-of date. The model assumes the delays of the snapshots seen continue, and cannot know deaths that will never be named.",
        ]
        if !nowcast.decreases.isEmpty {
            notes.append("\(nowcast.decreases.count) counts went down between snapshots (records corrected or moved); they are listed in `decreases` and left out of the fit.")
        }
        if let backtest {
            metadata.append(.init("backtest_later_date", .text(backtest.laterDate.description)))
            metadata.append(.init("backtest_as_of", .list(backtest.asOfDates.map(\.description))))
            tables.append(TidyTable(
                name: "backtest",
                columns: [
                    .init("horizon"), .init("periods"), .init("coverage"), .init("reported_error"), .init("nowcast_error"),
                    .init("width_ratio", decimals: 2),
                ],
                rows: backtest.horizons.map {
                    [
                        .integer($0.horizon), .integer($0.periods), .number($0.coverage), .number($0.reportedError),
                        .number($0.nowcastError), .number($0.medianWidthRatio),
                    ]
                }))
            tables.append(TidyTable(
                name: "backtest_periods",
                columns: [
                    .init("as_of"), .init("period"), .init("horizon"), .init("reported"), .init("nowcast", decimals: 0),
                    .init("conf_low", decimals: 0), .init("conf_high", decimals: 0), .init("later"), .init("inside"),
                ],
                rows: backtest.rows.map {
                    [
                        .text($0.asOf.description), .text($0.period), .integer($0.horizon), .integer($0.reported), .number($0.nowcast),
                        .number($0.confLow), .number($0.confHigh), .integer($0.later), .boolean($0.inside),
                    ]
                }, inTerminal: false))
            notes.append(
                "backtest: horizon = periods from death to the as-of date's period; coverage = later counts inside the intervals; errors = mean |x − later|/later; \(NowcastBacktest.note).")
        }
        if let regions {
            metadata += [
                .init("regions_q", .number(regions.q)), .init("regions_df", .integer(regions.degreesOfFreedom)),
                .init("regions_p", .number(regions.pValue)), .init("regions_i_squared", .number(regions.iSquared)),
            ]
            tables.append(TidyTable(
                name: "region_delays",
                columns: [.init("region"), .init("reported"), .init("delay_days"), .init("share_named"), .init("conf_low"), .init("conf_high")],
                rows: regions.regions.flatMap { region in
                    region.delay.map {
                        [.text(region.code), .integer(region.reported), .integer($0.delayDays), .number($0.share), .number($0.confLow), .number($0.confHigh)]
                    }
                }))
            tables.append(TidyTable(
                name: "region_nowcast",
                columns: [
                    .init("region"), .init("period"), .init("reported"), .init("nowcast", decimals: 0), .init("conf_low", decimals: 0),
                    .init("conf_high", decimals: 0), .init("reported_share"),
                ],
                rows: regions.regions.flatMap { region in
                    region.rows.map {
                        [.text(region.code), .text($0.period), .integer($0.reported), .number($0.nowcast), .number($0.confLow), .number($0.confHigh), .number($0.reportedShare)]
                    }
                }, inTerminal: false))
            tables.append(TidyTable(
                name: "regions_skipped", columns: [.init("region"), .init("reason")],
                rows: regions.skipped.map { [.text($0.code), .text($0.reason)] }, inTerminal: false))
            let share = { (value: Double) in NumberText.rounded(value * 100, decimals: 0) + "%" }
            notes.append(
                "regions: within \(NowcastRegions.testedDelay) days of death \(share(regions.lowestShare))–\(share(regions.highestShare)) of a region's deaths are named; "
                    + "Cochran's Q = \(NumberText.rounded(regions.q, decimals: 1)) on \(regions.degreesOfFreedom) degrees of freedom "
                    + "(p = \(NumberText.rounded(regions.pValue, decimals: 3))), I² = \(share(regions.iSquared)) of the spread beyond chance.")
        }
        return TidyDocument(metadata: metadata, tables: tables, notes: notes)
    }
}
