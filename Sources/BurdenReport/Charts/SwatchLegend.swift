/// A legend of categories: a coloured square and a label each, wrapped into lines
/// that fit a width.
struct SwatchLegend {
    /// The categories: fill and label.
    let items: [(fill: String, label: String)]

    private static let size = 12.0
    private static let lineHeight = 18.0

    /// The lines the items wrap into at `width`, each a list of (item, x offset).
    func lines(width: Double) -> [[(index: Int, offset: Double)]] {
        var lines: [[(Int, Double)]] = [[]]
        var cursor = 0.0
        for (index, item) in items.enumerated() {
            let itemWidth = 16 + TextMeasure.width(item.label, size: Self.size) + 14
            if cursor > 0, cursor + itemWidth > width {
                lines.append([])
                cursor = 0
            }
            lines[lines.count - 1].append((index, cursor))
            cursor += itemWidth
        }
        return lines.filter { !$0.isEmpty }
    }

    /// The height the legend needs at `width`.
    func height(width: Double) -> Double { Double(lines(width: width).count) * Self.lineHeight }

    /// Draws the legend with its top-left corner at (x, y).
    func draw(into canvas: inout SVGCanvas, x: Double, y: Double, width: Double) {
        for (row, line) in lines(width: width).enumerated() {
            let top = y + Double(row) * Self.lineHeight
            for (index, offset) in line {
                canvas.rect(x: x + offset, y: top + 2, width: 11, height: 11, fill: items[index].fill)
                canvas.text(items[index].label, x: x + offset + 16, y: top + 12, fill: "#333333")
            }
        }
    }
}
