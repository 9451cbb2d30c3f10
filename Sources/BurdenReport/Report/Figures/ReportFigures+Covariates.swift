import BurdenAnalysis
import BurdenStats

extension ReportFigures {
    /// The rates against each covariate, one scatter plot each, with the least squares line.
    var scatters: [ReportFigure] {
        let text = CovariatesText.in(language)
        let scale = colorScale
        let rows = ratesByCode
        return content.relations.map { relation in
            let points = relation.codes.indices.map { index -> ScatterChart.Point in
                let code = relation.codes[index]
                let decimals = relation.values[index].magnitude >= 1000 ? 0 : 1
                let tip = rows[code].map(tooltip) ?? names.region(code)
                return ScatterChart.Point(
                    x: relation.values[index], y: relation.rates[index], label: names.region(code),
                    tooltip: tip + "; " + names.covariateShort(relation.covariate) + ": " + format.string(relation.values[index], decimals: decimals),
                    fill: Self.fill(relation.rates[index], scale))
            }
            let pearson = relation.correlation.pearson
            let spearman = relation.correlation.spearman
            let note = [
                "r = " + format.string(pearson.estimate, decimals: 2) + " " + format.interval(pearson.confLow, pearson.confHigh, decimals: 2),
                "ρ = \(format.string(spearman.estimate, decimals: 2)); n = \(format.integer(pearson.nobs))",
            ]
            let chart = ScatterChart(
                points: points, line: (relation.intercept, relation.slope), note: note,
                xTitle: names.covariate(relation.covariate), yTitle: text.scatterAxis(per), format: format)
            let title = text.scatterTitle(names.covariateShort(relation.covariate))
            let caption = text.scatterCaption(format.significant(relation.slope), level)
            return ReportFigure(
                id: "scatter-\(Self.fileSafe(relation.covariate))", section: .covariates, title: title, caption: caption,
                svg: chart.svg(title: title, description: caption))
        }
    }
}
