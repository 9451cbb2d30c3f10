/// Numbers of tables (region tables, side tables, series, estimates, counts): plain
/// decimal numbers only, within documented bounds, so that no value read from a file
/// can be NaN or infinite, or trap a later conversion to an integer.
extension FieldText {
    /// The largest magnitude of a number read from a table: 10^15. Beyond it a value
    /// is refused (no count, population, rate or covariate comes near it), so that any
    /// product or conversion to `Int` downstream stays far inside the range of `Int`.
    static let maximumMagnitude = 1e15

    /// The largest population read from a region table: 10^10 (more than the world's).
    static let maximumPopulation = 1e10

    /// The largest count of deaths one row may give (a counts table, a deaths table):
    /// 10^9, so that sums over millions of rows cannot overflow.
    static let maximumCount = 1_000_000_000

    /// What a numeric field held.
    enum Number: Equatable {
        /// Nothing: an empty field or a placeholder for a missing value (`NA`, `null`, `-`…;
        /// not `NaN`).
        case missing
        /// A number within the bounds.
        case value(Double)
        /// Anything else, and why (for a message that names the row and the column).
        case invalid(String)
    }

    /// Reads a number: optionally signed digits with an optional decimal point and an
    /// optional exponent (`12`, `-0.5`, `.5`, `1.2e6`) — no hexadecimal (`0x10`), `nan`,
    /// `inf`, digit separators or spaces inside — of magnitude at most
    /// ``maximumMagnitude``.
    ///
    /// - Parameter decimalComma: also accept `,` as the decimal point (`12,5`).
    /// - Complexity: O(length of the text).
    static func number(_ text: String, decimalComma: Bool = false) -> Number {
        let trimmed = text.trimmingSpaces()
        // The placeholders of ``isMissing(_:)`` but `NaN`: the result of a failed
        // computation is refused as not a number, not taken for a missing value.
        if trimmed.isEmpty || (isMissingText(trimmed) && trimmed.lowercased() != "nan") { return .missing }
        var bytes = Array(trimmed.utf8)
        if decimalComma, let comma = bytes.firstIndex(of: UInt8(ascii: ",")), !bytes.contains(UInt8(ascii: ".")) {
            bytes[comma] = UInt8(ascii: ".")
        }
        guard bytes.count <= 64, bytes.withUnsafeBytes({ isDecimal($0) }) else { return .invalid("'\(shown(trimmed))' is not a number") }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite, abs(value) <= maximumMagnitude else {
            return .invalid("'\(shown(trimmed))' is outside the numbers read (magnitude at most 1e15)")
        }
        return .value(value == 0 ? 0 : value)
    }

    /// Reads a population: a whole number from 0 to ``maximumPopulation`` (`120000`,
    /// `1.2e6`).
    static func population(_ text: String) -> Number {
        switch number(text) {
        case .missing: return .missing
        case .invalid(let reason): return .invalid(reason)
        case .value(let value):
            let shownText = shown(text.trimmingSpaces())
            if value < 0 { return .invalid("a population cannot be negative (\(shownText))") }
            if value != value.rounded(.towardZero) { return .invalid("a population is a whole number (\(shownText))") }
            if value > maximumPopulation { return .invalid("a population of at most 1e10 is read (\(shownText))") }
            return .value(value)
        }
    }

    /// Whether `text` is `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`;
    /// with `json`, a JSON number (RFC 8259 §6): no `+`, no leading zero, digits on both
    /// sides of the point.
    static func isDecimal(_ text: UnsafeRawBufferPointer, json: Bool = false) -> Bool {
        var p = 0
        let n = text.count
        func digits() -> Int {
            let first = p
            while p < n, text[p] >= 48, text[p] <= 57 { p += 1 }
            return p - first
        }
        if p < n, text[p] == UInt8(ascii: "-") || (!json && text[p] == UInt8(ascii: "+")) { p += 1 }
        let leadingZero = p < n && text[p] == 48
        let integer = digits()
        if json, integer == 0 || (leadingZero && integer > 1) { return false }
        var fraction = 0
        if p < n, text[p] == UInt8(ascii: ".") {
            p += 1
            fraction = digits()
            if json, fraction == 0 { return false }
        }
        guard integer + fraction > 0 else { return false }
        if p < n, text[p] | 0x20 == UInt8(ascii: "e") {
            p += 1
            if p < n, text[p] == UInt8(ascii: "+") || text[p] == UInt8(ascii: "-") { p += 1 }
            guard digits() > 0 else { return false }
        }
        return p == n
    }

    /// A value as a message shows it: at most 40 characters, control characters escaped.
    static func shown(_ text: String) -> String {
        let cut = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return String(cut.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? "?" : Character($0) })
    }
}
