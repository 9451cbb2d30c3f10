#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A perceptually uniform sequential colour scale for a quantity (a rate): viridis
/// or cividis, sampled at eleven control points and interpolated between them.
///
/// Viridis and cividis (van der Walt & Smith 2015; Nuñez, Anderton & Renslow 2018)
/// change lightness evenly and stay readable for the common forms of colour
/// blindness and in grey. By default the scale runs from light (low) to dark (high),
/// so that more burden reads as darker ink. With ``Transform/log`` equal ratios get
/// equal colour steps — rates that span two orders of magnitude stay distinguishable.
public struct SequentialColorScale: Sendable, Hashable {
    /// The palettes.
    public enum Palette: String, Sendable, Hashable {
        case viridis, cividis

        /// The colours at 0, 0.1, …, 1 (matplotlib's tables), dark to light.
        public var controlPoints: [RGBColor] {
            switch self {
            case .viridis:
                ["#440154", "#482475", "#414487", "#355f8d", "#2a788e", "#21918c", "#22a884", "#44bf70", "#7ad151",
                 "#bddf26", "#fde725"].map(RGBColor.init(hex:))
            case .cividis:
                ["#00224e", "#083370", "#35456c", "#4f576c", "#666970", "#7d7c78", "#948e77", "#aea371", "#c8b866",
                 "#e5cf52", "#fee838"].map(RGBColor.init(hex:))
            }
        }
    }

    /// How values are placed along the palette.
    public enum Transform: String, Sendable, Hashable {
        case linear, log
    }

    /// The values at the light and the dark end.
    public let lower: Double
    public let upper: Double
    public let palette: Palette
    public let transform: Transform
    /// Whether high values are dark (the default) rather than light.
    public let darkIsHigh: Bool

    /// Creates a scale over `lower…upper` (for `log`, both positive).
    public init(lower: Double, upper: Double, palette: Palette = .viridis, transform: Transform = .linear, darkIsHigh: Bool = true) {
        self.lower = lower
        self.upper = upper
        self.palette = palette
        self.transform = transform
        self.darkIsHigh = darkIsHigh
    }

    /// The position of a value along the scale, 0 (low) to 1 (high), clamped.
    public func position(_ value: Double) -> Double {
        let t: Double
        switch transform {
        case .linear:
            t = upper > lower ? (value - lower) / (upper - lower) : 0.5
        case .log:
            guard value > 0, lower > 0, upper > lower else { return value <= lower ? 0 : 0.5 }
            t = (log(value) - log(lower)) / (log(upper) - log(lower))
        }
        return t.isFinite ? min(1, max(0, t)) : 0
    }

    /// The colour at a position 0…1 along the scale.
    public func color(at position: Double) -> RGBColor {
        let points = palette.controlPoints
        let t = darkIsHigh ? 1 - position : position
        let scaled = min(1, max(0, t)) * Double(points.count - 1)
        let index = min(points.count - 2, Int(scaled))
        return points[index].mixed(with: points[index + 1], scaled - Double(index))
    }

    /// The colour of a value.
    public func color(_ value: Double) -> RGBColor { color(at: position(value)) }
}
