import RealModule

/// Sums of F_t(s − t) over runs of days t at one θ, with their gradients: what every
/// cell of the fits and every cohort of the predictive needs.
///
/// Without a trend F depends on the delay only, so F(d) and its gradient are tabulated
/// once for d = 0 … D − 1 and summed into running totals G(d) = Σ_{u ≤ d} F(u); a run of
/// days is then the difference of two totals (G(d) = G(D − 1) + d − D + 1 past D, where
/// F = 1). With a trend ρⱼ(t) is tabulated per day and every day is summed.
struct ShareSums {
    let model: ReverseHazardDelay
    let theta: [Double]
    let withGradient: Bool
    private let p: Int
    private let firstDay: Int
    /// Running totals G(d − 1) at index d, d = 0 … D (no trend).
    private var totals: [Double] = []
    /// Running totals of the gradient, p per index (no trend, with gradient).
    private var gradientTotals: [Double] = []
    /// ρⱼ(t) by day slot and band (trend).
    private var rho: [Double] = []
    /// ρⱼ(t)·ζⱼ(t) by day slot and band (trend).
    private var rhoZeta: [Double] = []

    /// Prepares the sums for days `firstDay ..< firstDay + dayCount`.
    init(model: ReverseHazardDelay, theta: [Double], firstDay: Int, dayCount: Int, gradient: Bool) {
        self.model = model
        self.theta = theta
        self.withGradient = gradient
        self.p = model.parameterCount
        self.firstDay = firstDay
        let bands = model.bandCount
        if model.hasTrend {
            let gamma = theta[model.hazardParameterCount]
            rho = [Double](repeating: 0, count: dayCount * bands)
            rhoZeta = rho
            for slot in 0..<dayCount {
                for band in 0..<bands {
                    let zeta = model.trendCovariate(band, day: firstDay + slot)
                    let value = Double.exp(theta[model.parameterOfBand[band]] + gamma * zeta)
                    rho[slot * bands + band] = value
                    rhoZeta[slot * bands + band] = value * zeta
                }
            }
        } else {
            let d = model.maximumDelay
            let rates = (0..<bands).map { Double.exp(theta[model.parameterOfBand[$0]]) }
            totals = [Double](repeating: 0, count: d + 1)
            if gradient { gradientTotals = [Double](repeating: 0, count: (d + 1) * p) }
            // ln F(d) = −Σⱼ ρⱼ Aⱼ(d), with Aⱼ(d) counted up as d falls from D − 1 (each
            // step adds the delay u = d + 1 to its band); bands with Aⱼ = 0 are skipped,
            // so that an infinite hazard past the delay does not make 0·∞.
            var share = [Double](repeating: 0, count: d)
            var counted = [Double](repeating: 0, count: bands)
            var band = bands - 1
            for delay in stride(from: d - 1, through: 0, by: -1) {
                while model.edges[band] >= delay + 1 { band -= 1 }
                counted[band] += 1
                var exponent = 0.0
                for j in band..<bands { exponent += rates[j] * counted[j] }
                share[delay] = Double.exp(-exponent)
            }
            for delay in 0..<d {
                totals[delay + 1] = totals[delay] + share[delay]
                guard gradient else { continue }
                let base = (delay + 1) * p
                for j in 0..<p { gradientTotals[base + j] = gradientTotals[delay * p + j] }
                for band in 0..<bands {
                    let a = model.overlap(band, delay)
                    if a > 0 { gradientTotals[base + model.parameterOfBand[band]] -= share[delay] * rates[band] * a }
                }
            }
        }
    }

    /// Σ_{t=lower}^{upper} F_t(s − t), with the gradient added into `gradient` when given.
    ///
    /// - Complexity: O(1) without a trend (O(p) with the gradient); O((upper − lower + 1)·J) with one.
    func sum(snapshot s: Int, days lower: Int, _ upper: Int, gradient: UnsafeMutablePointer<Double>?) -> Double {
        guard lower <= upper else { return 0 }
        if !model.hasTrend {
            let high = total(s - lower, gradient: gradient, sign: 1)
            let low = total(s - upper - 1, gradient: gradient, sign: -1)
            return high - low
        }
        let bands = model.bandCount
        let beta = model.hazardParameterCount
        var sum = 0.0
        for day in lower...upper {
            let delay = s - day
            if delay < 0 { continue }
            if delay >= model.maximumDelay {
                sum += 1
                continue
            }
            let slot = (day - firstDay) * bands
            let firstBand = model.edges.firstIndex { $0 > delay }! - 1
            var exponent = 0.0
            var trend = 0.0
            for band in firstBand..<bands {
                let a = model.overlap(band, delay)
                exponent += rho[slot + band] * a
                trend += rhoZeta[slot + band] * a
            }
            let value = Double.exp(-exponent)
            sum += value
            if let gradient {
                for band in firstBand..<bands {
                    gradient[model.parameterOfBand[band]] -= value * rho[slot + band] * model.overlap(band, delay)
                }
                gradient[beta] -= value * trend
            }
        }
        return sum
    }

    /// G(d) = Σ_{u ≤ d} F(u), its gradient added with `sign` (no trend).
    private func total(_ delay: Int, gradient: UnsafeMutablePointer<Double>?, sign: Double) -> Double {
        if delay < 0 { return 0 }
        let d = model.maximumDelay
        let index = min(delay, d - 1) + 1
        if let gradient {
            for j in 0..<p { gradient[j] += sign * gradientTotals[index * p + j] }
        }
        return totals[index] + Double(max(0, delay - d + 1))
    }
}
