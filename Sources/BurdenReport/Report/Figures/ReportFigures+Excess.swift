import BurdenAnalysis
import BurdenData
import BurdenStats

extension ReportFigures {
    /// What an estimate covers: "ages 15–49, 2022".
    func excessScope(_ excess: ExcessMortality, _ text: ExcessText) -> String {
        text.scope(excess.ageLabel.replacing("-", with: "–"), excess.years.map(String.init).joined(separator: ", "))
    }

    /// The charts of the excess: by age group, and with a list its coverage by region
    /// and its named deaths against the excess.
    var excessFigures: [ReportFigure] {
        guard let excess = content.excess else { return [] }
        let text = ExcessText.in(language)
        var figures = [agesFigure(excess, text)].compactMap { $0 }
        guard let coverage = content.coverage else { return figures }
        if let shares = coverageFigure(coverage, text) { figures.append(shares) }
        if let scatter = coverageScatter(coverage, text) { figures.append(scatter) }
        return figures
    }

    /// The excess by age group, with its intervals at the report's confidence level.
    private func agesFigure(_ excess: ExcessMortality, _ text: ExcessText) -> ReportFigure? {
        let rows = excess.nationalAges.map { row -> DotWhiskerChart.Row in
            let e = row.estimate
            let label = (excess.years.count > 1 ? "\(row.year) · " : "") + row.ageGroup.description.replacing("-", with: "–")
            return DotWhiskerChart.Row(
                label: label, value: e.excess, low: e.interval(confidence: confidence).low,
                high: e.interval(confidence: confidence).high,
                fill: "#2166ac",
                tooltip: text.ageTooltip(
                    label, format.string(e.excess, decimals: 0), format.string(e.pm, decimals: 0), format.integer(e.observed),
                    format.string(e.expected, decimals: 0)))
        }
        guard !rows.isEmpty else { return nil }
        let chart = DotWhiskerChart(rows: rows, axisTitle: text.agesAxis, format: format)
        let title = text.agesTitle(excess.years.map(String.init).joined(separator: ", "))
        // The interval is excess ± z·pm: z as the estimate defines it, at the level of the report.
        let z = ExcessEstimate.interval(0, plusMinus: 1, confidence: confidence).high
        var caption = text.agesCaption(ExcessSettings.describe(excess.settings.baseline), format.string(z, decimals: 2), level)
        if let total = excess.nationalTotal.estimate {
            caption += text.inAll + format.string(total.excess, decimals: 0) + " ± " + format.string(total.pm, decimals: 0) + "."
        }
        return ReportFigure(id: "excess-ages", section: .excess, title: title, caption: caption, svg: chart.svg(title: title, description: caption))
    }

    /// The named share of the excess in every region whose excess is estimable and above zero.
    private func coverageFigure(_ coverage: NamedCoverage, _ text: ExcessText) -> ReportFigure? {
        let shares = coverage.regions.filter { $0.share != nil && $0.isComplete }.sorted {
            ($0.share ?? 0, $1.code) > ($1.share ?? 0, $0.code)
        }
        guard !shares.isEmpty else { return nil }
        let cap = 3.0
        let chartRows = shares.map { row -> DotWhiskerChart.Row in
            let share = row.share ?? 0
            let upper = row.shareHigh.map { format.percent($0, decimals: 0) } ?? text.noUpperLimit
            return DotWhiskerChart.Row(
                label: names.region(row.code), value: share * 100, low: (row.shareLow ?? 0) * 100,
                high: (row.shareHigh ?? .infinity) * 100, fill: "#2166ac",
                tooltip: text.coverageTooltip(
                    names.region(row.code), format.integer(row.named), format.string(row.estimate?.excess ?? 0, decimals: 0),
                    format.string(row.estimate?.pm ?? 0, decimals: 0))
                    + "; " + format.percent(share, decimals: 0) + " [" + format.percent(row.shareLow ?? 0, decimals: 0)
                    + (format.decimalSeparator == "," ? "; " : ", ") + upper + "]")
        }
        var chart = DotWhiskerChart(
            rows: chartRows,
            reference: coverage.national.share.map { (value: $0 * 100, label: text.russiaShare(format.percent($0, decimals: 0))) },
            axisTitle: text.coverageAxis, format: format)
        chart.axisMaximum = cap * 100
        let title = text.coverageTitle
        let left = coverage.regions.count - shares.count
        let caption = text.coverageChartCaption(
            excessScope(coverage.excess, text), level, format.integer(Int(cap * 100)), String(left))
        return ReportFigure(
            id: "coverage-regions", section: .excess, title: title, caption: caption, svg: chart.svg(title: title, description: caption))
    }

    /// The named deaths per person against the excess per person, region by region.
    private func coverageScatter(_ coverage: NamedCoverage, _ text: ExcessText) -> ReportFigure? {
        let pairs = coverage.regions.compactMap { row -> (NamedCoverage.Row, Double, Double)? in
            guard row.isComplete, let excessRate = row.excessRate(), let namedRate = row.namedRate() else { return nil }
            return (row, excessRate, namedRate)
        }
        guard pairs.count >= 4 else { return nil }
        let scale = colorScale
        let points = pairs.map { row, excessRate, namedRate in
            ScatterChart.Point(
                x: excessRate, y: namedRate, label: names.region(row.code),
                tooltip: text.scatterTooltip(
                    names.region(row.code), format.string(excessRate, decimals: 1), format.string(namedRate, decimals: 1), per),
                fill: Self.fill(namedRate, scale))
        }
        var note = ["n = \(format.integer(pairs.count))"]
        if let rho = coverage.rankCorrelation { note.insert("ρ = \(format.string(rho.estimate, decimals: 2))", at: 0) }
        let chart = ScatterChart(
            points: points, line: nil, note: note, xTitle: text.scatterExcessAxis(per), yTitle: text.scatterNamedAxis(per),
            format: format)
        let title = text.scatterTitle(per)
        let caption = text.scatterCaption(excessScope(coverage.excess, text), per, names.denominator(coverage.excess.denominator))
        return ReportFigure(
            id: "coverage-scatter", section: .excess, title: title, caption: caption, svg: chart.svg(title: title, description: caption))
    }
}
