#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How numbers are written for people in a language: the decimal separator, the
/// thousands separator and the minus sign — `1,234.5` in English, `1 234,5` in Russian.
///
/// Rounding is half away from zero, as in the terminal tables. CSV and JSON never use
/// this: they keep full precision in the machine form.
public struct NumberFormat: Sendable, Hashable {
    /// `.` or `,`.
    public let decimalSeparator: String
    /// `,` or a no-break space.
    public let groupingSeparator: String
    /// Integers from this size up are grouped (Russian typesetting leaves four digits whole).
    public let groupingFrom: Int
    /// The minus sign (U+2212).
    public let minusSign: String
    /// What goes between a number and `%`: nothing in English, a no-break space in Russian.
    public let percentSpacing: String

    /// English: `20,253`, `248.7`, `−0.02`, `4.3%`.
    public static let english = NumberFormat(
        decimalSeparator: ".", groupingSeparator: ",", groupingFrom: 1000, minusSign: "\u{2212}", percentSpacing: "")
    /// Russian: `20 253`, `248,7`, `−0,02`, `4,3 %` (no-break spaces).
    public static let russian = NumberFormat(
        decimalSeparator: ",", groupingSeparator: "\u{00A0}", groupingFrom: 10_000, minusSign: "\u{2212}",
        percentSpacing: "\u{00A0}")

    /// Creates a format.
    public init(decimalSeparator: String, groupingSeparator: String, groupingFrom: Int, minusSign: String, percentSpacing: String) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.groupingFrom = groupingFrom
        self.minusSign = minusSign
        self.percentSpacing = percentSpacing
    }

    /// `value` rounded to `decimals` places; `NA` for NaN, `∞` for infinities.
    public func string(_ value: Double, decimals: Int) -> String {
        if value.isNaN { return "NA" }
        if value.isInfinite { return value > 0 ? "∞" : minusSign + "∞" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return value.description }
        let units = UInt64(scaled)
        let power = UInt64(scale)
        var text = grouped(units / power)
        if decimals > 0 {
            let fraction = String(units % power)
            text += decimalSeparator + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return value < 0 && scaled != 0 ? minusSign + text : text
    }

    /// `value` with `digits` significant digits, but no fewer decimals than `minimum`
    /// and never in exponent form (`0.000197`, `2.74`, `1,234`).
    public func significant(_ value: Double, digits: Int = 3, minimum: Int = 0) -> String {
        guard value.isFinite, value != 0 else { return string(value, decimals: minimum) }
        let magnitude = Int(log10(abs(value)).rounded(.down))
        return string(value, decimals: min(10, max(minimum, digits - 1 - magnitude)))
    }

    /// A whole number with thousands separators.
    public func integer(_ value: Int) -> String {
        value < 0 ? minusSign + grouped(UInt64(value.magnitude)) : grouped(UInt64(value))
    }

    /// An interval, `[1.2, 3.4]` — or `[1,2; 3,4]` where the comma is the decimal separator.
    public func interval(_ low: Double, _ high: Double, decimals: Int) -> String {
        let separator = decimalSeparator == "," ? "; " : ", "
        return "[" + string(low, decimals: decimals) + separator + string(high, decimals: decimals) + "]"
    }

    /// A share 0–1 as a percentage with `decimals` places (`4.3%`).
    public func percent(_ share: Double, decimals: Int = 1) -> String {
        string(share * 100, decimals: decimals) + percentSpacing + "%"
    }

    private func grouped(_ value: UInt64) -> String {
        let digits = String(value)
        guard value >= UInt64(groupingFrom) else { return digits }
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += groupingSeparator }
            result.append(character)
        }
        return result
    }
}
