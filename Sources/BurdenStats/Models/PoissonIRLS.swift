import RealModule

/// The Poisson log-linear fit by iteratively reweighted least squares, the engine of
/// ``PoissonRegression`` (and the starting point of ``NegativeBinomialRegression``).
///
/// With the canonical log link IRLS is Newton's method on the log-likelihood: at β,
/// μᵢ = exp(oᵢ + xᵢᵀβ), the weights are μᵢ and the step solves (XᵀWX)δ = Xᵀ(y − μ).
/// One pass over the rows evaluates μ, the deviance, Pearson's χ² and the
/// log-likelihood kernel, and accumulates XᵀWX and the score together, so each
/// iteration reads the data once; the p × p system is solved by ``NewtonSystem``.
enum PoissonIRLS {
    /// What one pass over the rows computes at a given β.
    struct Pass {
        /// D = 2Σ[yᵢ ln(yᵢ/μᵢ) − (yᵢ − μᵢ)].
        var deviance = 0.0
        /// Σ(yᵢ − μᵢ)²/μᵢ.
        var pearson = 0.0
        /// Σ(yᵢηᵢ − μᵢ), the log-likelihood without −Σ lnΓ(yᵢ + 1).
        var kernel = 0.0
        /// XᵀWX, upper triangle, row-major p × p.
        var gram: [Double]
        /// Xᵀ(y − μ).
        var score: [Double]
    }

    /// A converged fit.
    struct Fit {
        /// The estimate β̂.
        let beta: [Double]
        /// The pass at β̂.
        let pass: Pass
        /// The number of weighted least-squares solves.
        let iterations: Int
    }

    /// One pass at β.
    static func pass(_ data: CountModelData, _ beta: [Double]) -> Pass {
        let n = data.n
        let p = data.p
        var gram = [Double](repeating: 0, count: p * p)
        var score = [Double](repeating: 0, count: p)
        var deviance = 0.0
        var pearson = 0.0
        var kernel = 0.0
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
                            let residual = y - mu
                            deviance += y > 0 ? y * (data.logY[i] - eta) - residual : mu
                            pearson += residual * residual / mu
                            kernel += y * eta - mu
                            accumulateRow(
                                row, p, weight: mu, factor: residual, gram: gram.baseAddress!, score: score.baseAddress!)
                        }
                    }
                }
            }
        }
        return Pass(deviance: 2 * deviance, pearson: pearson, kernel: kernel, gram: gram, score: score)
    }

    /// The weights μᵢ and score factors yᵢ − μᵢ at β, for the QR fallback.
    static func rowTerms(_ data: CountModelData, _ beta: [Double]) -> (weights: [Double], factors: [Double]) {
        let mu = data.linearPredictor(beta).map { Double.exp($0) }
        return (mu, zip(data.y, mu).map { $0 - $1 })
    }

    /// Fits β̂.
    ///
    /// Starts from μᵢ = yᵢ + ½ (η − o = ln((yᵢ + ½)/e^{oᵢ}), the log of the smoothed rate):
    /// a first weighted least-squares fit of zᵢ = ln μᵢ − oᵢ + (yᵢ − μᵢ)/μᵢ with weights μᵢ
    /// gives β₀. Then Newton steps, halved while the deviance is not finite or rises,
    /// until |D_k − D_{k−1}|/(|D_k| + 0.1) < tolerance; then one more Newton step, so that
    /// β̂ is accurate to rounding rather than to the square root of the criterion, and a
    /// last pass at β̂ for the reported statistics.
    ///
    /// - Throws: ``StatsError/Code/notConverged`` after `options.maxIterations` steps.
    static func fit(_ data: CountModelData, options: IterationOptions) throws -> Fit {
        let n = data.n
        let p = data.p
        // Start: one weighted least-squares fit from μ = y + ½.
        var startGram = [Double](repeating: 0, count: p * p)
        var startRight = [Double](repeating: 0, count: p)
        var startDeviance = 0.0
        var startWeights = [Double](repeating: 0, count: n)
        var startResponse = [Double](repeating: 0, count: n)
        data.x.withUnsafeBufferPointer { x in
            startGram.withUnsafeMutableBufferPointer { gram in
                startRight.withUnsafeMutableBufferPointer { right in
                    for i in 0..<n {
                        let y = data.y[i]
                        let mu = y + 0.5
                        let eta = Double.log(mu)
                        let z = eta - data.offset[i] + (y - mu) / mu
                        startWeights[i] = mu
                        startResponse[i] = z
                        startDeviance += y > 0 ? y * (data.logY[i] - eta) - (y - mu) : mu
                        accumulateRow(
                            x.baseAddress! + i * p, p, weight: mu, factor: mu * z, gram: gram.baseAddress!,
                            score: right.baseAddress!)
                    }
                }
            }
        }
        startDeviance *= 2
        var beta = try data.newtonStep(gram: startGram, score: startRight) {
            (startWeights, zip(startWeights, startResponse).map { $0 * $1 })
        }
        var iterations = 1
        var current = pass(data, beta)
        guard current.deviance.isFinite else {
            throw StatsError(.notConverged, "Poisson fit failed at its starting values (deviance not finite)")
        }
        var reference = startDeviance
        while true {
            let change = abs(current.deviance - reference) / (abs(current.deviance) + 0.1)
            if change < options.tolerance { break }
            guard iterations < options.maxIterations else {
                throw StatsError(
                    .notConverged,
                    "Poisson fit did not converge in \(iterations) iterations (deviance change \(shortNumber(change)))")
            }
            var step = try data.newtonStep(gram: current.gram, score: current.score) { rowTerms(data, beta) }
            var trial = zip(beta, step).map { $0 + $1 }
            var trialPass = pass(data, trial)
            var halvings = 0
            while !(trialPass.deviance <= current.deviance + 1e-12 * (abs(current.deviance) + 0.1)) {
                halvings += 1
                guard halvings <= 30 else {
                    throw StatsError(
                        .notConverged,
                        "Poisson fit did not converge in \(iterations) iterations (step-halving could not lower the deviance)"
                    )
                }
                step = step.map { $0 / 2 }
                trial = zip(beta, step).map { $0 + $1 }
                trialPass = pass(data, trial)
            }
            reference = current.deviance
            beta = trial
            current = trialPass
            iterations += 1
        }
        // One more Newton step from the converged iterate.
        let step = try data.newtonStep(gram: current.gram, score: current.score) { rowTerms(data, beta) }
        let polished = zip(beta, step).map { $0 + $1 }
        let polishedPass = pass(data, polished)
        if polishedPass.deviance <= current.deviance + 1e-12 * (abs(current.deviance) + 0.1) {
            beta = polished
            current = polishedPass
            iterations += 1
        }
        return Fit(beta: beta, pass: current, iterations: iterations)
    }
}
