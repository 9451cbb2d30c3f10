import BurdenAnalysis
import BurdenStats

extension IndicatorCorrelation {
    /// The correlation as a tidy document: one row per method.
    public var document: TidyDocument {
        TidyDocument(
            metadata: [
                .init("indicator", .text(indicator)), .init("nobs", .integer(pearson.nobs)),
                .init("unjoined", .list(unjoined)), .init("missing_from_indicator", .list(missingFromIndicator)),
            ],
            tables: [
                TidyTable(
                    name: "correlations",
                    columns: [.init("method"), .init("estimate", decimals: 4), .init("statistic", decimals: 3),
                              .init("df"), .init("p_value", decimals: 4), .init("conf_low", decimals: 4),
                              .init("conf_high", decimals: 4)],
                    rows: [
                        [.text("pearson"), .number(pearson.estimate), .number(pearson.statistic), .integer(pearson.df),
                         .number(pearson.pValue), .number(pearson.confLow), .number(pearson.confHigh)],
                        [.text("spearman"), .number(spearman.estimate), .number(spearman.statistic), .integer(spearman.df),
                         .number(spearman.pValue), .missing, .missing],
                    ])
            ],
            notes: ["Pearson r with the Fisher-z interval; Spearman ρ with the t approximation (cor.test exact = FALSE)."])
    }
}
