import Foundation

/// Reads the region outlines of a GeoJSON `FeatureCollection` (RFC 7946) for a
/// choropleth map.
///
/// Each feature is joined to a region by its properties: first a code property
/// (`shapeISO` as in geoBoundaries, `iso_3166_2`, `ISO`, `code`), then a name
/// (`name`, `name_latin`, `name_en`, `shapeName`, `NAME_1`), each resolved as a list's
/// region spellings are, so `RU-TY`, `Tuva` and `Тыва` all join. Features that name no
/// region are listed in ``RegionShapes/unmatched``; several features of one region
/// are merged. `Polygon` and `MultiPolygon` geometries are read; others are ignored.
public enum GeoJSONReader {
    /// Property names tried, in order, to find the region of a feature.
    public static let joinProperties = [
        "shapeISO", "iso_3166_2", "ISO", "iso", "code", "name", "name_latin", "name_en", "shapeName", "NAME_1", "NAME",
    ]

    /// Reads a file.
    ///
    /// - Parameters:
    ///   - path: the GeoJSON file.
    ///   - resolver: resolves the features' codes and names to regions.
    /// - Throws: ``DataError`` when the file cannot be read, is not JSON, is not a
    ///   `FeatureCollection`, or no feature names a region.
    public static func read(path: String, resolver: RegionResolver) throws(DataError) -> RegionShapes {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            throw DataError(
                .unreadableFile, "cannot read '\(path)': \(exists ? (isFolder.boolValue ? "it is a folder" : "permission denied") : "no such file")")
        }
        return try read(data: data, name: path, resolver: resolver)
    }

    /// Reads GeoJSON from memory; `name` is used in error messages.
    public static func read(data: Data, name: String, resolver: RegionResolver) throws(DataError) -> RegionShapes {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw DataError(.unreadableFile, "cannot read '\(name)': not JSON")
        }
        guard let collection = object as? [String: Any], collection["type"] as? String == "FeatureCollection",
            let features = collection["features"] as? [Any]
        else {
            throw DataError(.unreadableFile, "cannot read '\(name)': not a GeoJSON FeatureCollection")
        }
        var order: [String] = []
        var polygons: [String: [[[GeoPoint]]]] = [:]
        var unmatched: [String] = []
        for (index, item) in features.enumerated() {
            guard let feature = item as? [String: Any] else { continue }
            let properties = feature["properties"] as? [String: Any] ?? [:]
            guard let code = region(of: properties, resolver: resolver) else {
                let label = joinProperties.lazy.compactMap { properties[$0] as? String }.first ?? "feature \(index + 1)"
                unmatched.append(label)
                continue
            }
            guard let geometry = feature["geometry"] as? [String: Any] else { continue }
            let shape = Self.polygons(of: geometry)
            guard !shape.isEmpty else { continue }
            if polygons[code] == nil { order.append(code) }
            polygons[code, default: []] += shape
        }
        guard !order.isEmpty else {
            throw DataError(
                .unreadableFile,
                "'\(name)': no feature names a region (properties tried: \(joinProperties.joined(separator: ", ")))")
        }
        return RegionShapes(shapes: order.map { RegionShape(code: $0, polygons: polygons[$0]!) }, unmatched: unmatched)
    }

    /// The region a feature's properties name, trying ``joinProperties`` in order.
    static func region(of properties: [String: Any], resolver: RegionResolver) -> String? {
        for key in joinProperties {
            guard let text = properties[key] as? String, !text.isEmpty else { continue }
            if let region = try? resolver.region(for: text) { return region.code }
        }
        return nil
    }

    /// The polygons of a `Polygon` or `MultiPolygon` geometry.
    static func polygons(of geometry: [String: Any]) -> [[[GeoPoint]]] {
        switch geometry["type"] as? String {
        case "Polygon":
            return [rings(geometry["coordinates"])].filter { !$0.isEmpty }
        case "MultiPolygon":
            return (geometry["coordinates"] as? [Any] ?? []).map(rings).filter { !$0.isEmpty }
        default:
            return []
        }
    }

    private static func rings(_ value: Any?) -> [[GeoPoint]] {
        (value as? [Any] ?? []).map { ring in
            (ring as? [Any] ?? []).compactMap { position -> GeoPoint? in
                guard let pair = position as? [Any], pair.count >= 2, let longitude = number(pair[0]),
                    let latitude = number(pair[1]), longitude.isFinite, latitude.isFinite
                else { return nil }
                return GeoPoint(longitude: longitude, latitude: latitude)
            }
        }.filter { $0.count >= 3 }
    }

    private static func number(_ value: Any) -> Double? {
        if let number = value as? NSNumber { return number.doubleValue }
        return value as? Double
    }
}
