import BurdenData
import BurdenTestSupport
import Foundation
import Testing

struct GeoJSONReaderTests {
    static let sample = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"shapeISO": "RU-TY", "shapeName": "Tyva"},
           "geometry": {"type": "Polygon", "coordinates": [[[89, 50], [99, 50], [99, 53], [89, 53], [89, 50]]]}},
          {"type": "Feature", "properties": {"name": "Чукотский АО"},
           "geometry": {"type": "MultiPolygon", "coordinates": [
             [[[172, 64], [180, 64], [180, 70], [172, 70], [172, 64]]],
             [[[-180, 64], [-169, 64], [-169, 68], [-180, 68], [-180, 64]]]]}},
          {"type": "Feature", "properties": {"name": "Atlantis"},
           "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
          {"type": "Feature", "properties": {"shapeISO": "RU-TY"},
           "geometry": {"type": "Polygon", "coordinates": [[[95, 49], [96, 49], [96, 50], [95, 49]]]}},
          {"type": "Feature", "properties": {"name": "Moscow"}, "geometry": {"type": "Point", "coordinates": [37, 55]}}
        ]}
        """

    @Test func featuresJoinByCodeOrNameAndMerge() throws {
        let shapes = try GeoJSONReader.read(data: Data(Self.sample.utf8), name: "sample", resolver: RussiaReference.resolver)
        #expect(shapes.shapes.map(\.code) == ["RU-TY", "RU-CHU"])
        #expect(shapes.shape(code: "RU-TY")?.polygons.count == 2)
        #expect(shapes.shape(code: "RU-CHU")?.polygons.count == 2)
        #expect(shapes.shape(code: "RU-CHU")?.polygons[1][0][0] == GeoPoint(longitude: -180, latitude: 64))
        #expect(shapes.unmatched == ["Atlantis"])
    }

    @Test("not GeoJSON is a data error", arguments: ["not json", "[1, 2]", #"{"type": "Feature"}"#,
                                                     #"{"type": "FeatureCollection", "features": []}"#])
    func badInput(text: String) {
        #expect(throws: DataError.self) {
            try GeoJSONReader.read(data: Data(text.utf8), name: "bad", resolver: RussiaReference.resolver)
        }
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func theSharedMapsJoinEveryFeature() throws {
        let russia = try GeoJSONReader.read(path: SharedData.url("geo/russia.geojson").path, resolver: RussiaReference.resolver)
        #expect(russia.shapes.count == 83 && russia.unmatched.isEmpty)
        #expect(Set(russia.shapes.map(\.code)).isSubset(of: Set(RussiaReference.table.regions.map(\.code))))
        let withCrimea = try GeoJSONReader.read(
            path: SharedData.url("geo/alt_with_crimea/russia.geojson").path, resolver: RussiaReference.resolver)
        #expect(withCrimea.shapes.count == 84 && withCrimea.unmatched.isEmpty, "\(withCrimea.unmatched)")
        #expect(withCrimea.shape(code: "UA-43") != nil)
    }
}
