/// Global empirical-Bayes smoothing of rates (Marshall 1991, method of moments; METHODS.md §2).
///
/// With m = Σd/ΣN, s² = Σ Nᵢ(rᵢ − m)²/ΣN, N̄ = ΣN/n and A = max(0, s² − m/N̄), each rate
/// rᵢ = dᵢ/Nᵢ shrinks towards m by Cᵢ = A/(A + m/Nᵢ): r̃ᵢ = m + Cᵢ(rᵢ − m). Small
/// regions, whose rates are noisy, move most.
///
/// Marshall, R. J. (1991). Mapping disease and mortality rates using empirical Bayes
/// estimators. Applied Statistics 40(2):283–294.
public enum EmpiricalBayes {
    /// The smoothed rates, one per region, as proportions (not per 100,000).
    ///
    /// - Parameters:
    ///   - counts: the event counts dᵢ.
    ///   - populations: the populations at risk Nᵢ (> 0), aligned with `counts`.
    /// - Returns: the smoothed rates; empty for empty input; the global rate m for
    ///   every region when there is no variation beyond chance (A = 0).
    public static func smooth(counts: [Double], populations: [Double]) -> [Double] {
        precondition(counts.count == populations.count, "counts and populations must align")
        guard !counts.isEmpty else { return [] }
        let totalCount = counts.reduce(0, +)
        let totalPopulation = populations.reduce(0, +)
        let m = totalCount / totalPopulation
        var s2 = 0.0
        for (d, n) in zip(counts, populations) {
            let r = d / n
            s2 += n * (r - m) * (r - m)
        }
        s2 /= totalPopulation
        let meanPopulation = totalPopulation / Double(counts.count)
        let a = max(0, s2 - m / meanPopulation)
        return zip(counts, populations).map { d, n in
            let shrinkage = a == 0 ? 0 : a / (a + m / n)
            return m + shrinkage * (d / n - m)
        }
    }
}
