/// A point on the globe: longitude and latitude in degrees (WGS 84).
public struct GeoPoint: Sendable, Hashable {
    /// Degrees east, −180…180.
    public let longitude: Double
    /// Degrees north, −90…90.
    public let latitude: Double

    /// Creates a point.
    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// The outline of one region: polygons, each an outer ring and its holes, each ring
/// a closed list of points.
public struct RegionShape: Sendable, Hashable {
    /// The region code.
    public let code: String
    /// Polygons; in each, the first ring is the outline and the others are holes.
    public let polygons: [[[GeoPoint]]]

    /// Creates a shape.
    public init(code: String, polygons: [[[GeoPoint]]]) {
        self.code = code
        self.polygons = polygons
    }
}

/// The outlines of a map's regions, as read from a GeoJSON file, with the features
/// that did not name a region of the table.
public struct RegionShapes: Sendable, Hashable {
    /// One shape per region, in the order first met in the file.
    public let shapes: [RegionShape]
    /// Features whose properties named no region (their first name-like property, or
    /// `feature N`).
    public let unmatched: [String]

    /// Creates a set of shapes.
    public init(shapes: [RegionShape], unmatched: [String] = []) {
        self.shapes = shapes
        self.unmatched = unmatched
    }

    /// The shape of a region.
    public func shape(code: String) -> RegionShape? { shapes.first { $0.code == code } }
}
