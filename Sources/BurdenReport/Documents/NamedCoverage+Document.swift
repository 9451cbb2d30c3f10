import BurdenAnalysis
import BurdenStats

extension NamedCoverage {
    /// The coverage as a tidy document.
    ///
    /// The main table `coverage` has one row for the country and one per region:
    /// region, name, named, excess, pm, share, share_low, share_high (no upper limit:
    /// missing), excess_per_100k, excess_rank, named_per_100k, named_rank, complete.
    /// Then `terms` (broom's `tidy()` names, with the model: `excess` or `named`),
    /// `models` (broom's `glance()` names), `dropped` (regions left out of the models),
    /// `not_estimable` and `data_checks`.
    public var document: TidyDocument {
        let year = ExcessMortality.yearCell
        let settings = excess.settings
        var metadata: [TidyDocument.Metadatum] = [
            .init("years", .list(excess.years.map(String.init))), .init("ages", .text(excess.ageLabel)),
            .init("fit", .text(settings.fit.rawValue)), .init("baseline", .text(ExcessSettings.describe(settings.baseline))),
            .init("baseline_years", .integer(settings.baseline.count)), .init("confidence", .number(confidence)),
            .init("denominator", .text(excess.denominator)),
            .init("named_counted", .integer(tally.counted)), .init("named_without_region", .integer(tally.withoutRegion)),
            .init("other_years", .integer(tally.otherYears)), .init("undated", .integer(tally.undated)),
            .init("other_ages", .integer(tally.otherAges)), .init("without_age", .integer(tally.withoutAge)),
        ]
        if let rho = rankCorrelation {
            metadata += [.init("rank_correlation", .number(rho.estimate)), .init("rank_correlation_p_value", .number(rho.pValue))]
        }
        metadata += [
            .init("not_estimable_groups", .integer(excess.notEstimable.count)),
            .init("failed_data_checks", .integer(excess.dataChecks.count)),
        ]

        let columns: [TidyTable.Column] = [
            .init("region"), .init("name"), .init("named"), .init("excess", decimals: 0), .init("pm", decimals: 0),
            .init("share", decimals: 3), .init("share_low", decimals: 3), .init("share_high", decimals: 3),
            .init("excess_per_100k", decimals: 1), .init("excess_rank"), .init("named_per_100k", decimals: 1),
            .init("named_rank"), .init("complete"),
        ]
        let rows = ([national] + regions).map { row -> [Cell] in
            [
                .text(row.code), .text(row.name), .integer(row.named), .number(row.estimate?.excess), .number(row.estimate?.pm),
                .number(row.share), .number(row.shareLow), .number(row.shareHigh), .number(row.excessRate()),
                .integer(row.excessRank), .number(row.namedRate()), .integer(row.namedRank), .boolean(row.isComplete),
            ]
        }
        var terms: [[Cell]] = []
        var glance: [[Cell]] = []
        for (label, model) in [("excess", excessModel), ("named", namedModel)] {
            guard let model else { continue }
            terms += model.terms.map { [.text(label)] + $0.tidyCells }
            glance.append([
                .text(label), .number(model.rSquared), .number(model.adjRSquared), .number(model.sigma), .number(model.statistic),
                .number(model.pValue), .integer(model.df), .integer(model.dfResidual), .integer(model.nobs),
            ])
        }
        let glanceColumns: [TidyTable.Column] = [
            .init("model"), .init("r_squared", decimals: 4), .init("adj_r_squared", decimals: 4), .init("sigma", decimals: 3),
            .init("statistic", decimals: 3), .init("p_value", decimals: 4), .init("df"), .init("df_residual"), .init("nobs"),
        ]
        let dropped = TidyTable(
            name: "dropped", columns: [.init("code"), .init("name"), .init("reason")],
            rows: self.dropped.map { [.text($0.code), .text($0.name), .text($0.reason)] }, inTerminal: !self.dropped.isEmpty)

        let confidencePercent = NumberText.rounded(confidence * 100, decimals: 0)
        var notes = [
            "named: the list's deaths in \(excess.years.map(String.init).joined(separator: ", ")) (year of death, else of "
                + "confirmation) at ages \(excess.ageLabel); excess: estimated excess male deaths over the same years and ages "
                + "(\(settings.fit.rawValue) trend, baseline \(ExcessSettings.describe(settings.baseline))).",
            "share = named / excess; \(confidencePercent)% interval named / (excess ± z·pm), the named count taken as exact "
                + "(share_high missing: the excess is not distinguishable from 0).",
            "ranks by excess_per_100k and named_per_100k (per 100,000 of \(excess.denominator)), 1 = highest"
                + (rankCorrelation.map { "; Spearman ρ = \(NumberText.rounded($0.estimate, decimals: 3))" } ?? "") + ".",
        ]
        if let excessModel, let namedModel {
            notes.append(
                "OLS of the rate per 100,000 on \(covariates.joined(separator: " + ")), same \(excessModel.nobs) regions: "
                    + "R² \(NumberText.rounded(excessModel.rSquared, decimals: 3)) on the excess, "
                    + "\(NumberText.rounded(namedModel.rSquared, decimals: 3)) on the named deaths (see terms).")
        } else if let modelProblem {
            notes.append(modelProblem + ".")
        }
        notes += excess.checkNotes
        return TidyDocument(
            metadata: metadata,
            tables: [
                TidyTable(name: "coverage", columns: columns, rows: rows),
                TidyTable(name: "terms", columns: [.init("model")] + RegressionTerm.tidyColumns, rows: terms),
                TidyTable(name: "models", columns: glanceColumns, rows: glance),
                dropped, excess.notEstimableTable(year: year), excess.dataChecksTable(year: year),
            ],
            notes: notes)
    }
}
