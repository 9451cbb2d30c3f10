/// The label of a period on a time axis: a short part shown at every labelled tick
/// (`Mar`, `Q2`) and an optional longer part under it where a new year starts (`2023`).
public struct PeriodLabel: Sendable, Hashable {
    /// The short part.
    public let primary: String
    /// The year, at the first period and at each January or first quarter.
    public let secondary: String?
    /// The full name, for tooltips (`March 2022`).
    public let full: String

    /// Creates a label.
    public init(primary: String, secondary: String?, full: String) {
        self.primary = primary
        self.secondary = secondary
        self.full = full
    }
}

extension SVGCanvas {
    /// Labels under a time axis at `y`: the short parts of every k-th period, k the
    /// smallest of 1, 2, 3, 4, 6, 12 at which they do not touch (aligned so that the
    /// periods with a year are labelled), and the years under them.
    mutating func periodLabels(_ labels: [PeriodLabel], centers: [Double], step: Double, y: Double) {
        let widest = labels.map { TextMeasure.width($0.primary, size: AxisStyle.labelSize) }.max() ?? 0
        let every = [1, 2, 3, 4, 6, 12, 24, 48].first { Double($0) * step >= widest + 6 } ?? 48
        let anchor = labels.indices.first { $0 > 0 && labels[$0].secondary != nil }.map { $0 % every } ?? 0
        var lastYearEnd = -Double.infinity
        for (index, label) in labels.enumerated() {
            let labelled = index % every == anchor
            if labelled {
                line(x1: centers[index], y1: y, x2: centers[index], y2: y + 4, stroke: AxisStyle.line)
                text(label.primary, x: centers[index], y: y + 16, size: AxisStyle.labelSize, anchor: .middle, fill: AxisStyle.label)
            }
            if let year = label.secondary {
                let width = TextMeasure.width(year, size: AxisStyle.labelSize)
                let x = centers[index]
                if x - width / 2 > lastYearEnd + 4 {
                    text(year, x: x, y: y + 31, size: AxisStyle.labelSize, anchor: .middle, bold: true, fill: AxisStyle.label)
                    lastYearEnd = x + width / 2
                }
            }
        }
    }
}
