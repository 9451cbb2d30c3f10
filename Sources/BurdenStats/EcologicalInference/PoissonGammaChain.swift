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
    /// ln c, the centre of ln m's prior.
    let logCrude: Double
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
        logCrude = Double.log(max(crude, 1e-300))
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

    /// One iteration. With two groups: the four hyperparameters from their posterior
    /// given only the regions' totals (the splits and λ summed and integrated out), then
    /// every split given them, exactly. With more: the splits pair by pair given the
    /// hyperparameters, then the hyperparameters given the splits.
    mutating func iterate(using random: inout some RandomNumberGenerator) {
        if r == 2 {
            for g in 0..<2 { updateFromTotals(group: g, using: &random) }
        }
        for i in 0..<n where deaths[i] > 0 {
            for g in 0..<(r - 1) {
                for h in (g + 1)..<r { redraw(region: i, g, h, using: &random) }
            }
        }
        if r > 2 {
            for g in 0..<r { updateHyperparameters(group: g, using: &random) }
        }
    }

    /// ln of the gamma-mixed Poisson probability of dᵢ's split sums (two groups), up to
    /// terms free of the hyperparameters: Σᵢ ln Σ_k NB(k; κ₁, qᵢ₁)·NB(dᵢ − k; κ₂, qᵢ₂).
    private mutating func logMarginal(shape: [Double], mean: [Double]) -> Double {
        var sum = 0.0
        for i in 0..<n {
            let d = deaths[i]
            let people = (men[i * 2], men[i * 2 + 1])
            // ln NB(k; κ, q) without −ln k!: lnΓ(k + κ) − lnΓ(κ) + κ ln(1 − q) + k ln q.
            func logNB(_ k: Int, _ g: Int, _ people: Double) -> Double {
                let expected = people * mean[g]
                let kappa = shape[g]
                let y = Double(k)
                return GammaDifferences.logGammaRatio(y, kappa) + y * Double.log(kappa)
                    + kappa * (Double.log(kappa) - Double.log(kappa + expected))
                    + (k > 0 ? y * (Double.log(expected) - Double.log(kappa + expected)) : 0)
            }
            if people.0 == 0 || people.1 == 0 {
                let g = people.0 == 0 ? 1 : 0
                sum += logNB(d, g, g == 0 ? people.0 : people.1)
                continue
            }
            let first = logNB(0, 0, people.0) + logNB(d, 1, people.1)
            guard d > 0 else {
                sum += first
                continue
            }
            let (total, rescales) = fillWeights(
                t: d, kg: shape[0], kh: shape[1], qg: people.0 * mean[0] / (shape[0] + people.0 * mean[0]),
                qh: people.1 * mean[1] / (shape[1] + people.1 * mean[1]))
            sum += first + Double.log(total) + Double(rescales) * Double.log(1e200)
        }
        return sum
    }

    /// Slice updates of ln κ_g and ln m_g on the posterior given the totals (two groups).
    private mutating func updateFromTotals(group g: Int, using random: inout some RandomNumberGenerator) {
        let prior = self.prior
        var shape = self.shape
        var mean = self.mean
        let centre = logCrude
        func logPrior(_ u: Double, _ v: Double) -> Double {
            let z = (v - centre) / prior.logMeanSD
            return prior.shapeShape * u - prior.shapeRate * Double.exp(u) - z * z / 2
        }
        func logDensity(_ u: Double, _ v: Double) -> Double {
            guard u.magnitude < 50, v.magnitude < 700 else { return -.infinity }
            shape[g] = Double.exp(u)
            mean[g] = Double.exp(v)
            return logPrior(u, v) + logMarginal(shape: shape, mean: mean)
        }
        var u = Double.log(self.shape[g])
        var v = Double.log(self.mean[g])
        u = SliceSampler.step(from: u, width: 1, using: &random) { logDensity($0, v) }
        v = SliceSampler.step(from: v, width: 0.5, using: &random) { logDensity(u, $0) }
        self.shape[g] = Double.exp(u)
        self.mean[g] = Double.exp(v)
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
        let (total, _) = fillWeights(
            t: t, kg: shape[g], kh: shape[h], qg: ng * mean[g] / (shape[g] + ng * mean[g]),
            qh: nh * mean[h] / (shape[h] + nh * mean[h]))
        let drawn = weights.withUnsafeBufferPointer { w in
            RandomDraws.index(weights: UnsafeBufferPointer(rebasing: w[0...t]), total: total, using: &random)
        }
        split[i * r + g] = Int32(drawn)
        split[i * r + h] = Int32(t - drawn)
    }

    /// Fills ``weights``[0…t] with NB(k; κ_g, q_g)·NB(t − k; κ_h, q_h) relative to k = 0, by
    /// the ratio of consecutive terms, (k + κ_g)(t − k)q_g / ((k + 1)(t − k − 1 + κ_h)q_h),
    /// every term divided by 10²⁰⁰ whenever one passes 10²⁰⁰.
    ///
    /// - Returns: the sum of the weights, and how many times they were divided.
    private mutating func fillWeights(t: Int, kg: Double, kh: Double, qg: Double, qh: Double) -> (total: Double, rescales: Int) {
        let odds = qg / qh
        var total = 1.0
        var rescales = 0
        weights.withUnsafeMutableBufferPointer { w in
            w[0] = 1
            for k in 0..<t {
                let a = Double(k)
                let rest = Double(t - k)
                var next = w[k] * ((a + kg) * rest * odds) / ((a + 1) * (rest - 1 + kh))
                if next > 1e200 {
                    for j in 0...k { w[j] *= 1e-200 }
                    total *= 1e-200
                    next *= 1e-200
                    rescales += 1
                }
                w[k + 1] = next
                total += next
            }
        }
        return (total, rescales)
    }

    /// Updates u = ln κ_g and v = ln m_g by slice sampling on their conditional given the
    /// splits, λ integrated out: with b = κ/m, dᵢ_g ~ NB(κ, Nᵢ_g·m/(κ + Nᵢ_g·m)), so
    /// ln p = a_κu − r_κκ − (v − ln c)²/(2s²)
    ///      + Σᵢ[lnΓ(dᵢ + κ) − lnΓ(κ) + κ ln κ + dᵢ ln(Nᵢm) − (κ + dᵢ) ln(κ + Nᵢm)]
    /// over the regions with men in the group (κ's prior carried to u with its Jacobian). Integrating λ out makes the hyperparameters mix far better
    /// than updating them given λ, on which they depend too closely.
    private mutating func updateHyperparameters(group g: Int, using random: inout some RandomNumberGenerator) {
        var counts: [Double] = []
        var people: [Double] = []
        for i in 0..<n where men[i * r + g] > 0 {
            counts.append(Double(split[i * r + g]))
            people.append(men[i * r + g])
        }
        let prior = self.prior
        let centre = logCrude
        func logDensity(_ u: Double, _ v: Double) -> Double {
            let kappa = Double.exp(u)
            let m = Double.exp(v)
            let rate = Double.exp(u - v)
            guard kappa.isFinite, rate.isFinite, kappa > 0, rate > 0, m > 0 else { return -.infinity }
            let z = (v - centre) / prior.logMeanSD
            var sum = prior.shapeShape * u - prior.shapeRate * kappa - z * z / 2
            let kappaLogKappa = kappa * u
            for (d, people) in zip(counts, people) {
                let expected = people * m
                sum += GammaDifferences.logGammaRatio(d, kappa) + d * u + kappaLogKappa + d * Double.log(expected)
                    - (kappa + d) * Double.log(kappa + expected)
            }
            return sum
        }
        var u = Double.log(shape[g])
        var v = Double.log(mean[g])
        u = SliceSampler.step(from: u, width: 1, using: &random) { logDensity($0, v) }
        v = SliceSampler.step(from: v, width: 0.5, using: &random) { logDensity(u, $0) }
        shape[g] = Double.exp(u)
        mean[g] = Double.exp(v)
    }
}
