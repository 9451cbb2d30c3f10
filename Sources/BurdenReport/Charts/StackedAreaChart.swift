/// Shares per period stacked to 100%: one band per category across time, with a
/// legend above. Values of each period are divided by the period's total.
public struct StackedAreaChart: Sendable {
    /// The periods, left to right.
    public var periods: [PeriodLabel]
    /// The categories, bottom to top.
    public var series: [StackedBarChart.Series]
    /// `values[period][series]` (counts or shares; each period is normalised).
    public var values: [[Double]]
    public var yTitle: String
    public var format: NumberFormat
    public var width = 500.0
    public var plotHeight = 240.0

    /// Creates a chart.
    public init(periods: [PeriodLabel], series: [StackedBarChart.Series], values: [[Double]], yTitle: String, format: NumberFormat) {
        precondition(values.count == periods.count && values.allSatisfy { $0.count == series.count }, "values must be periods × series")
        self.periods = periods
        self.series = series
        self.values = values
        self.yTitle = yTitle
        self.format = format
    }

    /// The SVG document.
    public func svg(title: String, description: String? = nil) -> String {
        let legend = SwatchLegend(items: series.map { ($0.fill, $0.label) })
        let legendHeight = legend.height(width: width - 20)
        let left = TextMeasure.width(format.percent(1, decimals: 0), size: 12) + 34
        let right = width - 14
        let top = 12 + legendHeight + 10
        let bottom = top + plotHeight
        let height = bottom + 42
        var canvas = SVGCanvas(width: width, height: height)
        legend.draw(into: &canvas, x: 10, y: 8, width: width - 20)
        let yScale = LinearScale(domain: (0, 1), range: (bottom, top))
        let ticks = stride(from: 0.0, through: 1.0, by: 0.25).map {
            AxisTick(position: yScale($0), label: format.percent($0, decimals: 0))
        }
        // Points at the middle of each period's slot, so that the first and last periods have room.
        let step = periods.isEmpty ? 0 : (right - left) / Double(periods.count)
        let xs = periods.indices.map { left + (Double($0) + 0.5) * step }
        let shares: [[Double]] = values.map { row in
            let total = row.reduce(0, +)
            return row.map { total > 0 ? $0 / total : 0 }
        }
        var lower = [Double](repeating: 0, count: periods.count)
        for (slot, category) in series.enumerated() {
            let upper = zip(lower, shares).map { $0 + $1[slot] }
            if shares.contains(where: { $0[slot] > 0 }) {
                var points: [(x: Double, y: Double)] = []
                for (index, x) in xs.enumerated() { points.append((x, yScale(upper[index]))) }
                for (index, x) in xs.enumerated().reversed() { points.append((x, yScale(lower[index]))) }
                let summary = periods.indices.map { "\(periods[$0].full): \(format.percent(shares[$0][slot]))" }
                    .joined(separator: "; ")
                canvas.polygon(points, fill: category.fill, stroke: "#ffffff", title: "\(category.label) — \(summary)")
            }
            lower = upper
        }
        canvas.verticalAxis(ticks, x: left, from: top, to: bottom)
        canvas.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: AxisStyle.line)
        canvas.verticalAxisTitle(yTitle, x: 13, y: (top + bottom) / 2)
        canvas.periodLabels(periods, centers: xs, step: step, y: bottom)
        return canvas.rendered(title: title, description: description)
    }
}
