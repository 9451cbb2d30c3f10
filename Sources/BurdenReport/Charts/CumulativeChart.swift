import BurdenData

/// Cumulative counts of several sources on one time axis: lines (a daily series, a
/// list counted by date), bands (an estimate with its interval, growing year by year),
/// and markers (published figures, with their ranges as vertical bars). Every element
/// is labelled in the legend with what it counts.
public struct CumulativeChart: Sendable {
    /// A cumulative line.
    public struct Line: Sendable, Hashable {
        public let label: String
        public let color: String
        public let points: [(date: PartialDate, value: Double)]
        public let dashed: Bool

        public init(label: String, color: String, points: [(date: PartialDate, value: Double)], dashed: Bool = false) {
            self.label = label
            self.color = color
            self.points = points
            self.dashed = dashed
        }

        public static func == (a: Line, b: Line) -> Bool {
            a.label == b.label && a.points.map(\.date) == b.points.map(\.date) && a.points.map(\.value) == b.points.map(\.value)
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(label) }
    }

    /// A cumulative estimate with an interval: a line through the values and a band
    /// between the limits.
    public struct Band: Sendable, Hashable {
        public let label: String
        public let color: String
        public let points: [(date: PartialDate, value: Double, low: Double, high: Double)]

        public init(label: String, color: String, points: [(date: PartialDate, value: Double, low: Double, high: Double)]) {
            self.label = label
            self.color = color
            self.points = points
        }

        public static func == (a: Band, b: Band) -> Bool {
            a.label == b.label && a.points.map(\.date) == b.points.map(\.date) && a.points.map(\.value) == b.points.map(\.value)
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(label) }
    }

    /// Published figures of one kind: markers, with vertical bars for ranges.
    public struct Markers: Sendable, Hashable {
        public let label: String
        public let color: String
        public let points: [(date: PartialDate, value: Double, low: Double?, high: Double?, tooltip: String)]

        public init(label: String, color: String, points: [(date: PartialDate, value: Double, low: Double?, high: Double?, tooltip: String)]) {
            self.label = label
            self.color = color
            self.points = points
        }

        public static func == (a: Markers, b: Markers) -> Bool {
            a.label == b.label && a.points.map(\.date) == b.points.map(\.date) && a.points.map(\.value) == b.points.map(\.value)
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(label) }
    }

    public var lines: [Line]
    public var bands: [Band]
    public var markers: [Markers]
    public var yTitle: String
    public var format: NumberFormat
    public var width = 760.0
    public var plotHeight = 320.0

    /// Creates a chart.
    public init(lines: [Line], bands: [Band] = [], markers: [Markers] = [], yTitle: String, format: NumberFormat) {
        self.lines = lines
        self.bands = bands
        self.markers = markers
        self.yTitle = yTitle
        self.format = format
    }

    /// The SVG document.
    public func svg(title: String, description: String? = nil) -> String {
        let legend = SwatchLegend(
            items: bands.map { ($0.color, $0.label) } + lines.map { ($0.color, $0.label) } + markers.map { ($0.color, $0.label) })
        let legendHeight = legend.height(width: width - 20)
        let dates = lines.flatMap { $0.points.map(\.date) } + bands.flatMap { $0.points.map(\.date) }
            + markers.flatMap { $0.points.map(\.date) }
        let values = lines.flatMap { $0.points.map(\.value) } + bands.flatMap { $0.points.map(\.high) }
            + markers.flatMap { $0.points.map { $0.high ?? $0.value } }
        // Counts start at zero; a balance may fall below it.
        let lowest = (lines.flatMap { $0.points.map(\.value) } + bands.flatMap { $0.points.map(\.low) }).min() ?? 0
        let firstDay = dates.map { Self.day($0.earliestDay) }.min() ?? 0
        let lastDay = max(dates.map { Self.day($0.latestDay) }.max() ?? 1, firstDay + 1)
        let ticks = NiceTicks(minimum: min(0, lowest), maximum: max(values.max() ?? 1, 1), count: 6)
        let left = (ticks.values.map { TextMeasure.width(format.string($0, decimals: ticks.fractionDigits), size: 12) }.max() ?? 30) + 30
        let right = width - 16
        let top = 12 + legendHeight + 12
        let bottom = top + plotHeight
        var canvas = SVGCanvas(width: width, height: bottom + 44)
        legend.draw(into: &canvas, x: 10, y: 8, width: width - 20)
        let x = LinearScale(domain: (Double(firstDay), Double(lastDay)), range: (left, right))
        let y = LinearScale(domain: (ticks.lower, ticks.upper), range: (bottom, top))
        canvas.verticalAxis(ticks.axisTicks(y, format: format), x: left, from: bottom, to: top, gridLeft: left, gridRight: right)
        let firstYear = Self.year(ofDay: firstDay)
        let lastYear = Self.year(ofDay: lastDay)
        let yearTicks = (firstYear...lastYear + 1).compactMap { year -> AxisTick? in
            let day = Double(Self.day(PartialDate(year: year, month: 1, day: 1)!))
            guard day >= Double(firstDay), day <= Double(lastDay) else { return nil }
            return AxisTick(position: x(day), label: String(year))
        }
        canvas.horizontalAxis(yearTicks, y: bottom, from: left, to: right, gridTop: top, gridBottom: bottom)
        canvas.verticalAxisTitle(yTitle, x: 14, y: (top + bottom) / 2)

        for band in bands where !band.points.isEmpty {
            let upper = band.points.map { (x: x(Double(Self.day($0.date))), y: y($0.high)) }
            let lower = band.points.reversed().map { (x: x(Double(Self.day($0.date))), y: y($0.low)) }
            let outline = (upper + lower).map { ($0.x, $0.y) }
            canvas.path(Self.pathData(outline) + " Z", fill: band.color, opacity: 0.25, title: band.label)
            canvas.path(Self.pathData(band.points.map { (x(Double(Self.day($0.date))), y($0.value)) }), fill: "none",
                        stroke: band.color, strokeWidth: 2, title: band.label)
            for point in band.points {
                canvas.circle(cx: x(Double(Self.day(point.date))), cy: y(point.value), r: 3.5, fill: band.color,
                              title: "\(band.label), \(point.date): \(format.string(point.value, decimals: 0)) [\(format.string(point.low, decimals: 0)), \(format.string(point.high, decimals: 0))]")
            }
        }
        for line in lines where !line.points.isEmpty {
            let points = line.points.map { (x(Double(Self.day($0.date))), y($0.value)) }
            var attributes = [("d", Self.pathData(points)), ("fill", "none"), ("stroke", line.color), ("stroke-width", "2")]
            if line.dashed { attributes.append(("stroke-dasharray", "6 4")) }
            let last = line.points.last!
            canvas.element("path", attributes, title: "\(line.label): \(format.string(last.value, decimals: 0)) by \(last.date)")
        }
        for group in markers {
            for point in group.points {
                let cx = x(Double(Self.day(point.date)))
                // A range is drawn only when it brackets the figure (some sources give, beside a
                // count, a range of something else: the total it implies).
                if let low = point.low, let high = point.high, low <= point.value, point.value <= high {
                    canvas.line(x1: cx, y1: y(low), x2: cx, y2: y(high), stroke: group.color, width: 2)
                }
                canvas.rect(x: cx - 4, y: y(point.value) - 4, width: 8, height: 8, fill: group.color, stroke: "#ffffff",
                            strokeWidth: 1, title: point.tooltip)
            }
        }
        return canvas.rendered(title: title, description: description)
    }

    /// A polyline's path data.
    static func pathData(_ points: [(Double, Double)]) -> String {
        points.enumerated().map { index, point in
            (index == 0 ? "M" : "L") + SVGCanvas.number(point.0) + " " + SVGCanvas.number(point.1)
        }.joined(separator: " ")
    }

    /// Days since 0001-01-01 of a date (its first day when partial).
    static func day(_ date: PartialDate) -> Int {
        let full = date.earliestDay
        let y = full.year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for month in 1..<(full.month ?? 1) { days += PartialDate.daysIn(month: month, year: full.year) }
        return days + (full.day ?? 1)
    }

    /// The year a day number falls in.
    static func year(ofDay day: Int) -> Int {
        var year = max(1, day / 366)
        while Self.day(PartialDate(year: year + 1, month: 1, day: 1)!) <= day { year += 1 }
        return year
    }
}
