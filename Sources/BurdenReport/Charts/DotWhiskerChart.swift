/// Estimates with intervals, one row each, sorted as given: a dot for the estimate
/// and a whisker for its interval against a common axis (the rate table as a chart).
public struct DotWhiskerChart: Sendable {
    /// One row.
    public struct Row: Sendable, Hashable {
        public let label: String
        public let value: Double
        public let low: Double
        public let high: Double
        /// The dot's fill.
        public let fill: String
        /// The tooltip.
        public let tooltip: String

        public init(label: String, value: Double, low: Double, high: Double, fill: String, tooltip: String) {
            self.label = label
            self.value = value
            self.low = low
            self.high = high
            self.fill = fill
            self.tooltip = tooltip
        }
    }

    /// The rows, top to bottom.
    public var rows: [Row]
    /// A vertical reference line (the rate of all regions) and its label.
    public var reference: (value: Double, label: String)?
    /// What the axis measures.
    public var axisTitle: String
    /// How numbers are written.
    public var format: NumberFormat
    /// The chart's width.
    public var width = 500.0
    /// Where the axis ends at most; whiskers beyond it are cut at the edge. The
    /// largest upper limit when `nil`.
    public var axisMaximum: Double?

    /// Creates a chart.
    public init(rows: [Row], reference: (value: Double, label: String)? = nil, axisTitle: String, format: NumberFormat) {
        self.rows = rows
        self.reference = reference
        self.axisTitle = axisTitle
        self.format = format
    }

    static let rowHeight = 15.0

    /// The SVG document.
    public func svg(title: String, description: String? = nil) -> String {
        let labelWidth = min(190, rows.map { TextMeasure.width($0.label, size: 12) }.max() ?? 0)
        let left = labelWidth + 14
        let right = width - 18
        let top = 40.0
        let bottom = top + Double(rows.count) * Self.rowHeight
        let height = bottom + 50
        var canvas = SVGCanvas(width: width, height: height)
        let highest = max(rows.map(\.high).max() ?? 1, reference?.value ?? 0)
        let maximum = axisMaximum.map { min($0, highest) } ?? highest
        let minimum = min(0, rows.map(\.low).min() ?? 0)
        let (scale, ticks) = LinearScale.nice(minimum: minimum, maximum: maximum, range: (left, right), count: 6)
        let (lowest, upmost) = (scale.domain.lower, scale.domain.upper)
        for (index, _) in rows.enumerated() where index % 2 == 1 {
            canvas.rect(x: 0, y: top + Double(index) * Self.rowHeight, width: width, height: Self.rowHeight, fill: "#f4f4f4")
        }
        let axisTicks = ticks.axisTicks(scale, format: format)
        canvas.horizontalAxis(axisTicks, y: top - 4, from: left, to: right, labelsAbove: true, gridTop: top, gridBottom: bottom)
        canvas.horizontalAxis(axisTicks, y: bottom + 4, from: left, to: right)
        canvas.axisTitle(axisTitle, x: (left + right) / 2, y: bottom + 40)
        if lowest < 0 { canvas.line(x1: scale(0), y1: top, x2: scale(0), y2: bottom, stroke: "#555555") }
        if let reference {
            let x = scale(reference.value)
            canvas.line(x1: x, y1: top - 2, x2: x, y2: bottom + 2, stroke: "#b2182b", width: 1, dash: "4 3")
            let labelWidth = TextMeasure.width(reference.label, size: 12)
            let anchorRight = x + 4 + labelWidth > right
            canvas.text(
                reference.label, x: anchorRight ? x - 4 : x + 4, y: top - 26, anchor: anchorRight ? .end : .start,
                fill: "#b2182b")
        }
        for (index, row) in rows.enumerated() {
            let y = top + (Double(index) + 0.5) * Self.rowHeight
            canvas.openGroup(title: row.tooltip)
            canvas.text(Self.fitted(row.label, width: labelWidth), x: left - 8, y: y + 4.2, anchor: .end)
            let (low, high) = (max(row.low, lowest), min(row.high, upmost))
            canvas.line(x1: scale(low), y1: y, x2: scale(high), y2: y, stroke: "#444444", width: 1.2)
            if row.high > upmost {
                // An arrowhead: the interval goes on beyond the axis.
                let x = scale(upmost)
                canvas.polygon([(x, y), (x - 5, y - 3), (x - 5, y + 3)], fill: "#444444")
            }
            if row.value >= lowest, row.value <= upmost {
                canvas.circle(cx: scale(row.value), cy: y, r: 3.6, fill: row.fill, stroke: "#222222", strokeWidth: 0.6)
            }
            canvas.closeGroup()
        }
        return canvas.rendered(title: title, description: description)
    }

    /// The label cut with an ellipsis to fit `width` at 12 px.
    static func fitted(_ label: String, width: Double) -> String {
        guard TextMeasure.width(label, size: 12) > width else { return label }
        var characters = Array(label)
        while !characters.isEmpty, TextMeasure.width(String(characters) + "…", size: 12) > width { characters.removeLast() }
        return String(characters) + "…"
    }
}
