/// A tick of an axis: where it is and what it says.
public struct AxisTick: Sendable, Hashable {
    /// The position along the axis, in chart units.
    public let position: Double
    /// The label.
    public let label: String

    /// Creates a tick.
    public init(position: Double, label: String) {
        self.position = position
        self.label = label
    }
}

/// The colours and sizes axes share.
enum AxisStyle {
    static let line = "#888888"
    static let grid = "#e6e6e6"
    static let label = "#555555"
    static let labelSize = 12.0
    static let titleSize = 13.0
}

extension SVGCanvas {
    /// A horizontal axis at `y`: a line from `from` to `to`, tick marks, labels below
    /// (or above), and light grid lines from `gridTop` to `gridBottom` when given.
    mutating func horizontalAxis(
        _ ticks: [AxisTick], y: Double, from: Double, to: Double, labelsAbove: Bool = false, gridTop: Double? = nil,
        gridBottom: Double? = nil, drawLine: Bool = true
    ) {
        if let gridTop, let gridBottom {
            for tick in ticks { line(x1: tick.position, y1: gridTop, x2: tick.position, y2: gridBottom, stroke: AxisStyle.grid) }
        }
        if drawLine { line(x1: from, y1: y, x2: to, y2: y, stroke: AxisStyle.line) }
        for tick in ticks {
            let direction = labelsAbove ? -1.0 : 1.0
            line(x1: tick.position, y1: y, x2: tick.position, y2: y + 4 * direction, stroke: AxisStyle.line)
            text(
                tick.label, x: tick.position, y: labelsAbove ? y - 7 : y + 16, size: AxisStyle.labelSize, anchor: .middle,
                fill: AxisStyle.label)
        }
    }

    /// A vertical axis at `x` with labels on its left, tick marks, and grid lines from
    /// `gridLeft` to `gridRight` when given.
    mutating func verticalAxis(
        _ ticks: [AxisTick], x: Double, from: Double, to: Double, gridLeft: Double? = nil, gridRight: Double? = nil
    ) {
        if let gridLeft, let gridRight {
            for tick in ticks { line(x1: gridLeft, y1: tick.position, x2: gridRight, y2: tick.position, stroke: AxisStyle.grid) }
        }
        line(x1: x, y1: from, x2: x, y2: to, stroke: AxisStyle.line)
        for tick in ticks {
            line(x1: x - 4, y1: tick.position, x2: x, y2: tick.position, stroke: AxisStyle.line)
            text(tick.label, x: x - 7, y: tick.position + 4.2, size: AxisStyle.labelSize, anchor: .end, fill: AxisStyle.label)
        }
    }

    /// An axis title centred at `x`, baseline `y`.
    mutating func axisTitle(_ title: String, x: Double, y: Double, anchor: Anchor = .middle) {
        text(title, x: x, y: y, size: AxisStyle.titleSize, anchor: anchor, fill: "#333333")
    }

    /// An axis title set vertically (rotated), centred at `y`, for a left axis.
    mutating func verticalAxisTitle(_ title: String, x: Double, y: Double) {
        element(
            "text",
            [("x", Self.number(x)), ("y", Self.number(y)), ("transform", "rotate(-90 \(Self.number(x)) \(Self.number(y)))"),
             ("text-anchor", "middle"), ("fill", "#333333")],
            text: title)
    }
}

extension NiceTicks {
    /// The ticks as axis ticks, placed by a scale and written with their decimals.
    func axisTicks(_ scale: LinearScale, format: NumberFormat) -> [AxisTick] {
        values.map { AxisTick(position: scale($0), label: format.string($0, decimals: fractionDigits)) }
    }
}
