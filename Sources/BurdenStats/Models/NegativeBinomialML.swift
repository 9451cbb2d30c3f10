import RealModule

/// Maximum likelihood for the NB2 model, the engine of ``NegativeBinomialRegression``.
///
/// yᵢ ~ NB(μᵢ, α) with Var = μ + αμ², θ = 1/α, ln μᵢ = oᵢ + xᵢᵀβ; per observation
///
///     ℓᵢ = lnΓ(yᵢ + θ) − lnΓ(θ) − ln yᵢ! − (θ + yᵢ)·ln(1 + αμᵢ) + yᵢ·ln(αμᵢ)
///
/// and its derivatives (with q = 1 + αμ, L = ln q, D = ψ(y + θ) − ψ(θ), T = ψ′(y + θ) − ψ′(θ)):
///
///     ∂ℓ/∂β = (y − μ)/q · x                      −∂²ℓ/∂β∂βᵀ = μ(1 + αy)/q² · xxᵀ
///     ∂ℓ/∂α = (L − D)/α² + (y − μ)/(αq)          ∂²ℓ/∂β∂α = −μ(y − μ)/q² · x
///     ∂²ℓ/∂α² = −2(L − D)/α³ + μ/(α²q) + T/α⁴ − (y − μ)(1 + 2αμ)/(α²q²)
///
/// (the observed information; for fixed α it is positive definite in β because y ≥ 0).
///
/// The fit profiles α out: for each α, β̂(α) by Newton's method with the observed
/// information (halving steps that lower ℓ) until the Newton decrement sᵀδ falls below
/// 10⁻²⁰(|ℓ| + 1), plus a last step; then Newton's method on t = ln α for the profile
/// ℓ_P(t) = ℓ(β̂(t), e^t), whose derivatives follow from the envelope theorem:
/// dℓ_P/dt = α·∂ℓ/∂α and d²ℓ_P/dt² = α²(∂²ℓ/∂α² + cᵀG⁻¹c) + α·∂ℓ/∂α, with G the
/// β-information and c = ∂²ℓ/∂β∂α. A step is taken when the curvature is negative
/// (else ±1 towards higher ℓ), at most 4 in t, halved while ℓ_P falls; iteration stops
/// when the step is below 10⁻⁹ (after taking it), or fails after `maxIterations`. The
/// start is the Poisson fit and statsmodels' moment estimate
/// α₀ = max(0.05, Σ[(yᵢ − μᵢ)²/μᵢ − 1]/μᵢ / (n − p)). At α → 0 the profile's slope is
/// ½Σ[(yᵢ − μ̂ᵢ)² − yᵢ] at the Poisson fit (the score test of overdispersion); when that
/// is not positive the maximum is at the boundary α = 0 and the fit throws instead.
///
/// The covariance of (β̂, α̂) is the inverse of the full observed information at the
/// estimate, as statsmodels' `NegativeBinomial` reports it.
enum NegativeBinomialML {
    /// What one pass over the rows computes at (β, α).
    struct Pass {
        /// Σ[yᵢηᵢ − (yᵢ + θ)ln(1 + αμᵢ)], the part of ℓ that varies with β.
        var kernel = 0.0
        /// The β-information G = Σ μ(1 + αy)/q² xxᵀ, upper triangle.
        var gram: [Double]
        /// ∂ℓ/∂β.
        var score: [Double]
        /// ∂ℓ/∂α (only with derivatives).
        var alphaScore = 0.0
        /// ∂²ℓ/∂α² (only with derivatives).
        var alphaCurvature = 0.0
        /// ∂²ℓ/∂β∂α (only with derivatives).
        var cross: [Double]
        /// Σ[lnΓ(yᵢ + θ) − lnΓ(θ) − yᵢ ln θ] (only with derivatives).
        var logGammaPart = 0.0
        /// The NB2 deviance at α (only with derivatives).
        var deviance = 0.0
        /// Σ(yᵢ − μᵢ)²/(μᵢ + αμᵢ²) (only with derivatives).
        var pearson = 0.0

        /// ℓ, given the data's Σ ln yᵢ! (valid after a pass with derivatives).
        func logLikelihood(_ data: CountModelData) -> Double {
            kernel + logGammaPart - data.logFactorialSum
        }
    }

    /// A converged fit.
    struct Fit {
        /// β̂.
        let beta: [Double]
        /// α̂.
        let alpha: Double
        /// The pass at (β̂, α̂), with derivatives.
        let pass: Pass
        /// The covariance of (β̂, α̂), (p + 1) × (p + 1), α last.
        let covariance: Matrix
        /// The number of outer iterations on α.
        let iterations: Int
    }

    /// One pass at (β, α).
    static func pass(_ data: CountModelData, _ beta: [Double], alpha: Double, derivatives: Bool) -> Pass {
        let n = data.n
        let p = data.p
        let theta = 1 / alpha
        var gram = [Double](repeating: 0, count: p * p)
        var score = [Double](repeating: 0, count: p)
        var cross = [Double](repeating: 0, count: p)
        var kernel = 0.0
        var alphaScore = 0.0
        var alphaCurvature = 0.0
        var logGammaPart = 0.0
        var deviance = 0.0
        var pearson = 0.0
        data.x.withUnsafeBufferPointer { x in
            beta.withUnsafeBufferPointer { b in
                gram.withUnsafeMutableBufferPointer { gram in
                    score.withUnsafeMutableBufferPointer { score in
                        for i in 0..<n {
                            let row = x.baseAddress! + i * p
                            var eta = data.offset[i]
                            for j in 0..<p { eta += row[j] * b[j] }
                            let mu = Double.exp(eta)
                            let y = data.y[i]
                            let q = 1 + alpha * mu
                            let logQ = Double.log(onePlus: alpha * mu)
                            let residual = y - mu
                            kernel += y * eta - (y + theta) * logQ
                            accumulateRow(
                                row, p, weight: mu * (1 + alpha * y) / (q * q), factor: residual / q,
                                gram: gram.baseAddress!, score: score.baseAddress!)
                            guard derivatives else { continue }
                            let terms = alphaDerivatives(y: y, mu: mu, alpha: alpha, logQ: logQ)
                            alphaScore += terms.score
                            alphaCurvature += terms.curvature
                            let crossFactor = -mu * residual / (q * q)
                            for j in 0..<p { cross[j] += crossFactor * row[j] }
                            logGammaPart += GammaDifferences.logGammaRatio(y, theta)
                            deviance +=
                                (y > 0 ? y * (data.logY[i] - eta) : 0)
                                - (y + theta) * Double.log(onePlus: residual / (mu + theta))
                            pearson += residual * residual / (mu * q)
                        }
                    }
                }
            }
        }
        return Pass(
            kernel: kernel, gram: gram, score: score, alphaScore: alphaScore, alphaCurvature: alphaCurvature,
            cross: cross, logGammaPart: logGammaPart, deviance: 2 * deviance, pearson: pearson)
    }

    /// One observation's ∂ℓ/∂α and ∂²ℓ/∂α² at its mean μ (any link), with
    /// L = ln(1 + αμ), D = ψ(y + θ) − ψ(θ), T = ψ′(y + θ) − ψ′(θ), q = 1 + αμ:
    /// (L − D)/α² + (y − μ)/(αq) and −2(L − D)/α³ + μ/(α²q) + T/α⁴ − (y − μ)(1 + 2αμ)/(α²q²).
    static func alphaDerivatives(y: Double, mu: Double, alpha: Double, logQ: Double) -> (score: Double, curvature: Double) {
        let theta = 1 / alpha
        let q = 1 + alpha * mu
        let residual = y - mu
        let d = GammaDifferences.digamma(y, theta)
        let t = GammaDifferences.trigamma(y, theta)
        let alpha2 = alpha * alpha
        let score = (logQ - d) / alpha2 + residual / (alpha * q)
        let curvature =
            -2 * (logQ - d) / (alpha2 * alpha) + mu / (alpha2 * q) + t / (alpha2 * alpha2)
            - residual * (1 + 2 * alpha * mu) / (alpha2 * q * q)
        return (score, curvature)
    }

    /// The weights and score factors at (β, α), for the QR fallback.
    static func rowTerms(_ data: CountModelData, _ beta: [Double], alpha: Double)
        -> (weights: [Double], factors: [Double])
    {
        let mu = data.linearPredictor(beta).map { Double.exp($0) }
        var weights = [Double](repeating: 0, count: data.n)
        var factors = [Double](repeating: 0, count: data.n)
        for i in 0..<data.n {
            let q = 1 + alpha * mu[i]
            weights[i] = mu[i] * (1 + alpha * data.y[i]) / (q * q)
            factors[i] = (data.y[i] - mu[i]) / q
        }
        return (weights, factors)
    }

    /// β̂(α) from `start`, and the pass (with derivatives) there.
    static func fitBeta(_ data: CountModelData, alpha: Double, start: [Double], options: IterationOptions) throws
        -> (beta: [Double], pass: Pass)
    {
        var beta = start
        var current = pass(data, beta, alpha: alpha, derivatives: false)
        for _ in 0..<max(options.maxIterations, 1) {
            let currentBeta = beta
            var step = try data.newtonStep(gram: current.gram, score: current.score) {
                rowTerms(data, currentBeta, alpha: alpha)
            }
            let decrement = zip(step, current.score).reduce(0) { $0 + $1.0 * $1.1 }
            if decrement <= 1e-20 * (abs(current.kernel) + 1) {
                beta = zip(beta, step).map { $0 + $1 }
                return (beta, pass(data, beta, alpha: alpha, derivatives: true))
            }
            var trial = zip(beta, step).map { $0 + $1 }
            var trialPass = pass(data, trial, alpha: alpha, derivatives: false)
            var halvings = 0
            while !(trialPass.kernel >= current.kernel - 1e-12 * (abs(current.kernel) + 1)) {
                halvings += 1
                guard halvings <= 30 else {
                    throw StatsError(
                        .notConverged, "negative-binomial fit of β did not converge at α = \(shortNumber(alpha))")
                }
                step = step.map { $0 / 2 }
                trial = zip(beta, step).map { $0 + $1 }
                trialPass = pass(data, trial, alpha: alpha, derivatives: false)
            }
            beta = trial
            current = trialPass
        }
        throw StatsError(
            .notConverged,
            "negative-binomial fit of β did not converge in \(options.maxIterations) iterations at α = \(shortNumber(alpha))")
    }

    /// Fits (β̂, α̂).
    ///
    /// - Throws: ``StatsError/Code/boundaryEstimate`` when α̂ runs to 0 (no overdispersion:
    ///   the Poisson model applies) or to ∞; ``StatsError/Code/notConverged``;
    ///   ``StatsError/Code/notPositiveDefinite`` when the information is singular at the estimate.
    static func fit(_ data: CountModelData, options: IterationOptions) throws -> Fit {
        let poisson = try PoissonIRLS.fit(data, options: options)
        // The profile slope at α = 0 is ½Σ[(yᵢ − μᵢ)² − yᵢ] at the Poisson fit (the score
        // test of overdispersion); without overdispersion the maximum is at α = 0.
        let mu = data.linearPredictor(poisson.beta).map { Double.exp($0) }
        var slopeAtZero = 0.0
        var moment = 0.0
        for i in 0..<data.n {
            let residual = data.y[i] - mu[i]
            slopeAtZero += residual * residual - data.y[i]
            moment += (residual * residual / mu[i] - 1) / mu[i]
        }
        guard slopeAtZero > 0 else {
            throw StatsError(
                .boundaryEstimate,
                "negative-binomial α is estimated at 0: the counts show no overdispersion beyond the Poisson model (use it)")
        }
        // statsmodels' moment start for α.
        moment /= Double(data.n - data.p)
        var alpha = max(0.05, moment)
        var (beta, current) = try fitBeta(data, alpha: alpha, start: poisson.beta, options: options)
        var profile = current.logLikelihood(data)
        var iterations = 0
        while true {
            guard iterations < options.maxIterations else {
                throw StatsError(
                    .notConverged,
                    "negative-binomial fit did not converge in \(iterations) iterations (α = \(shortNumber(alpha)))")
            }
            iterations += 1
            let slope = alpha * current.alphaScore
            let currentBeta = beta
            let currentAlpha = alpha
            let solved = try data.solveInformation(gram: current.gram, vector: current.cross) {
                rowTerms(data, currentBeta, alpha: currentAlpha).weights
            }
            let schur = current.alphaCurvature + zip(current.cross, solved).reduce(0) { $0 + $1.0 * $1.1 }
            let curvature = alpha * alpha * schur + slope
            var step = curvature < 0 ? -slope / curvature : (slope > 0 ? 1 : -1)
            step = min(4, max(-4, step))
            let converged = abs(step) <= 1e-9
            var halvings = 0
            while true {
                let trialAlpha = alpha * Double.exp(step)
                if trialAlpha * data.maxCount < 1e-8, slope < 0 {
                    throw StatsError(
                        .boundaryEstimate,
                        "negative-binomial α tends to 0: the counts show no overdispersion (use the Poisson model)")
                }
                if trialAlpha > 1e8 {
                    throw StatsError(.boundaryEstimate, "negative-binomial α tends to infinity: the fit does not exist")
                }
                let (trialBeta, trialPass) = try fitBeta(data, alpha: trialAlpha, start: beta, options: options)
                let trialProfile = trialPass.logLikelihood(data)
                if trialProfile >= profile - 1e-12 * (abs(profile) + 1) || converged {
                    alpha = trialAlpha
                    beta = trialBeta
                    current = trialPass
                    profile = trialProfile
                    break
                }
                halvings += 1
                guard halvings <= 40 else {
                    throw StatsError(
                        .notConverged, "negative-binomial fit could not increase the likelihood at α = \(shortNumber(alpha))")
                }
                step /= 2
            }
            if converged { break }
        }
        let covariance = try covariance(data, beta, current, alpha: alpha)
        return Fit(beta: beta, alpha: alpha, pass: current, covariance: covariance, iterations: iterations)
    }

    /// The inverse of the observed information of (β, α) at the estimate, by blocks: with
    /// G the β-information, c = ∂²ℓ/∂β∂α and d = −∂²ℓ/∂α², the information is
    /// [[G, −c], [−cᵀ, d]] and, with S = d − cᵀG⁻¹c and g = G⁻¹c,
    /// Var(α̂) = 1/S, Cov(β̂, α̂) = g/S, Var(β̂) = G⁻¹ + ggᵀ/S; G⁻¹ as
    /// ``CountModelData/inverseInformation(gram:weights:)``.
    private static func covariance(_ data: CountModelData, _ beta: [Double], _ pass: Pass, alpha: Double) throws
        -> Matrix
    {
        let p = data.p
        let inverse = try data.inverseInformation(gram: pass.gram) { rowTerms(data, beta, alpha: alpha).weights }
        let g = inverse * pass.cross
        let schur = -pass.alphaCurvature - zip(pass.cross, g).reduce(0) { $0 + $1.0 * $1.1 }
        guard schur > 0, schur.isFinite else {
            throw StatsError(
                .notPositiveDefinite,
                "negative-binomial information is not positive definite at the estimate (α = \(shortNumber(alpha)))")
        }
        var result = Matrix(rows: p + 1, columns: p + 1)
        for a in 0..<p {
            for b in 0..<p { result[a, b] = inverse[a, b] + g[a] * g[b] / schur }
            result[a, p] = g[a] / schur
            result[p, a] = g[a] / schur
        }
        result[p, p] = 1 / schur
        return result
    }
}
