import RealModule

/// The concentration index of deaths ranked by a socioeconomic covariate: whether death
/// rates are higher in poor regions (C < 0) or rich ones (C > 0).
///
/// Regions are ordered from poorest to richest (``SocioeconomicOrder``); regions with
/// equal covariate values are pooled into one group t with population share fₜ, rate
/// μₜ = Σd/ΣN and weighted fractional rank Rₜ = Σ_{s<t} fₛ + fₜ/2 (the mid-point of its
/// share of the cumulative population). With μ = Σfₜμₜ the overall rate,
///
///     C = 2·cov_w(μₜ, Rₜ)/μ = (2/μ)·Σ fₜ(μₜ − μ)(Rₜ − ½)
///
/// (O'Donnell et al. 2008, ch. 8, eq. 8.6 for grouped data; ΣfₜRₜ = ½).
///
/// **Standard error.** The delta-method variance for grouped data (Kakwani, Wagstaff &
/// van Doorslaer 1997; O'Donnell et al. 2008, ch. 8, the grouped-data formula):
///
///     Var(C) = (1/n)[Σ fₜaₜ² − (1 + C)²] + (1/(nμ²))·Σ fₜσₜ²(2Rₜ − 1 − C)²
///     aₜ = (μₜ/μ)(2Rₜ − 1 − C) + 2 − qₜ₋₁ − qₜ,   qₜ = Σ_{s≤t} μₛfₛ/μ,  q₀ = 0
///
/// with n the total population (each person an observation of whether they died) and
/// σₜ² = μₜ(1 − μₜ) the Bernoulli variance within group t. It measures sampling
/// uncertainty given the regions — not uncertainty about which regions there are — and is
/// small when populations are large. The interval is C ± z_{1−α/2}·SE and the p-value
/// that of z = C/SE against the standard normal (H₀: C = 0).
///
/// Kakwani, N., Wagstaff, A., van Doorslaer, E. (1997). Socioeconomic inequalities in
/// health: measurement, computation, and statistical inference. Journal of Econometrics
/// 77:87–103. O'Donnell, O., van Doorslaer, E., Wagstaff, A., Lindelow, M. (2008).
/// Analyzing Health Equity Using Household Survey Data, ch. 8. World Bank.
public struct ConcentrationIndex: Sendable, Hashable, Codable {
    /// C, between −1 (all deaths in the poorest) and 1 (all in the richest).
    public let estimate: Double
    /// The delta-method standard error.
    public let stdError: Double
    /// z = C/SE.
    public let statistic: Double
    /// The two-sided p-value of z.
    public let pValue: Double
    /// The lower confidence limit.
    public let confLow: Double
    /// The upper confidence limit.
    public let confHigh: Double
    /// The number of regions.
    public let nobs: Int
    /// The total population n of the variance formula.
    public let population: Double
    /// The confidence level of the interval.
    public let confidence: Double

    /// The interval [confLow, confHigh].
    public var confidenceInterval: ConfidenceInterval { ConfidenceInterval(lower: confLow, upper: confHigh) }

    /// The concentration index of regional deaths ranked by `covariate`.
    ///
    /// - Parameters:
    ///   - deaths: dᵢ, 0 ≤ dᵢ ≤ Nᵢ.
    ///   - populations: Nᵢ > 0.
    ///   - covariate: the ranking variable, e.g. mean income.
    ///   - order: which end of the covariate is the poorest.
    ///   - confidence: the level of the interval, 0.95 by default.
    /// - Throws: ``StatsError`` for invalid or too few regions, or no deaths.
    /// - Complexity: O(n log n).
    public init(
        deaths: [Double], populations: [Double], rankedBy covariate: [Double], order: SocioeconomicOrder,
        confidence: Double = 0.95
    ) throws {
        guard confidence > 0, confidence < 1 else {
            throw StatsError(.invalidInput, "confidence level \(confidence) is not between 0 and 1")
        }
        let groups = try RankedGroups(deaths: deaths, populations: populations, covariate: covariate, order: order)
        let total = groups.populations.reduce(0, +)
        let shares = groups.populations.map { $0 / total }
        let rates = zip(groups.deaths, groups.populations).map { $0 / $1 }
        var ranks = [Double](repeating: 0, count: shares.count)
        var cumulative = 0.0
        for t in shares.indices {
            ranks[t] = cumulative + shares[t] / 2
            cumulative += shares[t]
        }
        let mean = zip(shares, rates).reduce(0) { $0 + $1.0 * $1.1 }
        var covariance = 0.0
        for t in shares.indices { covariance += shares[t] * (rates[t] - mean) * (ranks[t] - 0.5) }
        let c = 2 * covariance / mean

        var sumA = 0.0
        var sumSigma = 0.0
        var qPrevious = 0.0
        var cumulativeRate = 0.0
        for t in shares.indices {
            cumulativeRate += rates[t] * shares[t]
            let q = cumulativeRate / mean
            let a = rates[t] / mean * (2 * ranks[t] - 1 - c) + 2 - qPrevious - q
            sumA += shares[t] * a * a
            let spread = 2 * ranks[t] - 1 - c
            sumSigma += shares[t] * rates[t] * (1 - rates[t]) * spread * spread
            qPrevious = q
        }
        let variance = (sumA - (1 + c) * (1 + c)) / total + sumSigma / (total * mean * mean)
        guard variance > 0 else {
            throw StatsError(.noVariation, "the concentration index has no sampling variance (one group only?)")
        }
        let se = variance.squareRoot()
        let critical = Normal.upperQuantile((1 - confidence) / 2)
        self.estimate = c
        self.stdError = se
        self.statistic = c / se
        self.pValue = 2 * Normal.survival(abs(c / se))
        self.confLow = c - critical * se
        self.confHigh = c + critical * se
        self.nobs = deaths.count
        self.population = total
        self.confidence = confidence
    }
}
