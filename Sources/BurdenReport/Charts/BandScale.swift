/// Equal bands for categories along an axis (bars, rows), with padding between
/// bands and at the ends.
public struct BandScale: Sendable, Hashable {
    /// The number of bands.
    public let count: Int
    /// Where the first band starts and the last ends (before outer padding).
    public let start: Double
    public let end: Double
    /// The share of each step left empty between bands (0–1).
    public let padding: Double

    /// Creates a scale of `count` bands over `start…end`.
    public init(count: Int, range: (Double, Double), padding: Double = 0.2) {
        self.count = count
        start = range.0
        end = range.1
        self.padding = padding
    }

    /// The distance from one band's start to the next.
    public var step: Double { count > 0 ? (end - start) / Double(count) : 0 }
    /// The width of a band.
    public var bandwidth: Double { step * (1 - padding) }

    /// Where band `index` starts.
    public func position(_ index: Int) -> Double { start + Double(index) * step + step * padding / 2 }
    /// The middle of band `index`.
    public func center(_ index: Int) -> Double { start + (Double(index) + 0.5) * step }
}
