import BurdenAnalysis
import BurdenStats

extension CovariateRelation {
    /// Rates against covariates as a tidy table: one row per covariate — n, Pearson r
    /// with its interval and p-value, Spearman ρ and its p-value, and the least squares
    /// line of the rate on the covariate.
    public static func table(of relations: [CovariateRelation]) -> TidyTable {
        TidyTable(
            name: "correlations",
            columns: [
                .init("covariate"), .init("nobs"), .init("pearson_r", decimals: 4), .init("conf_low", decimals: 4),
                .init("conf_high", decimals: 4), .init("pearson_p_value", decimals: 4), .init("spearman_rho", decimals: 4),
                .init("spearman_p_value", decimals: 4), .init("intercept", decimals: 4), .init("slope", decimals: 5),
                .init("slope_std_error", decimals: 5),
            ],
            rows: relations.map { relation in
                let p = relation.correlation.pearson
                let s = relation.correlation.spearman
                return [
                    .text(relation.covariate), .integer(p.nobs), .number(p.estimate), .number(p.confLow), .number(p.confHigh),
                    .number(p.pValue), .number(s.estimate), .number(s.pValue), .number(relation.intercept),
                    .number(relation.slope), .number(relation.model.terms[1].stdError),
                ]
            })
    }
}
