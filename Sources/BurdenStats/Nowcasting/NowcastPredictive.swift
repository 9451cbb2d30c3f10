import RealModule

/// The predictive distribution of each cohort's count — eventually (by the maximum
/// delay) or on a later target day — given what is named on the last snapshot day,
/// by simulation.
///
/// For cohort P with n deaths named on its L days still inside the maximum delay (and
/// `past` deaths of days already past it, taken as complete), with the estimated shares
/// F_a = mean F_t(s − t) on the last snapshot s and F_T on the target day (1 eventually):
///
/// 1. **Parameter uncertainty**: θ* ~ N(θ̂, V) with V the cluster-robust covariance of the
///    delays (``DelayFit``), and ln κ* ~ N(ln κ̂, Var ln κ̂) (``DispersionFit``).
/// 2. **The cohort's own naming**: the shares named by s, between s and the target, and
///    after it are Dirichlet(κ*F*_a, κ*(F*_T − F*_a), κ*(1 − F*_T)) — drawn as normalised
///    gamma variates, in logarithms so that tiny shapes do not underflow; φ is the first.
/// 3. **The deaths not yet named**: the cohort's deaths occur at a daily rate λ with a
///    gamma prior (α, β) — the local level of the neighbouring periods (``LocalLevel``),
///    or the flat prior α = 1, β = 0. Given φ, the named count is Poisson(Lλφ), so
///    λ | n, φ ~ Gamma(α + n, β + Lφ), and the not yet named M ~ Poisson(Lλ(1 − φ)): a
///    negative binomial (NB2) with mean (α + n)L(1 − φ)/(β + Lφ). Those named by the
///    target are Binomial(M, share of the second Dirichlet cell among the last two).
/// 4. **Weights**: φ was drawn without regard to n; the exact posterior weights each draw
///    by the marginal likelihood of n, ∝ (Lφ)ⁿ/(β + Lφ)^{α+n} (the gamma–Poisson
///    marginal), so that a cohort's count is not explained by an implausibly small φ.
///
/// The nowcast is the weighted median of the draws, the interval their weighted
/// (1 ∓ confidence)/2 quantiles (the smallest draw whose cumulative weight reaches the
/// level); the effective number of draws, (Σw)²/Σw², says how many the weights leave.
/// The same seed gives the same draws.
public struct NowcastPredictive: Sendable, Hashable, Codable {
    /// One cohort's prediction.
    public struct Cohort: Sendable, Hashable, Codable {
        /// Deaths named on the last snapshot day (all of the cohort's days).
        public let reported: Int
        /// Deaths of days already past the maximum delay, taken as complete.
        public let complete: Int
        /// Days of the cohort still inside the maximum delay.
        public let liveDays: Int
        /// F_a/F_T at θ̂: the share of the target count named by the last snapshot (1 without live days).
        public let reportedShare: Double
        /// The chain-ladder point: complete + n·F_T/F_a at θ̂.
        public let chainLadder: Double
        /// The weighted median of the draws.
        public let median: Double
        /// The lower end of the interval.
        public let lower: Double
        /// The upper end of the interval.
        public let upper: Double
        /// The effective number of draws after weighting.
        public let effectiveDraws: Double
    }

    /// The share named within a delay, for deaths of the last snapshot day, with its interval over the parameter draws.
    public struct DelayShare: Sendable, Hashable, Codable {
        /// The delay in days.
        public let delay: Int
        /// F(delay) at θ̂.
        public let share: Double
        /// The lower quantile over the draws.
        public let lower: Double
        /// The upper quantile over the draws.
        public let upper: Double
    }

    /// The cohorts, in order.
    public let cohorts: [Cohort]
    /// The delay distribution at the requested delays.
    public let delayShares: [DelayShare]
    /// The local level of the prior, when one was used.
    public let level: LocalLevel?
    /// The draws.
    public let draws: Int
    /// The two-sided level of the intervals.
    public let confidence: Double

    /// Simulates the predictive distributions.
    ///
    /// - Parameters:
    ///   - counts: the triangle up to its last snapshot (the as-of date).
    ///   - fit: the delays.
    ///   - dispersion: the dispersion κ.
    ///   - target: the day whose count is predicted; eventually (the maximum delay) when `nil`.
    ///   - levelPrior: whether the periods' rates borrow from their neighbours (else a flat prior).
    ///   - draws: the number of draws.
    ///   - confidence: the two-sided level, in (0, 1).
    ///   - delays: delays (days) at which to report the delay distribution.
    ///   - generator: the source of randomness.
    /// - Throws: ``StatsError`` when the covariance cannot be factored or the level cannot be fitted.
    /// - Complexity: O(draws × (D·J + cohorts)) without a trend, O(draws × days × J) with one.
    public init(
        counts: TriangleCounts, fit: DelayFit, dispersion: DispersionFit, target: Int?, levelPrior: Bool, draws: Int,
        confidence: Double, delays: [Int], generator: inout some RandomNumberGenerator
    ) throws(StatsError) {
        precondition(draws > 0 && confidence > 0 && confidence < 1, "draws must be positive and confidence in (0, 1)")
        let model = fit.model
        let p = model.parameterCount
        let states = CohortState.all(counts: counts, fit: fit, target: target)
        let level: LocalLevel? = levelPrior ? try Self.level(states, fit: fit, dispersion: dispersion) : nil
        let priors: [(shape: Double, rate: Double)] = states.indices.map { level?.gammaPrior($0) ?? (1, 0) }

        let factor = try Self.factor(fit.covariance)
        let logKappa = Double.log(dispersion.concentration)
        let kappaSpread = dispersion.logConcentrationVariance.squareRoot()
        let live = states.indices.filter { states[$0].liveDays > 0 }
        var values = [[Double]](repeating: [Double](repeating: 0, count: draws), count: states.count)
        var logWeights = values
        var delayDraws = [[Double]](repeating: [], count: delays.count)
        var z = [Double](repeating: 0, count: p)
        for b in 0..<draws {
            for i in 0..<p { z[i] = RandomVariates.normal(using: &generator) }
            var theta = fit.estimate
            for i in 0..<p {
                for j in 0...i { theta[i] += factor.lower[i, j] * z[j] }
            }
            let kappa = Double.exp(logKappa + kappaSpread * RandomVariates.normal(using: &generator))
            let sums = ShareSums(model: model, theta: theta, firstDay: counts.firstDay, dayCount: counts.dayCount, gradient: false)
            for (index, delay) in delays.enumerated() {
                delayDraws[index].append(model.share(theta, day: counts.lastSnapshotDay, delay: delay))
            }
            for c in live {
                let state = states[c]
                let size = Double(state.liveDays)
                let named = sums.sum(snapshot: counts.lastSnapshotDay, days: state.lower, state.upper, gradient: nil) / size
                let byTarget = target.map { sums.sum(snapshot: $0, days: state.lower, state.upper, gradient: nil) / size } ?? 1
                let g1 = RandomVariates.logGamma(shape: kappa * named, using: &generator)
                let g2 = RandomVariates.logGamma(shape: kappa * max(0, byTarget - named), using: &generator)
                let g3 = RandomVariates.logGamma(shape: kappa * max(0, 1 - byTarget), using: &generator)
                let logTotal = Self.logSumExp(g1, Self.logSumExp(g2, g3))
                let phi = Double.exp(g1 - logTotal)
                let logExposure = Double.log(size) + g1 - logTotal
                let exposure = Double.exp(logExposure)
                let n = Double(state.named)
                let prior = priors[c]
                logWeights[c][b] = (n > 0 ? n * logExposure : 0) - (prior.shape + n) * Double.log(prior.rate + exposure)
                let rate = RandomVariates.gamma(shape: prior.shape + n, using: &generator) / (prior.rate + exposure)
                let mean = min(1e12, size * rate * (1 - phi))
                let unnamed = RandomVariates.poisson(mean: mean.isFinite ? mean : 1e12, using: &generator)
                var later = unnamed
                if target != nil {
                    let rest = Self.logSumExp(g2, g3)
                    let split = rest == -.infinity ? 0 : Double.exp(g2 - rest)
                    later = RandomVariates.binomial(trials: unnamed, probability: min(1, max(0, split)), using: &generator)
                }
                values[c][b] = Double(state.complete + state.named + later)
            }
        }
        let levels = [(1 - confidence) / 2, 0.5, (1 + confidence) / 2]
        var cohorts: [Cohort] = []
        for (c, state) in states.enumerated() {
            let reported = state.complete + state.named
            guard state.liveDays > 0 else {
                cohorts.append(Cohort(
                    reported: reported, complete: state.complete, liveDays: 0, reportedShare: 1, chainLadder: Double(reported),
                    median: Double(reported), lower: Double(reported), upper: Double(reported), effectiveDraws: Double(draws)))
                continue
            }
            let largest = logWeights[c].max() ?? 0
            let weights = logWeights[c].map { Double.exp($0 - largest) }
            let total = weights.reduce(0, +)
            let squares = weights.reduce(0) { $0 + $1 * $1 }
            let q = Self.weightedQuantiles(values[c], weights, levels)
            cohorts.append(Cohort(
                reported: reported, complete: state.complete, liveDays: state.liveDays,
                reportedShare: state.named0 / state.target0,
                chainLadder: Double(state.complete) + Double(state.named) * state.target0 / state.named0,
                median: q[1], lower: q[0], upper: q[2], effectiveDraws: total * total / squares))
        }
        var shares: [DelayShare] = []
        for (index, delay) in delays.enumerated() {
            let uniform = [Double](repeating: 1, count: draws)
            let q = Self.weightedQuantiles(delayDraws[index], uniform, [levels[0], levels[2]])
            shares.append(DelayShare(
                delay: delay, share: model.share(fit.estimate, day: counts.lastSnapshotDay, delay: delay), lower: q[0], upper: q[1]))
        }
        self.cohorts = cohorts
        self.delayShares = shares
        self.level = level
        self.draws = draws
        self.confidence = confidence
    }

    /// The local level of the cohorts' log daily rates: each estimated as
    /// y = ln(reported + ½) − E[ln φ] − ln(days), with E and Var of ln φ for
    /// φ ~ Beta(κF_a, κ(1 − F_a)) (digamma and trigamma differences), and variance
    /// v = Var ln φ + ∇ln F_aᵀ V ∇ln F_a + 1/(reported + ½).
    static func level(_ states: [CohortState], fit: DelayFit, dispersion: DispersionFit) throws(StatsError) -> LocalLevel {
        let kappa = dispersion.concentration
        var estimates: [Double] = []
        var variances: [Double] = []
        for state in states {
            let total = Double(state.complete + state.named) + 0.5
            var expectation = 0.0
            var variance = 1 / total
            if state.liveDays > 0 {
                let a = kappa * state.named0
                let b = kappa * (1 - state.named0)
                expectation = -GammaDifferences.digamma(b, a)
                variance -= GammaDifferences.trigamma(b, a)
                let g = state.logGradient
                for i in g.indices {
                    for j in g.indices { variance += g[i] * fit.covariance[i, j] * g[j] }
                }
            }
            estimates.append(Double.log(total) - expectation - Double.log(Double(state.days)))
            variances.append(variance)
        }
        return try LocalLevel(estimates: estimates, variances: variances)
    }

    /// The Cholesky factor of a covariance, with a ridge of 10⁻¹² … 10⁻⁶ of its largest
    /// diagonal added when rounding has left it not quite positive definite.
    static func factor(_ covariance: Matrix) throws(StatsError) -> Cholesky {
        let largest = covariance.diagonal.max() ?? 0
        for ridge in [0, 1e-12, 1e-9, 1e-6] {
            var m = covariance
            for i in 0..<m.rows { m[i, i] += ridge * largest }
            if let factor = try? Cholesky(m) { return factor }
        }
        throw StatsError(.notPositiveDefinite, "the covariance of the delay model is not positive definite")
    }

    static func logSumExp(_ a: Double, _ b: Double) -> Double {
        let high = max(a, b)
        if high == -.infinity { return -.infinity }
        return high + Double.log(Double.exp(a - high) + Double.exp(b - high))
    }

    /// For each level q, the smallest value whose cumulative normalised weight (values
    /// sorted ascending, ties in draw order) reaches q.
    static func weightedQuantiles(_ values: [Double], _ weights: [Double], _ levels: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        let total = weights.reduce(0, +)
        var cumulative: [Double] = []
        var running = 0.0
        for index in order {
            running += weights[index]
            cumulative.append(running / total)
        }
        return levels.map { q in
            let position = cumulative.firstIndex { $0 >= q } ?? (order.count - 1)
            return values[order[position]]
        }
    }
}
