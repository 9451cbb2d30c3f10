/// A tile-grid map: one equal square per region at its grid position, filled by a
/// value, with a short label in each square and a colour legend under the grid.
public struct TileGridMap: Sendable {
    /// One region's square.
    public struct Tile: Sendable, Hashable {
        public let row: Int
        public let column: Int
        public let label: String
        public let fill: String
        /// The tooltip (name and value).
        public let tooltip: String
        /// Whether to hatch the square (no value).
        public let hatched: Bool

        public init(row: Int, column: Int, label: String, fill: String, tooltip: String, hatched: Bool = false) {
            self.row = row
            self.column = column
            self.label = label
            self.fill = fill
            self.tooltip = tooltip
            self.hatched = hatched
        }
    }

    public var tiles: [Tile]
    public var legend: ColorLegend
    public var format: NumberFormat
    public var width = 560.0

    /// Creates a map.
    public init(tiles: [Tile], legend: ColorLegend, format: NumberFormat) {
        self.tiles = tiles
        self.legend = legend
        self.format = format
    }

    /// The SVG document.
    public func svg(title: String, description: String? = nil) -> String {
        let rows = tiles.map(\.row).max() ?? 1
        let columns = tiles.map(\.column).max() ?? 1
        let cell = min(40, (width - 16) / Double(columns))
        let gap = max(1.5, cell * 0.07)
        let left = (width - cell * Double(columns)) / 2
        let top = 8.0
        let gridHeight = cell * Double(rows)
        let height = top + gridHeight + 14 + ColorLegend.height
        var canvas = SVGCanvas(width: width, height: height)
        let fontSize = min(11, max(7, cell * 0.32))
        for tile in tiles {
            let x = left + Double(tile.column - 1) * cell
            let y = top + Double(tile.row - 1) * cell
            let side = cell - gap
            canvas.openGroup(title: tile.tooltip)
            canvas.rect(x: x, y: y, width: side, height: side, fill: tile.fill)
            if tile.hatched {
                // Diagonal hatching drawn as lines (no pattern ids, which would clash between inline SVGs).
                var offset = 4.0
                while offset < 2 * side {
                    let (x1, y1) = (x + max(0, offset - side), y + min(side, offset))
                    let (x2, y2) = (x + min(side, offset), y + max(0, offset - side))
                    canvas.line(x1: x1, y1: y1, x2: x2, y2: y2, stroke: "#ffffff", width: 1)
                    offset += 5
                }
            }
            let ink = tile.hatched ? "#111111" : RGBColor(hex: tile.fill).contrastingText
            canvas.text(tile.label, x: x + side / 2, y: y + side / 2 + fontSize * 0.36, size: fontSize, anchor: .middle, fill: ink)
            canvas.closeGroup()
        }
        legend.draw(into: &canvas, x: left, y: top + gridHeight + 10, width: width - left - 8, format: format)
        return canvas.rendered(title: title, description: description)
    }
}
