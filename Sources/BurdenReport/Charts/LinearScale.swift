/// A linear map from data values (the domain) to positions on a chart (the range).
public struct LinearScale: Sendable, Hashable {
    /// The data values at the two ends.
    public let domain: (lower: Double, upper: Double)
    /// The positions of the two ends.
    public let range: (lower: Double, upper: Double)

    /// Creates a scale; an empty domain maps everything to the middle of the range.
    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = (domain.0, domain.1)
        self.range = (range.0, range.1)
    }

    /// A scale whose domain is widened to nice ticks covering `minimum…maximum`, and the ticks.
    public static func nice(minimum: Double, maximum: Double, range: (Double, Double), count: Int = 5) -> (
        scale: LinearScale, ticks: NiceTicks
    ) {
        let ticks = NiceTicks(minimum: minimum, maximum: maximum, count: count)
        return (LinearScale(domain: (ticks.lower, ticks.upper), range: range), ticks)
    }

    /// The position of a value.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span != 0 else { return (range.lower + range.upper) / 2 }
        return range.lower + (value - domain.lower) / span * (range.upper - range.lower)
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(domain.lower)
        hasher.combine(domain.upper)
        hasher.combine(range.lower)
        hasher.combine(range.upper)
    }
}
