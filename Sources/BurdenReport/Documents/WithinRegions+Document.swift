import BurdenAnalysis
import BurdenStats

extension WithinRegions {
    /// The ecological estimates as tidy tables: `rates` (each group's rate by each
    /// method, bounds first, with the implied share of the dead against the group's
    /// share of men), then `ratios`, `regions` (each region's bounds and estimates),
    /// `coefficients` and `fits` of the regressions, `diagnostics`, `disagreements`
    /// (the regions where two methods split the deaths most differently), the rates and
    /// ratios without the capitals, the gap `decomposition`, the `sampler`'s convergence
    /// and the regions `dropped`. The caution is in the metadata and the notes.
    public var document: TidyDocument {
        var metadata: [TidyDocument.Metadatum] = [
            .init("split", .text(split)), .init("groups", .list(groups)), .init("composition", .text(compositionSource)),
            .init("per", .count(per)), .init("confidence", .number(confidence)), .init("regions", .integer(regionCount)),
            .init("deaths", .integer(deaths)), .init("unassigned", .integer(unassigned)),
        ]
        if let settings = samplerSettings, let seed {
            metadata += [
                .init("seed", .text(String(seed))), .init("chains", .integer(settings.chains)), .init("warmup", .integer(settings.warmup)),
                .init("draws", .integer(settings.draws)), .init("thin", .integer(settings.thin)),
            ]
        }
        metadata.append(.init("caution", .text(caution)))
        let rateColumns: [TidyTable.Column] = [
            .init("method"), .init("term"), .init("estimate", decimals: 2), .init("std_error", decimals: 2), .init("conf_low", decimals: 2),
            .init("conf_high", decimals: 2), .init("interval"), .init("men", inTerminal: false), .init("men_share", decimals: 3),
            .init("death_share", decimals: 3), .init("death_share_low", decimals: 3), .init("death_share_high", decimals: 3),
            .init("on_boundary", inTerminal: false), .init("mc_std_error", decimals: 3, inTerminal: false),
        ]
        func rateRows(_ rows: [RateRow]) -> [[Cell]] {
            rows.map {
                [
                    .text($0.method), .text($0.term), .number($0.estimate), .number($0.stdError), .number($0.confLow), .number($0.confHigh),
                    .text($0.interval), .count($0.men), .number($0.menShare), .number($0.deathShare), .number($0.deathShareLow),
                    .number($0.deathShareHigh), .boolean($0.onBoundary), .number($0.mcStdError),
                ]
            }
        }
        let ratioColumns: [TidyTable.Column] = [
            .init("method"), .init("term"), .init("estimate", decimals: 3), .init("std_error", decimals: 3), .init("conf_low", decimals: 3),
            .init("conf_high", decimals: 3), .init("interval"), .init("mc_std_error", decimals: 3, inTerminal: false),
        ]
        func ratioRows(_ rows: [RatioRow]) -> [[Cell]] {
            rows.map {
                [
                    .text($0.method), .text($0.term), .number($0.estimate), .number($0.stdError), .number($0.confLow), .number($0.confHigh),
                    .text($0.interval), .number($0.mcStdError),
                ]
            }
        }
        let tables = [
            TidyTable(name: "rates", columns: rateColumns, rows: rateRows(rates)),
            TidyTable(name: "ratios", columns: ratioColumns, rows: ratioRows(ratios)),
            TidyTable(
                name: "regions",
                columns: [
                    .init("code"), .init("name"), .init("term"), .init("deaths"), .init("men"), .init("bound_low", decimals: 2),
                    .init("bound_high", decimals: 2), .init("estimate", decimals: 2), .init("conf_low", decimals: 2), .init("conf_high", decimals: 2),
                ],
                rows: regions.map {
                    [
                        .text($0.code), .text($0.name), .text($0.term), .integer($0.deaths), .count($0.men), .number($0.boundLow),
                        .number($0.boundHigh), .number($0.estimate), .number($0.confLow), .number($0.confHigh),
                    ]
                }, inTerminal: false),
            TidyTable(
                name: "coefficients",
                columns: [
                    .init("method"), .init("term"), .init("estimate", decimals: 4), .init("std_error", decimals: 4), .init("statistic", decimals: 2),
                    .init("p_value", decimals: 4), .init("conf_low", decimals: 4), .init("conf_high", decimals: 4),
                ],
                rows: coefficients.map {
                    [
                        .text($0.method), .text($0.term), .number($0.estimate), .number($0.stdError), .number($0.statistic), .number($0.pValue),
                        .number($0.confLow), .number($0.confHigh),
                    ]
                }, inTerminal: false),
            TidyTable(
                name: "fits",
                columns: [
                    .init("method"), .init("log_lik", decimals: 2), .init("deviance", decimals: 2), .init("pearson_chi2", decimals: 2),
                    .init("alpha", decimals: 4), .init("alpha_std_error", decimals: 4), .init("nobs"), .init("df_residual"), .init("boundary_terms"),
                ],
                rows: fits.map {
                    [
                        .text($0.method), .number($0.logLikelihood), .number($0.deviance), .number($0.pearsonChiSquared), .number($0.alpha),
                        .number($0.alphaStdError), .integer($0.nobs), .integer($0.dfResidual), .list($0.boundaryTerms),
                    ]
                }, inTerminal: false),
            TidyTable(
                name: "diagnostics", columns: [.init("kind"), .init("method"), .init("region"), .init("message")],
                rows: diagnostics.map { [.text($0.kind), .text($0.method), .text($0.region), .text($0.message)] }),
            TidyTable(
                name: "disagreements",
                columns: [
                    .init("code"), .init("name"), .init("term"), .init("deaths"), .init("method_a"), .init("share_a", decimals: 3),
                    .init("method_b"), .init("share_b", decimals: 3),
                ],
                rows: disagreements.map {
                    [
                        .text($0.code), .text($0.name), .text($0.term), .integer($0.deaths), .text($0.methodA), .number($0.shareA),
                        .text($0.methodB), .number($0.shareB),
                    ]
                }, inTerminal: false),
            TidyTable(name: "rates_without_capitals", columns: rateColumns, rows: rateRows(capitalsLeftOut), inTerminal: false),
            TidyTable(name: "ratios_without_capitals", columns: ratioColumns, rows: ratioRows(capitalsLeftOutRatios)),
            TidyTable(
                name: "decomposition",
                columns: [
                    .init("gap"), .init("method"), .init("term"), .init("estimate", decimals: 3), .init("std_error", decimals: 3),
                    .init("conf_low", decimals: 3), .init("conf_high", decimals: 3), .init("set_a"), .init("set_b"),
                ],
                rows: decomposition.map {
                    [
                        .text($0.gap), .text($0.method), .text($0.term), .number($0.estimate), .number($0.stdError), .number($0.confLow),
                        .number($0.confHigh), .text($0.setA), .text($0.setB),
                    ]
                }),
            TidyTable(
                name: "sampler",
                columns: [.init("term"), .init("r_hat", decimals: 3), .init("ess", decimals: 0), .init("mc_std_error", decimals: 4)],
                rows: sampler.map { [.text($0.term), .number($0.rHat), .number($0.effectiveSampleSize), .number($0.mcStdError)] },
                inTerminal: false),
            RegionalFrame.droppedTable(dropped),
        ]
        return TidyDocument(
            metadata: metadata, tables: tables,
            notes: [
                "Rates per \(NumberText.whole(per)) men; \(NumberText.percent(confidence)) intervals. Bounds (Duncan–Davis) need no assumption; "
                    + "Goodman's regression assumes each group's rate is the same in every region (or varies with the covariates); "
                    + "the hierarchical model lets every region have its own rates around a common mean.",
                caution,
            ])
    }
}
