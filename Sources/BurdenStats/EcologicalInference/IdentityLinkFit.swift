import RealModule

/// Maximum likelihood for count models with an identity link, μᵢ = oᵢ + xᵢᵀβ, with
/// coefficients that may be held non-negative: the engine of ``IdentityLinkRegression``.
///
/// Per observation, with q = 1 + αμ (Poisson: α = 0),
///
///     Poisson  ℓᵢ = yᵢ ln μᵢ − μᵢ − ln yᵢ!
///     NB2      ℓᵢ = lnΓ(yᵢ + θ) − lnΓ(θ) − ln yᵢ! + yᵢ ln μᵢ − (yᵢ + θ) ln q + yᵢ ln α,  θ = 1/α
///
///     ∂ℓ/∂β = (y − μ)/(μq) · x          −∂²ℓ/∂β∂βᵀ = [y/μ² − α(1 + αy)/q²] · xxᵀ
///     expected information E = xxᵀ/(μq)  ∂²ℓ/∂β∂α = −(y − μ)/q² · x
///
/// and the α derivatives of ``NegativeBinomialML`` (they depend on μ only). The
/// log-likelihood is concave in β for the Poisson model, and near its maximum for NB2.
///
/// **β at fixed α** — projected Newton (Bertsekas 1982): a coefficient held non-negative
/// that sits at 0 with a score ≤ 0 is *active* and stays there; the others take a Newton
/// step with the observed information (the expected information where the observed is
/// not positive definite), coefficients that would cross 0 are set to 0, and the step
/// is halved until ℓ does not fall and every μᵢ > 0. The projected direction ascends
/// (dropping the clipped coordinates removes terms sⱼδⱼ < 0 from sᵀδ > 0). The
/// iteration stops when the Newton decrement sᵀδ is below 10⁻²⁰(|ℓ| + 1), after a last
/// step. At the maximum the Karush–Kuhn–Tucker conditions hold: sⱼ = 0 for the free
/// coefficients, sⱼ ≤ 0 for those at 0.
///
/// **α (NB2)** — the profile ℓ_P(t) = max_β ℓ(β, eᵗ) is maximized over t = ln α by
/// Brent's method from a grid, then placed exactly as the root of its slope ∂ℓ/∂α at
/// β̂(α) (the envelope theorem); when the profile's slope at α = 0, ½Σ[(yᵢ − μ̂ᵢ)² − yᵢ] at
/// the Poisson fit, is not positive the maximum is α = 0 and the fit throws.
///
/// Bertsekas, D. P. (1982). Projected Newton methods for optimization problems with
/// simple constraints. SIAM Journal on Control and Optimization 20(2):221–246.
enum IdentityLinkFit {
    /// The validated data.
    struct Data: Sendable {
        let n: Int
        let p: Int
        /// The design, row by row.
        let x: [Double]
        let y: [Double]
        /// The known part of each mean.
        let offset: [Double]
        /// Which coefficients are held ≥ 0.
        let nonNegative: [Bool]
        /// Σ ln yᵢ!.
        let logFactorialSum: Double
    }

    /// What one pass computes at (β, α).
    struct Pass {
        /// ℓ without the terms constant in (β, α) (Σ ln y! is added by ``logLikelihood``).
        var kernel: Double
        var score: [Double]
        /// The observed information of β, full p × p.
        var observed: [Double]
        /// The expected information of β, full p × p.
        var expected: [Double]
        var mu: [Double]
        /// ∂ℓ/∂α, ∂²ℓ/∂α², ∂²ℓ/∂β∂α (NB2 only).
        var alphaScore = 0.0
        var alphaCurvature = 0.0
        var cross: [Double]
        var deviance = 0.0
        var pearson = 0.0

        /// The log-likelihood.
        func logLikelihood(_ data: Data) -> Double { kernel - data.logFactorialSum }
    }

    /// A fit at fixed α (0 for Poisson).
    struct Fit {
        let beta: [Double]
        let alpha: Double
        let pass: Pass
        let iterations: Int
        /// The coefficients held at 0 at the maximum.
        let atBoundary: [Bool]
    }

    /// One pass; `nil` when some μᵢ ≤ 0 (outside the model's domain).
    static func pass(_ data: Data, _ beta: [Double], alpha: Double) -> Pass? {
        let n = data.n
        let p = data.p
        var mu = [Double](repeating: 0, count: n)
        var score = [Double](repeating: 0, count: p)
        var observed = [Double](repeating: 0, count: p * p)
        var expected = [Double](repeating: 0, count: p * p)
        var cross = [Double](repeating: 0, count: p)
        var kernel = 0.0
        var alphaScore = 0.0
        var alphaCurvature = 0.0
        var deviance = 0.0
        var pearson = 0.0
        let theta = alpha > 0 ? 1 / alpha : .infinity
        for i in 0..<n {
            var m = data.offset[i]
            for j in 0..<p { m += data.x[i * p + j] * beta[j] }
            guard m > 0, m.isFinite else { return nil }
            mu[i] = m
            let y = data.y[i]
            let residual = y - m
            let q = 1 + alpha * m
            let logMu = Double.log(m)
            let factor = residual / (m * q)
            let observedWeight = y / (m * m) - (alpha > 0 ? alpha * (1 + alpha * y) / (q * q) : 0)
            let expectedWeight = 1 / (m * q)
            if alpha > 0 {
                let logQ = Double.log(onePlus: alpha * m)
                kernel += GammaDifferences.logGammaRatio(y, theta) + y * logMu - (y + theta) * logQ
                let terms = NegativeBinomialML.alphaDerivatives(y: y, mu: m, alpha: alpha, logQ: logQ)
                alphaScore += terms.score
                alphaCurvature += terms.curvature
                let crossFactor = -residual / (q * q)
                for j in 0..<p { cross[j] += crossFactor * data.x[i * p + j] }
                deviance += (y > 0 ? y * Double.log(y / m) : 0) - (y + theta) * Double.log(onePlus: residual / (m + theta))
            } else {
                kernel += y * logMu - m
                deviance += (y > 0 ? y * Double.log(y / m) : 0) - residual
            }
            pearson += residual * residual / (m * q)
            for a in 0..<p {
                let xa = data.x[i * p + a]
                score[a] += factor * xa
                for b in a..<p {
                    let xab = xa * data.x[i * p + b]
                    observed[a * p + b] += observedWeight * xab
                    expected[a * p + b] += expectedWeight * xab
                }
            }
        }
        for a in 0..<p {
            for b in 0..<a {
                observed[a * p + b] = observed[b * p + a]
                expected[a * p + b] = expected[b * p + a]
            }
        }
        return Pass(
            kernel: kernel, score: score, observed: observed, expected: expected, mu: mu, alphaScore: alphaScore,
            alphaCurvature: alphaCurvature, cross: cross, deviance: 2 * deviance, pearson: pearson)
    }

    /// The submatrix of a full p × p matrix on the indices `keep`, row by row.
    static func submatrix(_ matrix: [Double], _ p: Int, _ keep: [Int]) -> [Double] {
        keep.flatMap { a in keep.map { b in matrix[a * p + b] } }
    }

    /// β̂ at fixed α from a start inside the domain.
    static func fitBeta(_ data: Data, alpha: Double, start: [Double], options: IterationOptions) throws -> Fit {
        var beta = start
        for j in 0..<data.p where data.nonNegative[j] { beta[j] = max(0, beta[j]) }
        guard var current = pass(data, beta, alpha: alpha) else {
            throw StatsError(.invalidInput, "the start of the identity-link fit gives a mean ≤ 0")
        }
        for iteration in 1...max(options.maxIterations, 1) {
            let free = (0..<data.p).filter { !(data.nonNegative[$0] && beta[$0] == 0 && current.score[$0] <= 0) }
            var step = [Double](repeating: 0, count: data.p)
            if !free.isEmpty {
                let scoreFree = free.map { current.score[$0] }
                let system =
                    NewtonSystem(upperGram: submatrix(current.observed, data.p, free), size: free.count)
                    ?? NewtonSystem(upperGram: submatrix(current.expected, data.p, free), size: free.count)
                guard let system else {
                    throw StatsError(.notPositiveDefinite, "the information of the identity-link fit is singular")
                }
                for (slot, j) in zip(system.solve(scoreFree), free) { step[j] = slot }
            }
            let decrement = zip(step, current.score).reduce(0) { $0 + $1.0 * $1.1 }
            var scale = 1.0
            var accepted: (beta: [Double], pass: Pass)?
            for _ in 0..<60 {
                var trial = zip(beta, step).map { $0 + scale * $1 }
                for j in 0..<data.p where data.nonNegative[j] { trial[j] = max(0, trial[j]) }
                if let trialPass = pass(data, trial, alpha: alpha),
                    trialPass.kernel >= current.kernel - 1e-13 * (abs(current.kernel) + 1)
                {
                    accepted = (trial, trialPass)
                    break
                }
                scale /= 2
            }
            if let accepted {
                beta = accepted.beta
                current = accepted.pass
            }
            if decrement <= 1e-20 * (abs(current.kernel) + 1) || accepted == nil {
                let boundary = (0..<data.p).map { data.nonNegative[$0] && beta[$0] == 0 }
                return Fit(beta: beta, alpha: alpha, pass: current, iterations: iteration, atBoundary: boundary)
            }
        }
        throw StatsError(.notConverged, "the identity-link fit did not converge in \(options.maxIterations) iterations")
    }

    /// (β̂, α̂) of the NB2 model by the profile over ln α, from the Poisson fit.
    ///
    /// - Parameter around: a previous ln α̂ to search near (profile fits), or `nil`.
    /// - Throws: ``StatsError/Code/boundaryEstimate`` when the maximum is at α = 0 or α
    ///   runs past 10⁴.
    static func fitNegativeBinomial(
        _ data: Data, start: [Double], around: Double? = nil, options: IterationOptions
    ) throws -> Fit {
        let poisson = try fitBeta(data, alpha: 0, start: start, options: options)
        var slopeAtZero = 0.0
        for i in 0..<data.n {
            let residual = data.y[i] - poisson.pass.mu[i]
            slopeAtZero += residual * residual - data.y[i]
        }
        guard slopeAtZero > 0 else {
            throw StatsError(.boundaryEstimate, "no overdispersion: the negative-binomial α is 0 (the Poisson fit applies)")
        }
        var warm = poisson.beta
        var cache: [Double: Fit] = [:]
        func profile(_ t: Double) -> Double {
            if let fit = cache[t] { return fit.pass.kernel }
            guard let fit = try? fitBeta(data, alpha: Double.exp(t), start: warm, options: options) else { return -.infinity }
            cache[t] = fit
            warm = fit.beta
            return fit.pass.kernel
        }
        let grid: [Double] =
            around.map { centre in stride(from: centre - 3, through: centre + 3, by: 0.5).map { $0 } }
            ?? stride(from: -18.0, through: 9.0, by: 1.0).map { $0 }
        let values = grid.map(profile)
        let best = values.indices.max { values[$0] < values[$1] }!
        if around != nil, best == 0 || best == grid.count - 1 {
            return try fitNegativeBinomial(data, start: start, around: nil, options: options)
        }
        guard best > 0 else {
            throw StatsError(.boundaryEstimate, "no overdispersion: the negative-binomial α is 0 (the Poisson fit applies)")
        }
        guard best < grid.count - 1 else {
            throw StatsError(.boundaryEstimate, "the negative-binomial α runs to infinity")
        }
        let rough = RootFinding.brentMinimum(lower: grid[best - 1], upper: grid[best + 1], tolerance: 1e-10) { -profile($0) }
        // The profile is flat at its maximum, so the minimizer, which sees only its values,
        // places it to about the square root of their rounding; the root of the profile's
        // slope, ∂ℓ/∂α at β̂(α) by the envelope theorem, places it to rounding.
        func slope(_ t: Double) -> Double {
            _ = profile(t)
            return cache[t]?.pass.alphaScore ?? .nan
        }
        var t = rough
        let (low, high) = (max(grid[best - 1], rough - 0.05), min(grid[best + 1], rough + 0.05))
        let (slopeLow, slopeHigh) = (slope(low), slope(high))
        if slopeLow > 0, slopeHigh < 0 {
            t = RootFinding.brent(lower: low, upper: high, absoluteTolerance: 1e-14) { slope($0) }
        }
        _ = profile(t)
        guard let fit = cache[t] else {
            throw StatsError(.notConverged, "the negative-binomial fit failed at α = \(shortNumber(Double.exp(t)))")
        }
        return fit
    }
}
