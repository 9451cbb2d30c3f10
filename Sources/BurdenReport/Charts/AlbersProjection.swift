#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BurdenData

/// The Albers equal-area conic projection on the sphere (Snyder 1987, *Map
/// Projections — A Working Manual*, pp. 98–100), for maps of a country that stretches
/// east–west: areas keep their proportions, so a region's share of ink matches its
/// share of land.
///
/// With standard parallels φ₁, φ₂, origin φ₀ and central meridian λ₀:
/// n = (sin φ₁ + sin φ₂)/2, C = cos²φ₁ + 2n sin φ₁, ρ = √(C − 2n sin φ)/n,
/// θ = n(λ − λ₀), x = ρ sin θ, y = ρ₀ − ρ cos θ. Longitudes are first wrapped into
/// λ₀ − 180° … λ₀ + 180°, so that a region crossing the antimeridian (Chukotka, at
/// −180° … −169° and 172° … 180°) stays in one piece.
public struct AlbersProjection: Sendable, Hashable {
    /// The standard parallels, origin latitude and central meridian, in degrees.
    public let parallels: (Double, Double)
    public let originLatitude: Double
    public let centralMeridian: Double

    private let n: Double
    private let c: Double
    private let rho0: Double

    /// Russia: parallels 52° and 64° N, origin 56° N, central meridian 100° E.
    public static let russia = AlbersProjection(parallels: (52, 64), originLatitude: 56, centralMeridian: 100)

    /// Creates a projection.
    public init(parallels: (Double, Double), originLatitude: Double, centralMeridian: Double) {
        self.parallels = parallels
        self.originLatitude = originLatitude
        self.centralMeridian = centralMeridian
        let phi1 = parallels.0 * .pi / 180
        let phi2 = parallels.1 * .pi / 180
        n = (sin(phi1) + sin(phi2)) / 2
        c = cos(phi1) * cos(phi1) + 2 * n * sin(phi1)
        rho0 = (c - 2 * n * sin(originLatitude * .pi / 180)).squareRoot() / n
    }

    /// The projected position on the unit sphere: x east, y north.
    public func project(_ point: GeoPoint) -> (x: Double, y: Double) {
        var longitude = point.longitude
        while longitude < centralMeridian - 180 { longitude += 360 }
        while longitude >= centralMeridian + 180 { longitude -= 360 }
        let theta = n * (longitude - centralMeridian) * .pi / 180
        let rho = max(0, c - 2 * n * sin(point.latitude * .pi / 180)).squareRoot() / n
        return (rho * sin(theta), rho0 - rho * cos(theta))
    }

    public static func == (a: AlbersProjection, b: AlbersProjection) -> Bool {
        a.parallels == b.parallels && a.originLatitude == b.originLatitude && a.centralMeridian == b.centralMeridian
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(parallels.0)
        hasher.combine(parallels.1)
        hasher.combine(originLatitude)
        hasher.combine(centralMeridian)
    }
}
