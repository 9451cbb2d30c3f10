import BurdenAnalysis
import BurdenStats

extension ReportPageBuilder {
    /// A model's heading, summary and table of terms: the published OLS of the rate,
    /// or the Poisson model of deaths with its quasi-Poisson standard errors.
    func modelBlocks(_ model: RegionalModel, _ text: CovariatesText) -> [ReportPage.Block] {
        var blocks: [ReportPage.Block] = []
        let covariates = model.covariates.map(names.term).joined(separator: ", ")
        if let fit = model.linear {
            blocks.append(.heading(text.linearHeading))
            blocks.append(.paragraph(text.linearText(
                per, covariates, format.string(fit.rSquared, decimals: 3), format.string(fit.adjRSquared, decimals: 3),
                Self.pPhrase(fit.pValue, format), String(fit.nobs))))
            blocks.append(.table(ReportPage.Table(
                caption: nil,
                columns: [common.term, common.estimate, text.stdError, "t", "p", common.ci(level)],
                numeric: [false, true, true, true, true, true],
                rows: fit.terms.map { term in
                    [names.term(term.term), format.string(term.estimate, decimals: 4), format.string(term.stdError, decimals: 4),
                     format.string(term.statistic, decimals: 2), Self.pValue(term.pValue, format), interval(term.confLow, term.confHigh, 3)]
                })))
        }
        if case .poisson(let fit) = model.fit {
            blocks.append(.heading(text.poissonHeading))
            var paragraph = text.poissonText(covariates, format.string(fit.dispersion, decimals: 1))
            if fit.dispersion > 1.5 { paragraph += text.overdispersed }
            blocks.append(.paragraph(paragraph))
            blocks.append(.table(ReportPage.Table(
                caption: nil,
                columns: [common.term, text.rateRatio, common.ci(level), "p", text.quasiPoissonSE],
                numeric: [false, true, true, true, true],
                rows: zip(fit.terms, fit.quasiPoissonTerms).map { term, quasi in
                    let irr = term.incidenceRateRatioInterval
                    let digits = term.term == "(Intercept)" ? 4 : 5
                    return [names.term(term.term), format.significant(term.incidenceRateRatio, digits: digits),
                            "[" + format.significant(irr.lower, digits: digits) + (format.decimalSeparator == "," ? "; " : ", ")
                                + format.significant(irr.upper, digits: digits) + "]",
                            Self.pValue(term.pValue, format), format.significant(quasi.stdError, digits: 3)]
                })))
        }
        if !model.frame.dropped.isEmpty {
            blocks.append(.paragraph(text.leftOutOfModel
                + model.frame.dropped.map { "\(names.region($0.code)) (\($0.reason))" }.joined(separator: "; ") + "."))
        }
        return blocks
    }
}
