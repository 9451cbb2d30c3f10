/// Points of two variables with a fitted line, a note of the correlation, and labels
/// beside the most notable points that never overlap (see ``LabelPlacer``).
public struct ScatterChart: Sendable {
    /// One point.
    public struct Point: Sendable, Hashable {
        public let x: Double
        public let y: Double
        /// The label shown beside the point when there is room.
        public let label: String
        /// The tooltip.
        public let tooltip: String
        public let fill: String

        public init(x: Double, y: Double, label: String, tooltip: String, fill: String) {
            self.x = x
            self.y = y
            self.label = label
            self.tooltip = tooltip
            self.fill = fill
        }
    }

    /// The points.
    public var points: [Point]
    /// The fitted line y = intercept + slope·x, drawn across the points' range.
    public var line: (intercept: Double, slope: Double)?
    /// Lines of text in a corner (r, ρ, n).
    public var note: [String]
    public var xTitle: String
    public var yTitle: String
    public var format: NumberFormat
    public var width = 500.0
    public var height = 380.0
    /// The most labels to show.
    public var labelLimit = 22

    /// Creates a chart.
    public init(points: [Point], line: (intercept: Double, slope: Double)?, note: [String], xTitle: String, yTitle: String, format: NumberFormat) {
        self.points = points
        self.line = line
        self.note = note
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.format = format
    }

    static let radius = 3.5
    static let labelSize = 11.0

    /// Where the plot area is and the labels placed, for the SVG and for tests.
    public struct Layout: Sendable {
        public let plot: ChartRect
        public let note: ChartRect
        public let labels: [LabelPlacer.Placement?]
        let xScale: LinearScale
        let yScale: LinearScale
        let xTicks: NiceTicks
        let yTicks: NiceTicks
    }

    /// Lays the chart out.
    public func layout() -> Layout {
        let xs = points.map(\.x)
        let ys = points.map(\.y)
        let yTicks = NiceTicks(minimum: min(0, ys.min() ?? 0), maximum: ys.max() ?? 1)
        let yLabelWidth = yTicks.values.map { TextMeasure.width(format.string($0, decimals: yTicks.fractionDigits), size: 12) }.max() ?? 20
        let xTicks = NiceTicks(minimum: xs.min() ?? 0, maximum: xs.max() ?? 1)
        let lastLabel = format.string(xTicks.upper, decimals: xTicks.fractionDigits)
        let rightMargin = max(14, TextMeasure.width(lastLabel, size: 12) / 2 + 4)
        let plot = ChartRect(x: yLabelWidth + 34, y: 12, width: width - yLabelWidth - 34 - rightMargin, height: height - 12 - 52)
        let xScale = LinearScale(domain: (xTicks.lower, xTicks.upper), range: (plot.x, plot.maxX))
        let yScale = LinearScale(domain: (yTicks.lower, yTicks.upper), range: (plot.maxY, plot.y))

        // The note goes into the corner with the fewest points.
        let noteWidth = (note.map { TextMeasure.width($0, size: 12) }.max() ?? 0) + 12
        let noteHeight = Double(note.count) * 15 + 6
        let corners = [
            ChartRect(x: plot.x + 4, y: plot.y + 4, width: noteWidth, height: noteHeight),
            ChartRect(x: plot.maxX - 4 - noteWidth, y: plot.y + 4, width: noteWidth, height: noteHeight),
            ChartRect(x: plot.maxX - 4 - noteWidth, y: plot.maxY - 4 - noteHeight, width: noteWidth, height: noteHeight),
            ChartRect(x: plot.x + 4, y: plot.maxY - 4 - noteHeight, width: noteWidth, height: noteHeight),
        ]
        let pointBoxes = points.map {
            ChartRect(x: xScale($0.x) - Self.radius, y: yScale($0.y) - Self.radius, width: 2 * Self.radius, height: 2 * Self.radius)
        }
        let noteBox = corners.min { a, b in
            pointBoxes.filter { $0.intersects(a) }.count < pointBoxes.filter { $0.intersects(b) }.count
        } ?? corners[0]

        // Labels: the points farthest from the line and from the middle first.
        let order = points.indices.sorted { a, b in
            let (sa, sb) = (salience(a, xScale: xScale, yScale: yScale), salience(b, xScale: xScale, yScale: yScale))
            return sa != sb ? sa > sb : a < b
        }
        let requests = order.map { index in
            LabelPlacer.Request(
                x: xScale(points[index].x), y: yScale(points[index].y), radius: Self.radius,
                width: TextMeasure.width(points[index].label, size: Self.labelSize) + 2, height: Self.labelSize + 2)
        }
        let placed = LabelPlacer.place(requests, obstacles: pointBoxes + [noteBox], bounds: plot, limit: labelLimit)
        var labels = [LabelPlacer.Placement?](repeating: nil, count: points.count)
        for (slot, index) in order.enumerated() { labels[index] = placed[slot] }
        return Layout(plot: plot, note: noteBox, labels: labels, xScale: xScale, yScale: yScale, xTicks: xTicks, yTicks: yTicks)
    }

    /// How much a point stands out: its distance from the fitted line and from the
    /// centre of the cloud, in pixels.
    private func salience(_ index: Int, xScale: LinearScale, yScale: LinearScale) -> Double {
        let point = points[index]
        let fitted = line.map { $0.intercept + $0.slope * point.x } ?? point.y
        let meanX = points.reduce(0) { $0 + $1.x } / Double(max(points.count, 1))
        let vertical = abs(yScale(point.y) - yScale(fitted))
        let horizontal = abs(xScale(point.x) - xScale(meanX))
        return vertical + 0.5 * horizontal
    }

    /// The SVG document.
    public func svg(title: String, description: String? = nil) -> String {
        let layout = layout()
        let plot = layout.plot
        var canvas = SVGCanvas(width: width, height: height)
        canvas.verticalAxis(
            layout.yTicks.axisTicks(layout.yScale, format: format), x: plot.x, from: plot.y, to: plot.maxY, gridLeft: plot.x,
            gridRight: plot.maxX)
        canvas.horizontalAxis(
            layout.xTicks.axisTicks(layout.xScale, format: format), y: plot.maxY, from: plot.x, to: plot.maxX,
            gridTop: plot.y, gridBottom: plot.maxY)
        canvas.axisTitle(xTitle, x: plot.x + plot.width / 2, y: height - 10)
        canvas.verticalAxisTitle(yTitle, x: 13, y: plot.y + plot.height / 2)
        if let line, let xMin = points.map(\.x).min(), let xMax = points.map(\.x).max() {
            // Clip the line to the plot's vertical range.
            var (x1, x2) = (xMin, xMax)
            let (yLow, yHigh) = (layout.yScale.domain.lower, layout.yScale.domain.upper)
            if line.slope != 0 {
                let atLow = (yLow - line.intercept) / line.slope
                let atHigh = (yHigh - line.intercept) / line.slope
                let (enter, exit) = (min(atLow, atHigh), max(atLow, atHigh))
                (x1, x2) = (max(x1, enter), min(x2, exit))
            }
            if x1 < x2 {
                canvas.line(
                    x1: layout.xScale(x1), y1: layout.yScale(line.intercept + line.slope * x1), x2: layout.xScale(x2),
                    y2: layout.yScale(line.intercept + line.slope * x2), stroke: "#b2182b", width: 1.5)
            }
        }
        for point in points {
            canvas.circle(
                cx: layout.xScale(point.x), cy: layout.yScale(point.y), r: Self.radius, fill: point.fill, stroke: "#222222",
                strokeWidth: 0.5, opacity: 0.85, title: point.tooltip)
        }
        for (index, placement) in layout.labels.enumerated() {
            guard let placement else { continue }
            canvas.text(points[index].label, x: placement.textX + 1, y: placement.baseline, size: Self.labelSize, fill: "#333333")
        }
        canvas.rect(
            x: layout.note.x, y: layout.note.y, width: layout.note.width, height: layout.note.height, fill: "#ffffff",
            stroke: "#cccccc", strokeWidth: 0.5, opacity: 0.9)
        for (index, line) in note.enumerated() {
            canvas.text(line, x: layout.note.x + 6, y: layout.note.y + 16 + Double(index) * 15)
        }
        return canvas.rendered(title: title, description: description)
    }
}
