import BurdenAnalysis
import BurdenStats

extension ReportPageBuilder {
    /// Burden, poverty and ethnicity: the rates against each covariate, their
    /// correlations, the models and the inequality measures.
    var covariates: ReportPage.Section? {
        let text = CovariatesText.in(language)
        var blocks: [ReportPage.Block] = []
        let scatters = figures(.covariates)
        if !scatters.isEmpty {
            blocks.append(.paragraph(text.intro))
            blocks.append(.figures(scatters))
        }
        if !content.relations.isEmpty {
            let rows = content.relations.map { relation -> [String] in
                let p = relation.correlation.pearson
                let s = relation.correlation.spearman
                return [
                    names.covariate(relation.covariate), format.integer(p.nobs),
                    format.string(p.estimate, decimals: 3) + " " + format.interval(p.confLow, p.confHigh, decimals: 3),
                    Self.pValue(p.pValue, format), format.string(s.estimate, decimals: 3), Self.pValue(s.pValue, format),
                    format.significant(relation.slope, digits: 3),
                ]
            }
            blocks.append(.table(ReportPage.Table(
                caption: text.correlationsCaption(per),
                columns: [text.characteristic, "n", text.pearson(level), "p", text.spearman, "p", text.slope],
                numeric: [false, true, true, true, true, true, true], rows: rows)))
        }
        for model in content.models {
            blocks += modelBlocks(model, text)
        }
        if let inequality = content.inequality { blocks += inequalityBlocks(inequality, text) }
        guard !blocks.isEmpty else { return nil }
        return ReportPage.Section(id: "covariates", title: text.title, blocks: blocks)
    }
}
