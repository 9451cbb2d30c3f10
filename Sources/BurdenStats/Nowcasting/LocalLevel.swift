import RealModule

/// A random walk for the log daily rate of deaths across periods, seen through noisy
/// estimates, and what the other periods say of each one: the prior that keeps the
/// nowcast of a period of which almost nothing is named yet near its neighbours.
///
/// The model is the local level (Durbin & Koopman 2012, ch. 2): x_P = x_{P−1} + η,
/// η ~ N(0, τ²), observed as y_P = x_P + ε_P with known variances v_P. The Kalman
/// filter starts diffuse (variance 10¹²) and the Rauch–Tung–Striebel smoother gives each
/// x_P given all the estimates. Removing the period's own estimate from its smoothed
/// Gaussian leaves the *cavity* N(μ_P, σ²_P) — the period as its neighbours predict it:
///
///     1/σ²_P = 1/V_P − 1/v_P,    μ_P = σ²_P·(m_P/V_P − y_P/v_P)
///
/// τ is not fixed at an estimate: its likelihood is often flat, or largest at τ → 0 when
/// the periods' rates look alike, and a cavity at such a τ̂ would claim to know a period
/// it has not seen. The cavities are averaged over a log-uniform prior on τ ∈ [0.001, 3],
/// on 61 points of ln τ weighted by the marginal likelihood of y₂ … y_m, and the mixture
/// summarised by its mean and variance. (τ̂, the maximum found by golden-section search
/// to 10⁻¹⁰ in ln τ, is reported.) The cavity is handed on as the gamma distribution
/// with its lognormal mean and variance: shape 1/(e^{σ²} − 1), rate shape/e^{μ + σ²/2}
/// (the rate of deaths per day).
///
/// Reference: Durbin, J., Koopman, S. J. (2012). Time Series Analysis by State Space
/// Methods, 2nd ed. Oxford University Press.
public struct LocalLevel: Sendable, Hashable, Codable {
    /// τ̂, the standard deviation of the log rate's step from one period to the next.
    public let tau: Double
    /// The marginal log-likelihood of the estimates at τ̂ (from the second on).
    public let logLikelihood: Double
    /// The cavity mean μ_P of each period's log daily rate (averaged over τ).
    public let cavityMean: [Double]
    /// The cavity variance σ²_P.
    public let cavityVariance: [Double]
    /// The smoothed mean of each period's log daily rate at τ̂.
    public let smoothedMean: [Double]
    /// The smoothed variance at τ̂.
    public let smoothedVariance: [Double]

    /// The bounds of the search for τ.
    public static let tauRange = (lower: 0.001, upper: 3.0)
    /// The points of the grid in ln τ over which the cavities are averaged.
    public static let gridPoints = 61

    /// Fits τ̂ and computes the cavities.
    ///
    /// - Parameters:
    ///   - estimates: y_P, the periods' estimated log daily rates, in time order.
    ///   - variances: v_P > 0.
    /// - Throws: ``StatsError/Code/invalidInput`` for mismatched, empty or non-positive inputs.
    public init(estimates: [Double], variances: [Double]) throws(StatsError) {
        guard !estimates.isEmpty, estimates.count == variances.count,
            variances.allSatisfy({ $0 > 0 && $0.isFinite }), estimates.allSatisfy(\.isFinite)
        else {
            throw StatsError(.invalidInput, "the local level needs one finite estimate and positive variance per period")
        }
        var low = Double.log(Self.tauRange.lower)
        var high = Double.log(Self.tauRange.upper)
        let golden = (5.0.squareRoot() - 1) / 2
        var c = high - golden * (high - low)
        var d = low + golden * (high - low)
        var fc = Self.filter(estimates, variances, tau2: Double.exp(2 * c)).logLikelihood
        var fd = Self.filter(estimates, variances, tau2: Double.exp(2 * d)).logLikelihood
        while high - low > 1e-10 {
            if fc >= fd {
                high = d
                d = c
                fd = fc
                c = high - golden * (high - low)
                fc = Self.filter(estimates, variances, tau2: Double.exp(2 * c)).logLikelihood
            } else {
                low = c
                c = d
                fc = fd
                d = low + golden * (high - low)
                fd = Self.filter(estimates, variances, tau2: Double.exp(2 * d)).logLikelihood
            }
        }
        let logTau = (low + high) / 2
        let smoothed = Self.filter(estimates, variances, tau2: Double.exp(2 * logTau))
        // The cavities averaged over τ: a log-uniform prior on the grid, weighted by the likelihood.
        let grid = (0..<Self.gridPoints).map {
            Double.log(Self.tauRange.lower) + Double($0) * Double.log(Self.tauRange.upper / Self.tauRange.lower) / Double(Self.gridPoints - 1)
        }
        let runs = grid.map { Self.filter(estimates, variances, tau2: Double.exp(2 * $0)) }
        let top = runs.map(\.logLikelihood).max()!
        let weights = runs.map { Double.exp($0.logLikelihood - top) }
        let total = weights.reduce(0, +)
        var means = [Double](repeating: 0, count: estimates.count)
        var secondMoments = means
        for (run, weight) in zip(runs, weights) {
            for i in estimates.indices {
                let (mean, variance) = Self.cavity(estimates[i], variances[i], smoothedMean: run.mean[i], smoothedVariance: run.variance[i])
                means[i] += weight / total * mean
                secondMoments[i] += weight / total * (variance + mean * mean)
            }
        }
        let cavityVariances = zip(secondMoments, means).map { max($0 - $1 * $1, 0) }
        self.tau = Double.exp(logTau)
        self.logLikelihood = smoothed.logLikelihood
        self.cavityMean = means
        self.cavityVariance = cavityVariances
        self.smoothedMean = smoothed.mean
        self.smoothedVariance = smoothed.variance
    }

    /// The gamma prior of period `i`'s daily rate: (shape, rate).
    public func gammaPrior(_ i: Int) -> (shape: Double, rate: Double) {
        let variance = cavityVariance[i]
        let shape = 1 / Double.expMinusOne(variance)
        let mean = Double.exp(cavityMean[i] + variance / 2)
        return (shape, shape / mean)
    }

    /// The cavity of one period at one τ: its smoothed Gaussian without its own estimate
    /// (a variance of 10¹² when rounding leaves no precision).
    static func cavity(_ y: Double, _ v: Double, smoothedMean: Double, smoothedVariance: Double) -> (mean: Double, variance: Double) {
        let precision = 1 / smoothedVariance - 1 / v
        guard precision > 0 else { return (smoothedMean, 1e12) }
        let variance = 1 / precision
        return (variance * (smoothedMean / smoothedVariance - y / v), variance)
    }

    /// The filter's log-likelihood (from the second estimate on) and the smoothed moments.
    static func filter(_ y: [Double], _ v: [Double], tau2: Double) -> (logLikelihood: Double, mean: [Double], variance: [Double]) {
        let m = y.count
        var filteredMean = [Double](repeating: 0, count: m)
        var filteredVariance = [Double](repeating: 0, count: m)
        var logLikelihood = 0.0
        for i in 0..<m {
            let predictedMean = i == 0 ? y[0] : filteredMean[i - 1]
            let predictedVariance = i == 0 ? 1e12 : filteredVariance[i - 1] + tau2
            let total = predictedVariance + v[i]
            if i > 0 {
                let residual = y[i] - predictedMean
                logLikelihood -= 0.5 * (Double.log(2 * Double.pi * total) + residual * residual / total)
            }
            let gain = predictedVariance / total
            filteredMean[i] = predictedMean + gain * (y[i] - predictedMean)
            filteredVariance[i] = predictedVariance * v[i] / total
        }
        var mean = filteredMean
        var variance = filteredVariance
        if m >= 2 {
            for i in stride(from: m - 2, through: 0, by: -1) {
                let predicted = filteredVariance[i] + tau2
                let gain = filteredVariance[i] / predicted
                mean[i] = filteredMean[i] + gain * (mean[i + 1] - filteredMean[i])
                variance[i] = filteredVariance[i] + gain * gain * (variance[i + 1] - predicted)
            }
        }
        return (logLikelihood, mean, variance)
    }
}
