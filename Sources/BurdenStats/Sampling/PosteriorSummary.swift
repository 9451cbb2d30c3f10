import RealModule

/// The summary of a quantity's draws from several Markov chains: mean, standard
/// deviation, equal-tailed interval, effective sample size, Monte Carlo standard error
/// of the mean, and the split R̂.
///
/// - Interval: the (1 − c)/2 and (1 + c)/2 quantiles of all draws pooled, R's type 7
///   (linear interpolation between order statistics).
/// - Effective sample size (Gelman et al. 2013, §11.5; Geyer 1992): with m chains of n
///   draws, W the mean within-chain variance, var⁺ = (n − 1)/n·W + B/n, and ρ̂ₜ = 1 −
///   (W − the chains' mean lag-t autocovariance)/var⁺ (Stan's estimator), ESS = mn/(1 + 2Σₜρ̂ₜ), the sum
///   over Geyer's initial positive sequence (pairs ρ̂₂ₖ + ρ̂₂ₖ₊₁ while positive, kept
///   non-increasing).
/// - Monte Carlo standard error of the mean: sd/√ESS.
/// - Split R̂: each chain cut in halves, R̂ = √(var⁺/W) over the 2m half-chains; near 1
///   when the chains agree (1.01 or below is the usual threshold).
///
/// Gelman, A., Carlin, J. B., Stern, H. S., Dunson, D. B., Vehtari, A., Rubin, D. B.
/// (2013). Bayesian Data Analysis, 3rd ed. CRC. Geyer, C. J. (1992). Practical Markov
/// chain Monte Carlo. Statistical Science 7(4):473–483.
public struct PosteriorSummary: Sendable, Hashable, Codable {
    /// The posterior mean.
    public let mean: Double
    /// The posterior standard deviation.
    public let sd: Double
    /// The lower limit of the equal-tailed interval.
    public let confLow: Double
    /// The upper limit of the equal-tailed interval.
    public let confHigh: Double
    /// The posterior median.
    public let median: Double
    /// The effective sample size of the mean.
    public let effectiveSampleSize: Double
    /// The Monte Carlo standard error of the mean, sd/√ESS.
    public let mcStdError: Double
    /// The split R̂.
    public let rHat: Double

    /// Summarizes draws.
    ///
    /// - Parameters:
    ///   - chains: one array of draws per chain, all of the same length ≥ 4.
    ///   - confidence: the interval's probability, in (0, 1).
    /// - Precondition: at least one chain of at least four draws; equal lengths.
    /// - Complexity: O(mn log(mn)) for the quantiles, O(mn·T) for the autocorrelations up
    ///   to the lag T where Geyer's sequence stops.
    public init(chains: [[Double]], confidence: Double) {
        precondition(!chains.isEmpty && chains[0].count >= 4, "a summary needs a chain of at least four draws")
        let n = chains[0].count
        precondition(chains.allSatisfy { $0.count == n }, "chains must be of equal length")
        let pooled = chains.flatMap { $0 }.sorted()
        let total = Double(pooled.count)
        let mean = pooled.reduce(0, +) / total
        let variance = pooled.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(total - 1, 1)
        self.mean = mean
        self.sd = variance.squareRoot()
        self.confLow = Quantile.type7(pooled, (1 - confidence) / 2)
        self.confHigh = Quantile.type7(pooled, (1 + confidence) / 2)
        self.median = Quantile.type7(pooled, 0.5)
        self.effectiveSampleSize = Self.effectiveSize(chains)
        self.mcStdError = sd / effectiveSampleSize.squareRoot()
        let half = n / 2
        let halves = chains.flatMap { [Array($0[0..<half]), Array($0[(n - half)...])] }
        self.rHat = Self.rHat(halves)
    }

    /// Within- and between-chain variance terms: (W, var⁺).
    private static func variances(_ chains: [[Double]]) -> (within: Double, plus: Double) {
        let n = Double(chains[0].count)
        let means = chains.map { $0.reduce(0, +) / n }
        let within =
            zip(chains, means).map { chain, m in chain.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1) }
            .reduce(0, +) / Double(chains.count)
        let grand = means.reduce(0, +) / Double(means.count)
        let between =
            chains.count > 1 ? n * means.reduce(0) { $0 + ($1 - grand) * ($1 - grand) } / Double(chains.count - 1) : 0
        return (within, (n - 1) / n * within + between / n)
    }

    /// Split R̂ over the given (half-)chains; 1 when every draw is equal.
    private static func rHat(_ chains: [[Double]]) -> Double {
        let (within, plus) = variances(chains)
        guard within > 0 else { return 1 }
        return (plus / within).squareRoot()
    }

    /// The multi-chain effective sample size with Geyer's initial positive sequence.
    private static func effectiveSize(_ chains: [[Double]]) -> Double {
        let m = chains.count
        let n = chains[0].count
        let (_, plus) = variances(chains)
        guard plus > 0 else { return Double(m * n) }
        let means = chains.map { $0.reduce(0, +) / Double(n) }
        func autocovariance(_ lag: Int) -> Double {
            var sum = 0.0
            for (chain, mean) in zip(chains, means) {
                var s = 0.0
                for t in 0..<(n - lag) { s += (chain[t] - mean) * (chain[t + lag] - mean) }
                sum += s / Double(n)
            }
            return sum / Double(m)
        }
        let within = variances(chains).within
        func rho(_ lag: Int) -> Double { 1 - (within - autocovariance(lag)) / plus }
        var sum = 0.0
        var previousPair = Double.infinity
        var lag = 0
        while lag + 1 < n {
            var pair = (lag == 0 ? 1 : rho(lag)) + rho(lag + 1)
            guard pair > 0 else { break }
            pair = min(pair, previousPair)
            sum += pair
            previousPair = pair
            lag += 2
        }
        let tau = -1 + 2 * sum
        return Double(m * n) / max(tau, 1 / Double.log10(Double(m * n)))
    }
}
