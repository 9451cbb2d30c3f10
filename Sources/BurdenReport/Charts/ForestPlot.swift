/// Ratios with intervals on a logarithmic axis, in sections — the forest plot of
/// relative risks: a square for each estimate, a whisker for its interval, a line at
/// 1 (no difference), and the numbers written on the right.
public struct ForestPlot: Sendable {
    /// A line of the plot.
    public enum Row: Sendable, Hashable {
        /// A section heading.
        case heading(String)
        /// An estimate: its label, the ratio and interval (`nil` when there is none),
        /// the text written on the right, and the tooltip.
        case estimate(label: String, value: Double?, low: Double?, high: Double?, text: String, tooltip: String)
    }

    public var rows: [Row]
    public var axisTitle: String
    public var format: NumberFormat
    public var width = 500.0

    /// Creates a plot.
    public init(rows: [Row], axisTitle: String, format: NumberFormat) {
        self.rows = rows
        self.axisTitle = axisTitle
        self.format = format
    }

    static let rowHeight = 19.0

    /// The SVG document.
    public func svg(title: String, description: String? = nil) -> String {
        var labels: [String] = []
        var texts: [String] = []
        var lows: [Double] = [1]
        var highs: [Double] = [1]
        for row in rows {
            switch row {
            case .heading(let text): labels.append(text)
            case .estimate(let label, let value, let low, let high, let text, _):
                labels.append(label)
                texts.append(text)
                if let low, low > 0 { lows.append(low) }
                if let high, high.isFinite { highs.append(high) }
                if let value, value > 0 { lows.append(value) }
            }
        }
        let labelWidth = min(210, labels.map { TextMeasure.width($0, size: 12, bold: true) }.max() ?? 0)
        let textWidth = texts.map { TextMeasure.width($0, size: 12) }.max() ?? 0
        let left = labelWidth + 22
        let right = width - textWidth - 18
        let top = 10.0
        let bottom = top + Double(rows.count) * Self.rowHeight + 4
        let height = bottom + 44
        var canvas = SVGCanvas(width: width, height: height)
        let lower = (lows.min() ?? 1) / 1.15
        let upper = (highs.max() ?? 1) * 1.15
        let scale = LogScale(domain: (lower, upper), range: (left, right))
        let ticks = scale.ticks(count: 7).map {
            AxisTick(position: scale($0), label: format.string($0, decimals: LogScale.fractionDigits(of: $0)))
        }
        canvas.horizontalAxis(ticks, y: bottom, from: left, to: right, gridTop: top, gridBottom: bottom)
        canvas.axisTitle(axisTitle, x: (left + right) / 2, y: bottom + 36)
        canvas.line(x1: scale(1), y1: top, x2: scale(1), y2: bottom, stroke: "#555555", width: 1)
        for (index, row) in rows.enumerated() {
            let y = top + (Double(index) + 0.5) * Self.rowHeight
            switch row {
            case .heading(let text):
                canvas.text(DotWhiskerChart.fitted(text, width: labelWidth + 14), x: 6, y: y + 4.2, bold: true)
            case .estimate(let label, let value, let low, let high, let text, let tooltip):
                canvas.openGroup(title: tooltip)
                canvas.text(DotWhiskerChart.fitted(label, width: labelWidth), x: 18, y: y + 4.2)
                if let low, let high, low > 0 {
                    canvas.line(x1: scale(low), y1: y, x2: scale(min(high, upper)), y2: y, stroke: "#333333", width: 1.3)
                }
                if let value, value > 0 {
                    canvas.rect(x: scale(value) - 4, y: y - 4, width: 8, height: 8, fill: "#2166ac", stroke: "#1a1a1a", strokeWidth: 0.6)
                }
                canvas.text(text, x: width - 8, y: y + 4.2, anchor: .end, fill: "#333333")
                canvas.closeGroup()
            }
        }
        return canvas.rendered(title: title, description: description)
    }
}
