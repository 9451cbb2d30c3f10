/// How numbers are written: full precision for programs, rounded for eyes.
enum NumberText {
    /// The shortest text that reads back as the same Double (`248.69734292235477`);
    /// `NaN`, `Infinity` and `-Infinity` for the non-finite values.
    static func exact(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "Infinity" : "-Infinity" }
        return value.description
    }

    /// `value` rounded half away from zero to `decimals` places, with thousands
    /// separators in the integer part (`1,234.568`).
    static func rounded(_ value: Double, decimals: Int) -> String {
        if !value.isFinite { return exact(value) }
        let negative = value < 0
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return value.description }
        let units = UInt64(scaled)
        let power = UInt64(scale)
        let integerPart = grouped(units / power)
        var text = integerPart
        if decimals > 0 {
            let fraction = String(units % power)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return negative && scaled != 0 ? "-" + text : text
    }

    /// An integer with thousands separators (`20,253`).
    /// A quantity given as a real number that is normally whole (a rate's base, a
    /// count summed as `Double`), with thousands separators: `100,000`; rounded when
    /// it is not whole, and never a trap on NaN, an infinity or a huge value.
    static func whole(_ value: Double) -> String { rounded(value, decimals: 0) }

    /// The same without thousands separators: `100000`.
    static func plainWhole(_ value: Double) -> String {
        let rounded = value.rounded(.toNearestOrAwayFromZero)
        return rounded.isFinite && abs(rounded) < 9e15 ? String(Int64(rounded)) : exact(value)
    }

    /// A confidence level as a percentage without decimals when it has none: `95%`, `99.9%`.
    static func percent(_ level: Double) -> String {
        let scaled = level * 100
        return (scaled == scaled.rounded() ? rounded(scaled, decimals: 0) : exact(scaled)) + "%"
    }

    static func grouped(_ value: some BinaryInteger) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }
}
