/// Spearman's rank correlation ρ with the t approximation of its p-value, as R's
/// `cor.test(x, y, method = "spearman", exact = FALSE)` and scipy's `spearmanr` report it.
///
/// - ρ = Pearson's r of the ranks, ties given their average rank (``Ranking``);
/// - t = ρ·√((n − 2)/(1 − ρ²)) on n − 2 degrees of freedom, two-sided p = 2·P(T > |t|).
///   (R prints S = (n³ − n)(1 − ρ)/6 as the statistic but computes this p-value.)
///
/// |ρ| = 1 gives t = ±∞ and p = 0. Missing values are the caller's to remove, pair by
/// pair (pairwise deletion): the inputs must be finite.
///
/// Spearman, C. (1904). The proof and measurement of association between two things.
/// American Journal of Psychology 15:72–101.
public struct SpearmanCorrelation: Sendable, Hashable, Codable {
    /// The rank correlation ρ.
    public let estimate: Double
    /// The t statistic.
    public let statistic: Double
    /// Its degrees of freedom, n − 2.
    public let df: Int
    /// The two-sided p-value.
    public let pValue: Double
    /// The number of pairs n.
    public let nobs: Int

    /// The rank correlation of the pairs (xᵢ, yᵢ).
    ///
    /// - Throws: ``StatsError/Code/invalidInput`` for misaligned or non-finite input;
    ///   ``StatsError/Code/tooFewObservations`` for fewer than 3 pairs;
    ///   ``StatsError/Code/noVariation`` when x or y is constant.
    /// - Complexity: O(n log n).
    public init(_ x: [Double], _ y: [Double]) throws {
        let n = try validatePairs(x, y, minimum: 3, method: "Spearman correlation")
        let rho = try correlationCoefficient(Ranking.averageRanks(x), Ranking.averageRanks(y))
        let df = n - 2
        self.estimate = rho
        self.df = df
        self.nobs = n
        if abs(rho) == 1 {
            self.statistic = rho > 0 ? .infinity : -.infinity
            self.pValue = 0
        } else {
            let t = rho * (Double(df) / ((1 - rho) * (1 + rho))).squareRoot()
            self.statistic = t
            self.pValue = 2 * StudentT(degreesOfFreedom: Double(df)).survival(abs(t))
        }
    }
}
