/// The legend of a sequential colour scale: a bar of colour steps with ticks under
/// it and a title above, and swatches for values outside the scale ("no rate").
public struct ColorLegend: Sendable, Hashable {
    /// The scale.
    public let scale: SequentialColorScale
    /// The values marked under the bar.
    public let ticks: [Double]
    /// Decimals of the tick labels.
    public let decimals: Int
    /// The title (what the colour measures).
    public let title: String
    /// Extra swatches: a fill and what it means.
    public let extras: [Swatch]

    /// A swatch beside the bar.
    public struct Swatch: Sendable, Hashable {
        public let fill: String
        public let label: String

        public init(fill: String, label: String) {
            self.fill = fill
            self.label = label
        }
    }

    /// Creates a legend.
    public init(scale: SequentialColorScale, ticks: [Double], decimals: Int, title: String, extras: [Swatch] = []) {
        self.scale = scale
        self.ticks = ticks
        self.decimals = decimals
        self.title = title
        self.extras = extras
    }

    /// The height the legend needs.
    static let height = 58.0

    /// Draws the legend with its top-left corner at (x, y), at most `width` wide.
    func draw(into canvas: inout SVGCanvas, x: Double, y: Double, width: Double, format: NumberFormat) {
        let extrasWidth = extras.reduce(0.0) { $0 + 22 + TextMeasure.width($1.label, size: 12) + 14 }
        let barWidth = max(120, min(260, width - extrasWidth - 10))
        canvas.text(title, x: x, y: y + 12, fill: "#333333")
        let steps = 48
        let barTop = y + 18
        for step in 0..<steps {
            let t = (Double(step) + 0.5) / Double(steps)
            canvas.rect(
                x: x + barWidth * Double(step) / Double(steps), y: barTop, width: barWidth / Double(steps) + 0.3,
                height: 12, fill: scale.color(at: t).hex)
        }
        for value in ticks {
            let position = x + barWidth * scale.position(value)
            canvas.line(x1: position, y1: barTop + 12, x2: position, y2: barTop + 16, stroke: AxisStyle.line)
            canvas.text(
                format.string(value, decimals: decimals), x: position, y: barTop + 28, size: 11, anchor: .middle,
                fill: AxisStyle.label)
        }
        var cursor = x + barWidth + 18
        for extra in extras {
            canvas.rect(x: cursor, y: barTop, width: 14, height: 12, fill: extra.fill, stroke: "#999999", strokeWidth: 0.5)
            canvas.text(extra.label, x: cursor + 19, y: barTop + 10.5, fill: "#333333")
            cursor += 22 + TextMeasure.width(extra.label, size: 12) + 14
        }
    }
}
