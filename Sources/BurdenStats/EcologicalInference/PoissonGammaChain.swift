import RealModule

/// The state and the updates of one chain of ``PoissonGammaEI``.
struct PoissonGammaChain {
    let n: Int
    let r: Int
    let deaths: [Int]
    /// Nᵢ_g, flattened i·R + g.
    let men: [Double]
    let prior: PoissonGammaEI.Prior
    /// dᵢ_g, flattened i·R + g.
    var split: [Int32]
    /// κ_g.
    var shape: [Double]
    /// m_g = κ_g/b_g.
    var mean: [Double]
    /// The weights of one split, reused.
    private var weights: [Double]

    /// A chain started from κ_g = 2^{(c mod 4) − 1} and the crude rate, the deaths split in
    /// proportion to the men.
    init(deaths: [Int], men: [[Double]], prior: PoissonGammaEI.Prior, chain: Int) {
        n = deaths.count
        r = men[0].count
        self.deaths = deaths
        self.men = men.flatMap { $0 }
        self.prior = prior
        let crude = Double(deaths.reduce(0, +)) / men.reduce(0) { $0 + $1.reduce(0, +) }
        shape = [Double](repeating: Double.pow(2, Double(chain % 4) - 1), count: r)
        mean = [Double](repeating: max(crude, 1e-12) * (chain % 2 == 0 ? 0.5 : 2), count: r)
        split = []
        for (d, row) in zip(deaths, men) {
            let total = row.reduce(0, +)
            var parts = row.map { total > 0 ? Int32((Double(d) * $0 / total).rounded(.down)) : 0 }
            let largest = row.indices.max { row[$0] < row[$1] }!
            parts[largest] += Int32(d) - parts.reduce(0, +)
            split.append(contentsOf: parts)
        }
        weights = [Double](repeating: 0, count: (deaths.max() ?? 0) + 1)
    }

    /// One iteration: the splits given (κ, m), then λ and the hyperparameters.
    mutating func iterate(using random: inout some RandomNumberGenerator) {
        for i in 0..<n where deaths[i] > 0 {
            for g in 0..<(r - 1) {
                for h in (g + 1)..<r { redraw(region: i, g, h, using: &random) }
            }
        }
        for g in 0..<r { updateHyperparameters(group: g, using: &random) }
    }

    /// Redraws dᵢ_g given dᵢ_g + dᵢ_h, λ integrated out:
    /// P(k) ∝ NB(k; κ_g, q_g)·NB(t − k; κ_h, q_h), by the ratio of consecutive terms,
    /// rescaled when they grow past 10²⁰⁰.
    private mutating func redraw(region i: Int, _ g: Int, _ h: Int, using random: inout some RandomNumberGenerator) {
        let t = Int(split[i * r + g] + split[i * r + h])
        guard t > 0 else { return }
        let ng = men[i * r + g]
        let nh = men[i * r + h]
        if ng == 0 || nh == 0 {
            split[i * r + g] = ng == 0 ? 0 : Int32(t)
            split[i * r + h] = Int32(t) - split[i * r + g]
            return
        }
        // q = N/(b + N) with b = κ/m: q = N·m/(κ + N·m).
        let kg = shape[g]
        let kh = shape[h]
        let qg = ng * mean[g] / (kg + ng * mean[g])
        let qh = nh * mean[h] / (kh + nh * mean[h])
        let odds = qg / qh
        var total = 1.0
        let drawn: Int = weights.withUnsafeMutableBufferPointer { w in
            w[0] = 1
            for k in 0..<t {
                let a = Double(k)
                let rest = Double(t - k)
                var next = w[k] * ((a + kg) * rest * odds) / ((a + 1) * (rest - 1 + kh))
                if next > 1e200 {
                    for j in 0...k { w[j] *= 1e-200 }
                    total *= 1e-200
                    next *= 1e-200
                }
                w[k + 1] = next
                total += next
            }
            return RandomDraws.index(weights: UnsafeBufferPointer(rebasing: w[0...t]), total: total, using: &random)
        }
        split[i * r + g] = Int32(drawn)
        split[i * r + h] = Int32(t - drawn)
    }

    /// Draws λᵢ_g ~ Gamma(κ + dᵢ_g, b + Nᵢ_g) over the regions with men in the group, then
    /// updates u = ln κ and v = ln m by slice sampling on
    /// ln p = a_κu − r_κκ + a_b ln b − r_b·b + Σᵢ[κ ln b − lnΓ(κ) + (κ − 1) ln λᵢ − bλᵢ], b = κ/m
    /// (the priors of κ and b carried to (u, v) with their Jacobian).
    private mutating func updateHyperparameters(group g: Int, using random: inout some RandomNumberGenerator) {
        let b = shape[g] / mean[g]
        var sum = 0.0
        var logSum = 0.0
        var count = 0.0
        for i in 0..<n where men[i * r + g] > 0 {
            let lambda =
                RandomDraws.gamma(shape: shape[g] + Double(split[i * r + g]), using: &random) / (b + men[i * r + g])
            sum += lambda
            logSum += Double.log(lambda)
            count += 1
        }
        let prior = self.prior
        func logDensity(_ u: Double, _ v: Double) -> Double {
            let kappa = Double.exp(u)
            let rate = Double.exp(u - v)
            guard kappa.isFinite, rate.isFinite, kappa > 0, rate > 0 else { return -.infinity }
            let logRate = u - v
            return prior.shapeShape * u - prior.shapeRate * kappa + prior.rateShape * logRate - prior.rateRate * rate
                + count * (kappa * logRate - Double.logGamma(kappa)) + (kappa - 1) * logSum - rate * sum
        }
        var u = Double.log(shape[g])
        var v = Double.log(mean[g])
        u = SliceSampler.step(from: u, width: 1, using: &random) { logDensity($0, v) }
        v = SliceSampler.step(from: v, width: 0.5, using: &random) { logDensity(u, $0) }
        shape[g] = Double.exp(u)
        mean[g] = Double.exp(v)
    }
}
