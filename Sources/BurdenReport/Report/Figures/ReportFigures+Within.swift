import BurdenAnalysis

extension ReportFigures {
    /// For each split of "who within the regions": each group's rate by each method,
    /// the bounds as bars without a dot.
    var withinFigures: [ReportFigure] {
        let text = WithinText.in(language)
        return content.within.compactMap { result in
            let rows = result.rates.map { row -> DotWhiskerChart.Row in
                let label = text.group(row.term) + " · " + text.method(row.method)
                let shown = row.estimate.map { format.string($0, decimals: 1) } ?? "—"
                return DotWhiskerChart.Row(
                    label: label, value: row.estimate ?? .nan, low: row.confLow, high: row.confHigh,
                    fill: row.method == "hierarchical" ? "#b2182b" : "#2166ac",
                    tooltip: text.tooltip(
                        text.group(row.term), text.method(row.method), shown,
                        "[" + format.interval(row.confLow, row.confHigh, decimals: 1) + "]"))
            }
            guard !rows.isEmpty else { return nil }
            let title = text.chartTitle(text.split(result.split))
            let caption = text.chartCaption(level)
            let chart = DotWhiskerChart(rows: rows, axisTitle: text.axisTitle(format.integer(Int(result.per))), format: format)
            return ReportFigure(
                id: "within-\(ReportFigures.fileSafe(result.split))", section: .within, title: title, caption: caption,
                svg: chart.svg(title: title, description: caption))
        }
    }
}
