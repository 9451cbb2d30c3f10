import BurdenAnalysis

extension ReportFigures {
    /// Periods and groups of a trend as a table `[period][group]`, groups ordered by `order`.
    static func matrix(_ trends: Trends, order: [String]) -> (periods: [String], groups: [String], values: [[Double]]) {
        let periods = Array(Set(trends.rows.map(\.period))).sorted()
        let present = Set(trends.rows.map(\.group))
        let groups = order.filter(present.contains) + present.subtracting(order).sorted()
        var index: [String: Int] = [:]
        for (position, group) in groups.enumerated() { index[group] = position }
        var periodIndex: [String: Int] = [:]
        for (position, period) in periods.enumerated() { periodIndex[period] = position }
        var values = Array(repeating: Array(repeating: 0.0, count: groups.count), count: periods.count)
        for row in trends.rows { values[periodIndex[row.period]!][index[row.group]!] += Double(row.deaths) }
        return (periods, groups, values)
    }

    static let unitTypeOrder = ["contract", "conscripted", "mobilised", "volunteer", "inmate", "private_military_company",
                                "security_forces", "other", "unknown"]
    static let unitTypeColors: [String: String] = [
        "contract": "#0072B2", "conscripted": "#56B4E9", "mobilised": "#E69F00", "volunteer": "#009E73",
        "inmate": "#D55E00", "private_military_company": "#CC79A7", "security_forces": "#F0E442", "other": "#7f7f7f",
        "unknown": "#cccccc", "all": "#0072B2",
    ]

    /// Named deaths per month, stacked by unit type.
    var monthly: ReportFigure? {
        guard let trends = content.monthly, !trends.rows.isEmpty else { return nil }
        let text = TimeText.in(language)
        let byUnit = trends.grouping == .unitType
        let (periods, groups, values) = Self.matrix(trends, order: Self.unitTypeOrder)
        let series = groups.enumerated().map { index, group in
            StackedBarChart.Series(
                label: byUnit ? names.unitType(group) : group,
                fill: Self.unitTypeColors[group] ?? CategoricalPalette.okabeIto[index % CategoricalPalette.okabeIto.count])
        }
        let labels = periods.enumerated().map { names.period($1, first: $0 == 0) }
        let chart = StackedBarChart(periods: labels, series: series, values: values, yTitle: text.monthlyAxis, format: format)
        let title = byUnit ? text.monthlyByUnitTitle : text.monthlyTitle
        var caption = content.headline.deathDates >= content.headline.confirmationDates ? text.byDeathDate : text.byConfirmationDate
        if trends.undated + trends.unplaced > 0 {
            caption += text.notShown(format.integer(trends.undated), format.integer(trends.unplaced))
        }
        caption += text.lastMonth
        return ReportFigure(id: "monthly-unit-type", section: .time, title: title, caption: caption, svg: chart.svg(title: title, description: caption))
    }

    /// Each macro-region's share of the named deaths, by quarter.
    var shares: ReportFigure? {
        guard let trends = content.regionalShares, !trends.rows.isEmpty else { return nil }
        let text = TimeText.in(language)
        let (periods, groups, values) = Self.matrix(trends, order: Self.macroRegionOrder)
        let series = groups.enumerated().map { index, group in
            let position = Self.macroRegionOrder.firstIndex(of: group) ?? index
            let fill = group == "unknown" ? CategoricalPalette.missing : CategoricalPalette.muted[position % CategoricalPalette.muted.count]
            return StackedBarChart.Series(label: names.group(group, by: "macro-region"), fill: fill)
        }
        let labels = periods.enumerated().map { names.period($1, first: $0 == 0) }
        let chart = StackedAreaChart(periods: labels, series: series, values: values, yTitle: text.sharesAxis, format: format)
        let title = text.sharesTitle
        return ReportFigure(
            id: "shares-macro-region", section: .time, title: title, caption: text.sharesCaption,
            svg: chart.svg(title: title, description: text.sharesCaption))
    }
}
