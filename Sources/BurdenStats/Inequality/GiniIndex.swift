/// The weighted Gini index of values — for regional death rates weighted by population,
/// the Gini of the rate each person's region has.
///
///     G = Σᵢ Σⱼ wᵢwⱼ|vᵢ − vⱼ| / (2W²μ),   W = Σwᵢ,   μ = Σwᵢvᵢ/W
///
/// computed in O(n log n) from the values sorted ascending, with Cᵢ the cumulative weight
/// up to and including i: G = Σᵢ wᵢvᵢ(2Cᵢ − wᵢ − W) / (W·Σwᵢvᵢ). For rates vᵢ = dᵢ/Nᵢ with
/// weights Nᵢ, μ is the overall rate Σd/ΣN. G is 0 when every region has the same rate
/// and approaches 1 when one small region has all the deaths. Regions are treated as
/// internally equal (no inequality within a region), so G is a lower bound of the
/// individual-level index.
///
/// Gini, C. (1912). Variabilità e mutabilità. Bologna; the weighted form as in
/// Lerman, R. I., Yitzhaki, S. (1989). Improving the accuracy of estimates of Gini
/// coefficients. Journal of Econometrics 42:43–47.
public struct GiniIndex: Sendable, Hashable, Codable {
    /// G, between 0 (equality) and 1.
    public let estimate: Double
    /// The weighted mean μ = Σwᵢvᵢ/W (the overall rate, for rates weighted by population).
    public let mean: Double
    /// The number of values n.
    public let nobs: Int

    /// The Gini index of `values` weighted by `weights`.
    ///
    /// - Parameters:
    ///   - values: vᵢ ≥ 0, e.g. regional rates dᵢ/Nᵢ.
    ///   - weights: wᵢ > 0, e.g. populations Nᵢ.
    /// - Throws: ``StatsError/Code/invalidInput`` for misaligned, negative or non-finite
    ///   input; ``StatsError/Code/tooFewObservations`` for fewer than two values;
    ///   ``StatsError/Code/noVariation`` when every value is 0.
    /// - Complexity: O(n log n).
    public init(values: [Double], weights: [Double]) throws {
        guard values.count == weights.count else {
            throw StatsError(.invalidInput, "\(values.count) values for \(weights.count) weights")
        }
        guard values.count >= 2 else {
            throw StatsError(.tooFewObservations, "a Gini index needs at least 2 values, got \(values.count)")
        }
        guard values.allSatisfy({ $0 >= 0 && $0.isFinite }), weights.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw StatsError(.invalidInput, "Gini values must be non-negative and weights positive, all finite")
        }
        let order = values.indices.sorted { values[$0] < values[$1] }
        let total = weights.reduce(0, +)
        var cumulative = 0.0
        var numerator = 0.0
        var weightedSum = 0.0
        for i in order {
            let w = weights[i]
            cumulative += w
            numerator += w * values[i] * (2 * cumulative - w - total)
            weightedSum += w * values[i]
        }
        guard weightedSum > 0 else { throw StatsError(.noVariation, "every value is 0: the Gini index is undefined") }
        self.estimate = numerator / (total * weightedSum)
        self.mean = weightedSum / total
        self.nobs = values.count
    }

    /// The population-weighted Gini of regional rates dᵢ/Nᵢ.
    ///
    /// - Throws: as ``init(values:weights:)``, and ``StatsError/Code/invalidInput`` when a
    ///   count is above its population.
    public init(deaths: [Double], populations: [Double]) throws {
        try validateRegions(deaths: deaths, populations: populations)
        try self.init(values: zip(deaths, populations).map { $0 / $1 }, weights: populations)
    }
}
