/// An approximate width of text in the charts' font, so that labels can be placed
/// without a browser: the advance widths of Arial/Liberation Sans (Helvetica's
/// metrics, in thousandths of an em) for Latin and Cyrillic letters, digits and
/// punctuation, and 0.6 em for anything else.
///
/// Good to a few per cent for ordinary words; labels are placed with a margin.
public enum TextMeasure {
    /// The width of `text` at `size` pixels.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var total = 0
        for scalar in text.unicodeScalars { total += advance(scalar) }
        return Double(total) / 1000 * size * (bold ? 1.06 : 1)
    }

    /// The advance of one character in thousandths of an em.
    static func advance(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20, value < 0x7F { return ascii[Int(value - 0x20)] }
        if value >= 0x410, value <= 0x42F { return cyrillicUpper[Int(value - 0x410)] }
        if value >= 0x430, value <= 0x44F { return cyrillicLower[Int(value - 0x430)] }
        switch value {
        case 0x401: return 667  // Ё
        case 0x451: return 556  // ё
        case 0xA0, 0x202F, 0x2009: return 278  // no-break, narrow and thin spaces
        case 0x2013: return 556  // –
        case 0x2014: return 1000  // —
        case 0x2212: return 584  // −
        case 0xD7: return 584  // ×
        case 0xAB, 0xBB: return 556  // « »
        case 0x3C1, 0x3B1: return 580  // ρ α
        case 0x2026: return 1000  // …
        default: return 600
        }
    }

    /// Space (U+0020) to tilde (U+007E).
    private static let ascii: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 … ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ … O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P … _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` … o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p … ~
    ]

    /// А … Я.
    private static let cyrillicUpper: [Int] = [
        667, 656, 667, 542, 677, 667, 923, 604, 719, 719, 583, 656, 833, 722, 778, 719,
        667, 722, 611, 635, 760, 667, 740, 667, 917, 938, 792, 875, 656, 719, 1010, 722,
    ]

    /// а … я.
    private static let cyrillicLower: [Int] = [
        556, 573, 531, 365, 583, 556, 669, 458, 559, 559, 438, 583, 688, 552, 556, 542,
        556, 500, 458, 500, 823, 500, 573, 521, 802, 823, 625, 719, 521, 510, 750, 542,
    ]
}
