/// Numbers as people write them in options and query strings: an optional sign,
/// digits with an optional decimal point, and an optional exponent — `0.95`,
/// `100000`, `1e5`, `-2.5E-3`.
///
/// Swift's `Double(String)` also reads `nan`, `inf`, `infinity` and hexadecimal
/// floats (`0x1p3`); none of them is a number a user means, so they are refused here,
/// as is anything that overflows to an infinity (`1e400`).
enum DecimalText {
    /// The finite number `text` spells, or `nil`.
    static func number(_ text: String) -> Double? {
        var digits = 0
        var sawPoint = false
        var sawExponent = false
        var exponentDigits = 0
        var previous: UInt8 = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawExponent { exponentDigits += 1 } else { digits += 1 }
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard index == 0 || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return nil }
            case UInt8(ascii: "."):
                guard !sawPoint, !sawExponent else { return nil }
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard !sawExponent, digits > 0 else { return nil }
                sawExponent = true
            default:
                return nil
            }
            previous = byte
        }
        guard digits > 0, !sawExponent || exponentDigits > 0, let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
