import RealModule

/// How many relatives of the kind that counts — male relatives of service age, say —
/// each member of a group has, R, as a distribution, and the share of members with
/// at least one affected relative it implies when each such relative is affected
/// with probability P, independently (METHODS.md §14):
///
/// ```
/// expected share = 1 − E[(1 − P)^R]
/// fixed R = r:            1 − (1 − P)^r
/// Poisson R with mean λ:  1 − e^(−λP)
/// a table of values vᵢ with weights wᵢ (Σwᵢ = 1), each fixed or a Poisson mean:
///                         Σ wᵢ·(1 − g(vᵢ, P)),  g = (1 − P)^v or e^(−vP)
/// ```
///
/// Each term is evaluated as −expm1(v·log1p(−P)) or −expm1(−vP), so small shares keep
/// their digits. The share grows with every value and with P (it is 1 − a mean of
/// functions that fall in both), which is what makes ranges of them give ranges of
/// the share (``ExpectedShare``).
public struct RelativesDistribution: Sendable, Hashable, Codable {
    /// What each value of the distribution is.
    public enum Law: String, Sendable, Hashable, Codable, CaseIterable {
        /// The number of relatives itself.
        case fixed
        /// The mean of a Poisson number of relatives.
        case poisson
    }

    /// What the values are.
    public let law: Law
    /// The values vᵢ: numbers of relatives (fixed) or Poisson means, each ≥ 0.
    public let values: [Double]
    /// Their weights, non-negative, summing to 1.
    public let weights: [Double]

    /// A distribution of one value: every member has `value` relatives (fixed), or
    /// a Poisson number of them with mean `value`.
    public init(_ value: Double, law: Law) {
        self.law = law
        values = [value]
        weights = [1]
    }

    /// A mixture of values with weights (counts of members, or shares), normalised to
    /// sum to 1.
    ///
    /// - Parameters:
    ///   - values: the values, each finite and ≥ 0.
    ///   - weights: one weight per value, each finite and ≥ 0, with a positive sum.
    ///   - law: what each value is.
    /// - Returns: `nil` when the values or weights break those rules.
    public init?(values: [Double], weights: [Double], law: Law) {
        let total = weights.reduce(0, +)
        guard !values.isEmpty, values.count == weights.count, total > 0, total.isFinite,
            values.allSatisfy({ $0 >= 0 && $0.isFinite }), weights.allSatisfy({ $0 >= 0 && $0.isFinite })
        else { return nil }
        self.law = law
        self.values = values
        self.weights = weights.map { $0 / total }
    }

    /// The mean of R.
    public var mean: Double { zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } }

    /// The expected share of members with at least one affected relative, 1 − E[(1 − P)^R].
    ///
    /// - Parameter share: P, the probability that one relative is affected, in [0, 1].
    /// - Returns: a share in [0, 1]; NaN for P outside [0, 1].
    /// - Complexity: O(number of values).
    public func expectedShare(at share: Double) -> Double {
        guard share >= 0, share <= 1 else { return .nan }
        return zip(values, weights).reduce(0) { sum, term in sum + term.1 * Self.share(of: term.0, law: law, at: share) }
    }

    /// The share of members with at least one affected relative among those with value v.
    private static func share(of value: Double, law: Law, at share: Double) -> Double {
        if value == 0 || share == 0 { return 0 }
        switch law {
        case .fixed: return share == 1 ? 1 : -Double.expMinusOne(value * Double.log(onePlus: -share))
        case .poisson: return -Double.expMinusOne(-value * share)
        }
    }
}
