import RealModule

/// The reporting-delay model of the nowcast: a reverse-time hazard that is constant
/// within bands of delay, optionally with a log-linear trend in the day of death.
///
/// F_t(d) is the share of the deaths of day t named within d days (by day t + d),
/// relative to those named within the maximum delay D. The reverse-time hazard ρ(u)
/// is the rate at which the count named by delay u grows, d ln F/du (Lawless 1994;
/// Kalbfleisch & Lawless 1991); with delays counted in whole days,
///
///     ln F_t(d) = −Σ_{u=d+1}^{D} ρ_t(u) = −Σⱼ ρⱼ(t)·Aⱼ(d),    Aⱼ(d) = max(0, eⱼ₊₁ − max(d, eⱼ))
///
/// for 0 ≤ d < D, with F = 1 from D on and F = 0 before the death (d < 0). Band j holds
/// the delays eⱼ < u ≤ eⱼ₊₁ (0 = e₀ < … < e_J = D), and
///
///     ρⱼ(t) = exp(β_{m(j)} + γ·ζⱼ(t)),    ζⱼ(t) = min((t − t_ref)/365.25, −(eⱼ + 1)/365.25)
///
/// where t_ref is the last snapshot day: the trend γ (per year of the date of death)
/// is measured where each band is observed and held at the last day of death observed
/// in the band (a day needs eⱼ + 1 days to reach it), so that it never extrapolates
/// beyond the deaths seen. Without a trend γ = 0. Bands whose delays the snapshots
/// cannot yet show (eⱼ at or past the longest delay observed) share the parameter
/// m(j) of the last band that is shown: the hazard is carried on, and
/// ``extrapolatedBands`` says so.
///
/// The parameter vector is θ = (β₀ … β_{m−1}[, γ]).
///
/// References: Lawless, J. F. (1994). Adjustments for reporting delays and the
/// prediction of occurred but not reported events. Canadian Journal of Statistics
/// 22(1):15–31. Kalbfleisch, J. D., Lawless, J. F. (1991). Regression models for
/// right truncated data with applications to AIDS incubation times and reporting
/// lags. Statistica Sinica 1:19–32.
public struct ReverseHazardDelay: Sendable, Hashable, Codable {
    /// The band edges in days, 0 = e₀ < e₁ < … < e_J = D.
    public let edges: [Int]
    /// For each band, the index of its β.
    public let parameterOfBand: [Int]
    /// Whether ρ has a trend in the day of death.
    public let hasTrend: Bool
    /// The day from which the trend is measured (the last snapshot).
    public let referenceDay: Int

    /// Days in a year, for the trend's unit.
    public static let daysPerYear = 365.25

    /// Creates the model.
    ///
    /// - Parameters:
    ///   - edges: the band edges, starting at 0 and strictly increasing; the last is D.
    ///   - longestObservedDelay: the longest delay the snapshots can show (last snapshot
    ///     minus the first day of death); bands from it on share the last shown band's β.
    ///   - hasTrend: whether to add the trend γ.
    ///   - referenceDay: the day the trend is measured from.
    /// - Throws: ``StatsError/Code/invalidInput`` for edges that do not start at 0 and
    ///   increase, or when no band can be observed.
    public init(edges: [Int], longestObservedDelay: Int, hasTrend: Bool, referenceDay: Int) throws(StatsError) {
        guard edges.count >= 2, edges[0] == 0, zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw StatsError(.invalidInput, "delay band edges must start at 0 and increase (got \(edges))")
        }
        let shown = (0..<(edges.count - 1)).filter { edges[$0] < min(longestObservedDelay, edges[edges.count - 1]) }
        guard let lastShown = shown.last else {
            throw StatsError(.tooFewObservations, "the snapshots show no delay yet (longest delay \(longestObservedDelay) days)")
        }
        self.edges = edges
        self.parameterOfBand = (0..<(edges.count - 1)).map { min($0, lastShown) }
        self.hasTrend = hasTrend
        self.referenceDay = referenceDay
    }

    /// The maximum delay D.
    public var maximumDelay: Int { edges[edges.count - 1] }
    /// The number of bands J.
    public var bandCount: Int { edges.count - 1 }
    /// The number of β parameters.
    public var hazardParameterCount: Int { parameterOfBand[parameterOfBand.count - 1] + 1 }
    /// The number of parameters, β and γ.
    public var parameterCount: Int { hazardParameterCount + (hasTrend ? 1 : 0) }
    /// The bands that share the β of an earlier band because the snapshots cannot show them yet.
    public var extrapolatedBands: [Int] { parameterOfBand.indices.filter { parameterOfBand[$0] != $0 } }

    /// Aⱼ(d): the delays of band j after d.
    @inline(__always)
    func overlap(_ band: Int, _ delay: Int) -> Double {
        Double(max(0, edges[band + 1] - max(delay, edges[band])))
    }

    /// ζⱼ(t), the trend's covariate for band j and day t.
    @inline(__always)
    func trendCovariate(_ band: Int, day: Int) -> Double {
        min(Double(day - referenceDay), -Double(edges[band] + 1)) / Self.daysPerYear
    }

    /// The start of a Fisher-scoring fit: ρⱼ = 1/(the middle of the band's observed
    /// delays), as if the count named by delay u grew like u; no trend.
    func start(longestObservedDelay: Int) -> [Double] {
        var theta = (0..<hazardParameterCount).map { j in
            -Double.log((Double(edges[j]) + Double(min(edges[j + 1], max(longestObservedDelay, 1)))) / 2)
        }
        if hasTrend { theta.append(0) }
        return theta
    }

    /// F_t(d) at θ, and its gradient added into `gradient` (length ``parameterCount``) when given.
    ///
    /// - Complexity: O(J).
    public func share(_ theta: [Double], day: Int, delay: Int, gradient: UnsafeMutablePointer<Double>? = nil) -> Double {
        if delay < 0 { return 0 }
        if delay >= maximumDelay { return 1 }
        let gamma = hasTrend ? theta[hazardParameterCount] : 0
        var exponent = 0.0
        var trendTerm = 0.0
        let firstBand = edges.firstIndex { $0 > delay }! - 1
        for band in firstBand..<bandCount {
            let zeta = hasTrend ? trendCovariate(band, day: day) : 0
            let term = Double.exp(theta[parameterOfBand[band]] + gamma * zeta) * overlap(band, delay)
            exponent += term
            trendTerm += term * zeta
        }
        let value = Double.exp(-exponent)
        if let gradient {
            for band in firstBand..<bandCount {
                let zeta = hasTrend ? trendCovariate(band, day: day) : 0
                gradient[parameterOfBand[band]] -= value * Double.exp(theta[parameterOfBand[band]] + gamma * zeta) * overlap(band, delay)
            }
            if hasTrend { gradient[hazardParameterCount] -= value * trendTerm }
        }
        return value
    }
}
