#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tick marks at "nice" numbers — 1, 2 or 5 times a power of ten — covering a range,
/// by Heckbert's loose labelling (Graphics Gems, 1990, "Nice numbers for graph
/// labels").
///
/// The range of the data is rounded to a nice number, the step between ticks to a
/// nice number near range / (count − 1), and the axis runs from the largest
/// multiple of the step at or below the minimum to the smallest at or above the
/// maximum. For example 0…248.7 with five ticks gives 0, 50, 100, 150, 200, 250.
/// Ticks are computed as integer multiples of the step, scaled by a power of ten
/// once, so that 0.1 × 3 prints as 0.3.
public struct NiceTicks: Sendable, Hashable {
    /// The first tick (at or below the minimum).
    public let lower: Double
    /// The last tick (at or above the maximum).
    public let upper: Double
    /// The step between ticks.
    public let step: Double
    /// The ticks, from ``lower`` to ``upper``.
    public let values: [Double]
    /// Decimals that show every tick exactly: max(−⌊log₁₀ step⌋, 0).
    public let fractionDigits: Int

    /// Ticks for a range, aiming at `count` of them (at least 2).
    ///
    /// An empty range (`minimum == maximum`) is widened to one unit each side of the
    /// value (or 0…1 for zero); non-finite input gives the ticks of 0…1.
    public init(minimum: Double, maximum: Double, count: Int = 5) {
        var low = min(minimum, maximum)
        var high = max(minimum, maximum)
        if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
        if low == high {
            if low == 0 { high = 1 } else { (low, high) = (low - abs(low) * 0.5, high + abs(high) * 0.5) }
        }
        // A range wider than a Double can step across (ends near ±1.8e308) cannot be
        // covered: a quarter of it is drawn, and 0…1 when even that overflows.
        if !(high - low).isFinite || !low.isFinite || !high.isFinite { (low, high) = (low / 4, high / 4) }
        if !(high - low).isFinite || !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
        let range = Self.niceNumber(high - low, round: false)
        let (mantissa, exponent) = Self.nice(range.value / Double(max(count, 2) - 1), round: true)
        // The step is mantissa × 10^exponent; ticks are k × step for whole k.
        func tick(_ k: Int) -> Double {
            exponent >= 0 ? Double(k * mantissa) * Self.power(exponent) : Double(k * mantissa) / Self.power(-exponent)
        }
        var step = tick(1)
        let (firstMultiple, lastMultiple) = ((low / step).rounded(.down), (high / step).rounded(.up))
        let multiples = abs(firstMultiple) < 1e12 && abs(lastMultiple) < 1e12
            ? (Int(firstMultiple)...max(Int(firstMultiple) + 1, Int(lastMultiple))).map(tick) : []
        if !multiples.isEmpty, !multiples.contains(where: { !$0.isFinite }) {
            values = multiples
        } else {
            // A range far narrower than its distance from zero: no multiple of a nice
            // step is exact there, so the ends are the ticks.
            values = [low, high]
            step = high - low
        }
        lower = values.first!
        upper = values.last!
        self.step = step
        fractionDigits = max(-exponent, 0)
    }

    /// The nice number near `x`: rounded to the nearest of 1, 2, 5, 10 × 10ᵏ when
    /// `round`, else the smallest of them at or above `x` (Heckbert's `nicenum`).
    public static func niceNumber(_ x: Double, round: Bool) -> (value: Double, mantissa: Int, exponent: Int) {
        let (mantissa, exponent) = nice(x, round: round)
        let value = exponent >= 0 ? Double(mantissa) * power(exponent) : Double(mantissa) / power(-exponent)
        return (value, mantissa, exponent)
    }

    private static func nice(_ x: Double, round: Bool) -> (mantissa: Int, exponent: Int) {
        guard x > 0, x.isFinite else { return (1, 0) }
        var exponent = Int(log10(x).rounded(.down))
        var fraction = x / (exponent >= 0 ? power(exponent) : 1 / power(-exponent))
        // Guard against log10 rounding (log10(1000) = 2.9999…).
        if fraction >= 10 {
            exponent += 1
            fraction /= 10
        } else if fraction < 1 {
            exponent -= 1
            fraction *= 10
        }
        let mantissa: Int =
            if round {
                fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            } else {
                fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
            }
        return mantissa == 10 ? (1, exponent + 1) : (mantissa, exponent)
    }

    private static func power(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
