import BurdenAnalysis
import BurdenStats

extension ReportFigures {
    /// The text of a relative risk: `1.11 [1.07, 1.16]`.
    func ratioText(_ estimate: Double?, _ low: Double?, _ high: Double?) -> String {
        guard let estimate else { return "—" }
        let decimals = estimate < 10 ? 2 : 1
        guard let low, let high else { return format.string(estimate, decimals: decimals) }
        return format.string(estimate, decimals: decimals) + " " + format.interval(low, high, decimals: decimals)
    }

    /// The relative risk of every group of regions, grouping by grouping.
    var forest: ReportFigure? {
        guard !content.regionGroups.isEmpty else { return nil }
        let text = GroupsText.in(language)
        var rows: [ForestPlot.Row] = []
        for groups in content.regionGroups {
            rows.append(.heading(names.grouping(groups.by)))
            let ordered = groups.by == "macro-region"
                ? groups.rows.sorted { (Self.macroRegionOrder.firstIndex(of: $0.group) ?? 99) < (Self.macroRegionOrder.firstIndex(of: $1.group) ?? 99) }
                : groups.rows
            for row in ordered {
                let risk = row.relativeRisk
                let ratio = ratioText(risk?.ratio, risk?.interval.lower, risk?.interval.upper)
                let tooltip = text.tooltip(
                    names.group(row.group, by: groups.by), format.integer(Int(row.deaths)), format.percent(row.deathShare),
                    format.percent(row.populationShare ?? 0), ratio)
                rows.append(.estimate(
                    label: names.group(row.group, by: groups.by), value: risk?.ratio, low: risk?.interval.lower,
                    high: risk?.interval.upper, text: ratio, tooltip: tooltip))
            }
        }
        let plot = ForestPlot(rows: rows, axisTitle: text.axisTitle, format: format)
        let title = text.chartTitle
        let caption = text.chartCaption(level)
        return ReportFigure(id: "groups-forest", section: .groups, title: title, caption: caption, svg: plot.svg(title: title, description: caption))
    }
}
