import BurdenAnalysis
import BurdenStats

extension ReportFigures {
    /// Every region's rate with its interval, sorted as the rate table.
    var rateChart: ReportFigure? {
        let text = RatesText.in(language)
        let scale = colorScale
        let rows = content.rates.regions.compactMap { row -> DotWhiskerChart.Row? in
            guard let rate = row.rate, let low = row.confLow, let high = row.confHigh else { return nil }
            return DotWhiskerChart.Row(
                label: names.region(row.code), value: rate, low: low, high: high, fill: Self.fill(rate, scale), tooltip: tooltip(row))
        }
        guard !rows.isEmpty else { return nil }
        let reference = content.headline.rate.map { (value: $0, label: text.allRegions(format.string($0, decimals: 1))) }
        let level = format.level(content.rates.confidence)
        let chart = DotWhiskerChart(
            rows: rows, reference: reference, axisTitle: text.axisTitle(per, names.denominator(content.rates.denominator)),
            format: format)
        let title = text.chartTitle(level)
        var caption = text.chartCaption(level, Self.intervalName(content.rates.ci.rawValue, text))
        let without = content.rates.regions.filter { $0.rate == nil }
        if !without.isEmpty {
            caption += text.notShown + without.map { "\(names.region($0.code)) (\(format.integer($0.deaths)))" }.joined(separator: ", ") + "."
        }
        return ReportFigure(id: "rates", section: .rates, title: title, caption: caption, svg: chart.svg(title: title, description: caption))
    }

    /// The name of an interval method of the rates, in the language of `text`.
    static func intervalName(_ method: String, _ text: RatesText) -> String {
        switch method {
        case "wilson-cc": text.wilsonCC
        case "wilson": text.wilson
        case "wald": text.wald
        default: method
        }
    }
}
