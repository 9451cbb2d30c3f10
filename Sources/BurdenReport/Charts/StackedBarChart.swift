/// Counts per period stacked by category: one bar per period, one coloured segment
/// per category, with a legend of the categories above.
public struct StackedBarChart: Sendable {
    /// A category: its label and colour.
    public struct Series: Sendable, Hashable {
        public let label: String
        public let fill: String

        public init(label: String, fill: String) {
            self.label = label
            self.fill = fill
        }
    }

    /// The periods, left to right.
    public var periods: [PeriodLabel]
    /// The categories, bottom to top.
    public var series: [Series]
    /// `values[period][series]`.
    public var values: [[Double]]
    public var yTitle: String
    public var format: NumberFormat
    public var width = 500.0
    public var plotHeight = 240.0

    /// Creates a chart.
    public init(periods: [PeriodLabel], series: [Series], values: [[Double]], yTitle: String, format: NumberFormat) {
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
        let totals = values.map { $0.reduce(0, +) }
        let yTicks = NiceTicks(minimum: 0, maximum: max(totals.max() ?? 1, 1))
        let yLabelWidth = yTicks.values.map { TextMeasure.width(format.string($0, decimals: yTicks.fractionDigits), size: 12) }.max() ?? 20
        let left = yLabelWidth + 34
        let right = width - 12
        let top = 12 + legendHeight + 10
        let bottom = top + plotHeight
        let height = bottom + 42
        var canvas = SVGCanvas(width: width, height: height)
        legend.draw(into: &canvas, x: 10, y: 8, width: width - 20)
        let yScale = LinearScale(domain: (yTicks.lower, yTicks.upper), range: (bottom, top))
        canvas.verticalAxis(yTicks.axisTicks(yScale, format: format), x: left, from: top, to: bottom, gridLeft: left, gridRight: right)
        canvas.verticalAxisTitle(yTitle, x: 13, y: (top + bottom) / 2)
        let bands = BandScale(count: periods.count, range: (left + 2, right), padding: periods.count > 30 ? 0.15 : 0.25)
        for (index, period) in periods.enumerated() {
            var base = 0.0
            for (slot, category) in series.enumerated() {
                let value = values[index][slot]
                guard value > 0 else { continue }
                let y0 = yScale(base)
                let y1 = yScale(base + value)
                canvas.rect(
                    x: bands.position(index), y: y1, width: bands.bandwidth, height: y0 - y1, fill: category.fill,
                    title: "\(period.full), \(category.label): \(format.string(value, decimals: 0))")
                base += value
            }
        }
        canvas.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: AxisStyle.line)
        canvas.periodLabels(periods, centers: periods.indices.map(bands.center), step: bands.step, y: bottom)
        return canvas.rendered(title: title, description: description)
    }
}
