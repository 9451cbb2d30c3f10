#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A logarithmic map from positive data values to positions, for ratios (relative
/// risks, rate ratios) and for rates that span orders of magnitude.
public struct LogScale: Sendable, Hashable {
    /// The data values at the two ends (positive).
    public let lower: Double
    public let upper: Double
    /// The positions of the two ends.
    public let start: Double
    public let end: Double

    /// Creates a scale; values at or below zero are placed at `start`.
    public init(domain: (Double, Double), range: (Double, Double)) {
        lower = domain.0
        upper = domain.1
        start = range.0
        end = range.1
    }

    /// The position of a value.
    public func callAsFunction(_ value: Double) -> Double {
        guard value > 0, lower > 0, upper > lower else { return start }
        return start + (log(value) - log(lower)) / (log(upper) - log(lower)) * (end - start)
    }

    /// Ticks inside the domain: the densest of {1, 2, 3, 5}, {1, 2, 5}, {1} × 10ᵏ, or every
    /// other power of ten, that gives at most `count` ticks; when fewer than two such
    /// values fall inside the domain, its linear nice ticks (``NiceTicks``).
    public func ticks(count: Int = 7) -> [Double] {
        guard lower > 0, upper > lower, upper.isFinite else { return [] }
        let first = Int(log10(lower).rounded(.down))
        let last = Int(log10(upper).rounded(.up))
        func values(_ multipliers: [Double], every: Int = 1) -> [Double] {
            var result: [Double] = []
            for exponent in first...last where (exponent - first) % every == 0 {
                for multiplier in multipliers {
                    let value =
                        exponent >= 0 ? multiplier * pow(10, Double(exponent)) : multiplier / pow(10, Double(-exponent))
                    if value >= lower * (1 - 1e-12), value <= upper * (1 + 1e-12) { result.append(value) }
                }
            }
            return result
        }
        for candidate in [values([1, 2, 3, 5]), values([1, 2, 5]), values([1]), values([1], every: 2)]
        where candidate.count <= count {
            if candidate.count >= 2 { return candidate }
            break
        }
        return NiceTicks(minimum: lower, maximum: upper, count: 4).values.filter { $0 >= lower && $0 <= upper && $0 > 0 }
    }

    /// Decimals that show a tick value without trailing noise (0.05 → 2, 20 → 0).
    public static func fractionDigits(of value: Double) -> Int {
        var digits = 0
        var scaled = value
        while digits < 6, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            digits += 1
        }
        return digits
    }
}
