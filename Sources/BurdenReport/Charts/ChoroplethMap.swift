import BurdenData

/// A choropleth map: each region's outline filled by its value, in the Albers
/// projection, fitted to the width, with a colour legend under it.
///
/// Outlines are simplified for the screen: after projection, points closer than
/// 0.6 px to the last point kept are dropped and coordinates are written to 0.1 px;
/// rings smaller than about a pixel disappear. The SVG stays small (tens of kB for
/// Russia's 52,000 vertices) and looks the same.
public struct ChoroplethMap: Sendable {
    /// One region.
    public struct Area: Sendable, Hashable {
        public let shape: RegionShape
        public let fill: String
        public let tooltip: String

        public init(shape: RegionShape, fill: String, tooltip: String) {
            self.shape = shape
            self.fill = fill
            self.tooltip = tooltip
        }
    }

    public var areas: [Area]
    public var legend: ColorLegend
    public var format: NumberFormat
    public var projection: AlbersProjection
    public var width = 560.0

    /// Creates a map.
    public init(areas: [Area], legend: ColorLegend, format: NumberFormat, projection: AlbersProjection = .russia) {
        self.areas = areas
        self.legend = legend
        self.format = format
        self.projection = projection
    }

    /// The SVG document.
    public func svg(title: String, description: String? = nil) -> String {
        let projected: [[[[(x: Double, y: Double)]]]] = areas.map { area in
            area.shape.polygons.map { polygon in polygon.map { ring in ring.map(projection.project) } }
        }
        var (minX, maxX, minY, maxY) = (Double.infinity, -Double.infinity, Double.infinity, -Double.infinity)
        for area in projected {
            for polygon in area {
                for point in polygon.first ?? [] {
                    minX = min(minX, point.x)
                    maxX = max(maxX, point.x)
                    minY = min(minY, point.y)
                    maxY = max(maxY, point.y)
                }
            }
        }
        if !minX.isFinite { (minX, maxX, minY, maxY) = (0, 1, 0, 1) }
        let margin = 8.0
        let scale = (width - 2 * margin) / max(maxX - minX, 1e-9)
        let mapHeight = (maxY - minY) * scale
        let height = margin + mapHeight + 14 + ColorLegend.height
        var canvas = SVGCanvas(width: width, height: height)
        for (index, area) in areas.enumerated() {
            var data = ""
            for polygon in projected[index] {
                for ring in polygon {
                    data += Self.pathData(ring.map { (margin + ($0.x - minX) * scale, margin + (maxY - $0.y) * scale) })
                }
            }
            guard !data.isEmpty else { continue }
            canvas.path(data, fill: area.fill, stroke: "#ffffff", strokeWidth: 0.4, title: area.tooltip)
        }
        legend.draw(into: &canvas, x: margin, y: margin + mapHeight + 10, width: width - 2 * margin, format: format)
        return canvas.rendered(title: title, description: description)
    }

    /// A closed subpath through the points, simplified (see the type's discussion);
    /// empty when fewer than three points remain or the ring covers less than a pixel.
    public static func pathData(_ points: [(x: Double, y: Double)]) -> String {
        var kept: [(x: Double, y: Double)] = []
        for point in points {
            let rounded = ((point.x * 10).rounded() / 10, (point.y * 10).rounded() / 10)
            if let last = kept.last {
                let (dx, dy) = (rounded.0 - last.x, rounded.1 - last.y)
                if dx * dx + dy * dy < 0.36 { continue }
            }
            kept.append(rounded)
        }
        if kept.count > 1, let first = kept.first, let last = kept.last, first == last { kept.removeLast() }
        guard kept.count >= 3 else { return "" }
        var area = 0.0
        for index in kept.indices {
            let next = kept[(index + 1) % kept.count]
            area += kept[index].x * next.y - next.x * kept[index].y
        }
        guard abs(area) / 2 >= 0.5 else { return "" }
        var data = "M" + Self.coordinate(kept[0].x) + " " + Self.coordinate(kept[0].y)
        var previous = kept[0]
        for point in kept.dropFirst() {
            // Relative moves keep the path short.
            data += "l" + Self.coordinate(point.x - previous.x) + " " + Self.coordinate(point.y - previous.y)
            previous = point
        }
        return data + "z"
    }

    /// A coordinate to 0.1.
    private static func coordinate(_ value: Double) -> String {
        // Projected outlines lie within the map; a wild coordinate is clamped, never trapped on.
        let tenths = Int(max(-1e12, min(1e12, value.isFinite ? (value * 10).rounded() : 0)))
        if tenths == 0 { return "0" }
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + String(magnitude / 10) + "." + String(magnitude % 10)
    }
}
