import BurdenAnalysis
import BurdenStats

extension Exposure {
    /// A share as a percentage with three decimals: `0.978 %`.
    static func percent(_ share: Double) -> String { NumberText.rounded(share * 100, decimals: 3) + " %" }

    /// A p-value: `0.0251`, or below 0.0001 with three significant digits, `2.07e-74`.
    static func pText(_ p: Double) -> String {
        guard p < 0.0001, p > 0 else { return NumberText.rounded(p, decimals: 4) }
        var (mantissa, exponent) = (p, 0)
        while mantissa < 1 {
            mantissa *= 10
            exponent -= 1
        }
        if NumberText.rounded(mantissa, decimals: 2) == "10.00" { (mantissa, exponent) = (1, exponent + 1) }
        return "\(NumberText.rounded(mantissa, decimals: 2))e\(exponent)"
    }

    /// A number as given when it is short (`0.05`), else to six significant digits
    /// (`0.000455778`).
    static func short(_ value: Double) -> String {
        let plain = NumberRange.plain(value)
        guard plain.count > 8, value > 0, value.isFinite else { return plain }
        var (decimals, scaled) = (5, value)
        while scaled < 1, decimals < 15 {
            scaled *= 10
            decimals += 1
        }
        return NumberText.rounded(value, decimals: decimals)
    }

    /// An upper limit, or `no upper limit` for +∞.
    static func upper(_ value: Double, decimals: Int) -> String {
        value.isFinite ? NumberText.rounded(value, decimals: decimals) : "no upper limit"
    }

    /// The lines under question 1's table: what was observed and expected, the ratio,
    /// its intervals and p-values.
    func ratioNotes(_ ratio: StandardisedRatio) -> [String] {
        let level = NumberText.percent(confidence)
        let bounded = ratio.observed.isUpperBound
        let count = NumberText.grouped(ratio.observed.count)
        var expectedFrom = "given"
        if !expectedBands.isEmpty {
            let banded = expectedBands.filter { $0.rateAges != nil }.count
            expectedFrom = "at the list's rates: \(banded) of \(expectedBands.count) bands at the rate of the ages that hold them, "
                + "\(expectedBands.count - banded) at the all-ages rate"
                + (withoutAge > 0 ? "; \(NumberText.grouped(withoutAge)) deaths without an age shared out among the ages" : "")
        }
        var notes = [
            "Observed \(bounded ? "at most " : "")\(count); expected \(NumberText.rounded(ratio.expected, decimals: 3)) (\(expectedFrom)).",
            "Standardised ratio O/E \(bounded ? "≤ " : "")\(NumberText.rounded(ratio.ratio, decimals: 4))"
                + (bounded ? " (an upper bound: the count observed is one)" : "")
                + "; \(level) interval \(NumberText.rounded(ratio.exact.lower, decimals: 4)) to \(Self.upper(ratio.exact.upper, decimals: 4)) "
                + "(Garwood, exact), mid-p \(NumberText.rounded(ratio.midP.lower, decimals: 4)) to \(Self.upper(ratio.midP.upper, decimals: 4)).",
        ]
        notes.append(
            bounded
                ? "Fewer than expected: p ≤ \(Self.pText(ratio.pValues.exact)) (exact, one-sided: R's poisson.test, alternative \"less\"), "
                    + "mid-p ≤ \(Self.pText(ratio.pValues.midP)) — bounds for every count up to \(count)."
                : "p = \(Self.pText(ratio.pValues.exact)) (exact, two-sided: R's poisson.test), mid-p \(Self.pText(ratio.pValues.midP)).")
        return notes
    }

    /// The lines under question 2's table: the observed share, the expected share and
    /// its formula, the ratio and its interval, the p-value, and what the sensitivity
    /// table is.
    func shareNotes(_ comparison: ShareComparison) -> [String] {
        let level = NumberText.percent(confidence)
        let bounded = comparison.observed.isUpperBound
        let count = NumberText.grouped(comparison.observed.count)
        let members = NumberText.grouped(comparison.members)
        var notes = [
            "Observed share: \(bounded ? "≤ " : "")\(Self.percent(comparison.observedShare)) (\(bounded ? "at most " : "")\(count) of \(members) members); "
                + "\(level) interval \(Self.percent(comparison.exact.lower)) to \(Self.percent(comparison.exact.upper)) (Clopper–Pearson"
                + (bounded ? ", upper limit at \(count)" : "") + "), mid-p to \(Self.percent(comparison.midP.upper)).",
            "Expected share: " + expectedShareText(comparison.expected) + ".",
        ]
        let ratio = comparison.low
        if comparison.expected.isPoint {
            notes.append(
                "Ratio expected / observed: \(bounded ? "≥ " : "")\(Self.upper(ratio.ratio, decimals: 3))"
                    + (bounded ? " (a lower bound: the count observed is an upper bound)" : "")
                    + "; \(level) interval \(bounded ? "≥ " : "")\(NumberText.rounded(ratio.exact.lower, decimals: 3))"
                    + (bounded ? "" : " to \(Self.upper(ratio.exact.upper, decimals: 3))") + ".")
        } else {
            let interval = comparison.ratioInterval
            notes.append(
                "Ratio expected / observed: \(bounded ? "≥ " : "")\(Self.upper(comparison.low.ratio, decimals: 3)) to \(Self.upper(comparison.high.ratio, decimals: 3)) over the ranges"
                    + (bounded ? " (lower bounds: the count observed is an upper bound)" : "")
                    + "; \(level) interval over the ranges \(bounded ? "≥ " : "")\(NumberText.rounded(interval.lower, decimals: 3))"
                    + (bounded ? "" : " to \(Self.upper(interval.upper, decimals: 3))") + ".")
        }
        let pValues = comparison.expected.isPoint ? [ratio.pValues] : [comparison.low.pValues, comparison.high.pValues]
        let exact = pValues.map { Self.pText($0.exact) }.joined(separator: " to ")
        let mid = pValues.map { Self.pText($0.midP) }.joined(separator: " to ")
        notes.append(
            bounded
                ? "Fewer than expected: p ≤ \(exact) (exact, one-sided: R's binom.test, alternative \"less\"), mid-p ≤ \(mid) — bounds for every count up to \(count)."
                : "p = \(exact) (exact, two-sided: R's binom.test), mid-p \(mid).")
        notes.append(
            "sensitivity: what-if values around the inputs (× ½, ¾, 1, 1½, 2, or five across a range) — not figures from a source.")
        return notes
    }

    /// The expected share with its formula: `0.22622 = 1 − (1 − 0.05)^5 (…)`.
    private func expectedShareText(_ expected: ExpectedShare) -> String {
        guard let low = relativesLow, let high = relativesHigh, let share else { return "" }
        func formula(_ distribution: RelativesDistribution, _ p: Double) -> String {
            let pText = Self.short(p)
            guard distribution.values.count == 1 else { return "1 − E[(1 − \(pText))^R] over the table (mean R \(NumberText.rounded(distribution.mean, decimals: 2)))" }
            let r = NumberRange.plain(distribution.values[0])
            switch distribution.law {
            case .fixed: return "1 − (1 − \(pText))^\(r)"
            case .poisson: return "1 − e^(−\(r) × \(pText))"
            }
        }
        let law = low.law == .fixed ? "R relatives each" : "R a Poisson number with mean λ"
        if expected.isPoint {
            return "\(NumberText.rounded(expected.low, decimals: 5)) = \(formula(low, share.lowerBound)) (\(law), P = \(Self.short(share.lowerBound)))"
        }
        return "\(NumberText.rounded(expected.low, decimals: 5)) to \(NumberText.rounded(expected.high, decimals: 5)) over the ranges "
            + "(\(law); low \(formula(low, share.lowerBound)), high \(formula(high, share.upperBound)))"
    }
}
