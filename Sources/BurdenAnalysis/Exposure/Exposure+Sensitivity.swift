import BurdenStats

extension Exposure {
    /// The multiples of a number the sensitivity table tries: ½, ¾, 1, 1½ and 2.
    static let whatIfFactors = [0.5, 0.75, 1, 1.5, 2]

    /// The expected share and the ratio over what-if values of R and P (METHODS.md
    /// §14): for a range, five values evenly spaced from its low to its high end; for
    /// a number v, v × ½, ¾, 1, 1½ and 2 — whole numbers for a fixed number of
    /// relatives, P at most 1, without repeats. A table of the distribution is taken as
    /// it is (one value of R).
    ///
    /// - Complexity: at most 25 comparisons, each O(1) quantiles and root searches.
    static func sensitivity(
        relatives: (lower: Double, upper: Double)?, table: RelativesDistribution?, law: RelativesDistribution.Law,
        share: ClosedRange<Double>, members: Int, observed: ObservedCount, confidence: Double
    ) -> [SensitivityRow] {
        let shares = whatIf(share.lowerBound, share.upperBound, whole: false, cap: 1)
        let distributions: [(Double?, RelativesDistribution)]
        if let relatives {
            distributions = whatIf(relatives.lower, relatives.upper, whole: law == .fixed, cap: RelativesMeaning.range.upper).map {
                ($0, RelativesDistribution($0, law: law))
            }
        } else if let table {
            distributions = [(nil, table)]
        } else {
            distributions = []
        }
        return distributions.flatMap { value, distribution in
            shares.map { p in
                SensitivityRow(
                    relatives: value, share: p,
                    comparison: ShareComparison(
                        members: members, observed: observed, expected: ExpectedShare(relatives: distribution, share: p),
                        confidence: confidence))
            }
        }
    }

    /// What-if values from `low` to `high` (see ``sensitivity(relatives:table:law:share:members:observed:confidence:)``).
    static func whatIf(_ low: Double, _ high: Double, whole: Bool, cap: Double) -> [Double] {
        let values = low == high ? whatIfFactors.map { low * $0 } : (0...4).map { low + (high - low) * Double($0) / 4 }
        var seen: Set<Double> = []
        return values.map { min(cap, whole ? $0.rounded(.toNearestOrAwayFromZero) : $0) }.filter { seen.insert($0).inserted }
    }
}
