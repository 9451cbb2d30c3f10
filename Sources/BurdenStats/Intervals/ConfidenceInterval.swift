/// A two-sided confidence interval [lower, upper] at a stated confidence level.
public struct ConfidenceInterval: Sendable, Hashable, Codable {
    /// The lower limit.
    public let lower: Double
    /// The upper limit.
    public let upper: Double

    /// Creates an interval.
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// The interval with both limits multiplied by `factor` (e.g. per 100,000).
    public func scaled(by factor: Double) -> ConfidenceInterval {
        ConfidenceInterval(lower: lower * factor, upper: upper * factor)
    }

    /// Whether `value` lies in the closed interval.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }
}
