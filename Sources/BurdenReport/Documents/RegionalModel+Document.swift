import BurdenAnalysis
import BurdenStats

extension RegionalModel {
    /// The model as R users expect it: metadata in the names of broom's `glance()`,
    /// the terms in the names of `tidy()` (with incidence-rate ratios for count
    /// models), and the regions left out.
    public var document: TidyDocument {
        var metadata: [TidyDocument.Metadatum] = [
            .init("family", .text(family.rawValue)), .init("covariates", .list(covariates)),
            .init("denominator", .text(frame.denominator)),
        ]
        var columns = RegressionTerm.tidyColumns
        var rows = terms.map(\.tidyCells)
        var notes: [String] = []
        if let fit = linear {
            metadata += [
                .init("response", .text("rate per 100,000")), .init("r_squared", .number(fit.rSquared)),
                .init("adj_r_squared", .number(fit.adjRSquared)), .init("sigma", .number(fit.sigma)),
                .init("statistic", .number(fit.statistic)), .init("p_value", .number(fit.pValue)),
                .init("df", .integer(fit.df)), .init("df_residual", .integer(fit.dfResidual)),
                .init("nobs", .integer(fit.nobs)), .init("log_lik", .number(fit.logLikelihood)), .init("aic", .number(fit.aic)),
            ]
            notes.append("OLS of the rate per 100,000 (as summary(lm()) prints it); intervals are confint().")
        }
        if let fit = countFit {
            let quasi = (fit as? PoissonRegression)?.quasiPoissonTerms
            metadata += [
                .init("response", .text("deaths, offset log(\(frame.denominator))")),
                .init("deviance", .number(fit.deviance)), .init("null_deviance", .number(fit.nullDeviance)),
                .init("dispersion", .number(fit.dispersion)), .init("df_residual", .integer(fit.dfResidual)),
                .init("nobs", .integer(fit.nobs)), .init("log_lik", .number(fit.logLikelihood)),
                .init("aic", .number(fit.aic)),
            ]
            if case .negativeBinomial(let nb) = self.fit {
                metadata += [.init("alpha", .number(nb.alpha)), .init("alpha_std_error", .number(nb.alphaStdError)),
                             .init("theta", .number(nb.theta))]
            }
            columns += [.init("irr", decimals: 4), .init("irr_low", decimals: 4), .init("irr_high", decimals: 4)]
            if quasi != nil { columns.append(.init("quasi_std_error", decimals: 5)) }
            rows = fit.terms.enumerated().map { index, term in
                var cells = term.tidyCells
                let interval = term.incidenceRateRatioInterval
                cells += [.number(term.incidenceRateRatio), .number(interval.lower), .number(interval.upper)]
                if let quasi { cells.append(.number(quasi[index].stdError)) }
                return cells
            }
            notes.append("irr = exp(estimate), Wald intervals; " + (quasi != nil
                ? "quasi_std_error = std_error × √dispersion (quasi-Poisson)." : "NB2 variance μ + αμ², θ = 1/α."))
        }
        if !frame.dropped.isEmpty {
            notes.append("\(frame.dropped.count) regions left out (see dropped): "
                + frame.dropped.map { "\($0.name) (\($0.reason))" }.joined(separator: "; "))
        }
        return TidyDocument(
            metadata: metadata, tables: [TidyTable(name: "terms", columns: columns, rows: rows), frame.droppedTable],
            notes: notes)
    }
}
