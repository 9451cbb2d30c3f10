import RealModule

/// The delay model fitted to a triangle by the conditional (reverse-time) binomial
/// likelihood of Lawless (1994), with a covariance robust to overdispersion and to
/// the correlation of cohorts named on the same days.
///
/// **Likelihood.** For each cohort c (a day, week or month of death) and consecutive
/// snapshots a < b, given the n deaths of its days named by b, the x of them named
/// after a are binomial with probability 1 − R, where R = S_a/S_b and
/// S_s = Σ_{t∈c} F_t(s − t) (the days' rate of death is taken as flat within the
/// cohort). Each cell conditions on what the cohort shows at its later snapshot, so
/// only delays the snapshots observed enter: deaths of 2022 seen first in 2024
/// contribute their long delays and nothing else (left truncation), a gap between
/// snapshots is one longer cell, and a cell whose count went down is left out (see
/// ``CohortCells``). The product over cells is the multinomial likelihood of the
/// delays given each cohort's latest count; with one-day bands and day cohorts its
/// maximum is Lawless's reverse-hazard estimate, ĝ(x) = n_x/N_x.
///
///     ℓ(θ) = Σ_cells x·ln(1 − R) + (n − x)·ln R
///
/// **Fit.** Fisher scoring: the score is Σ (n(1 − R) − x)/(R(1 − R))·∇R and the
/// expected information Σ n/(R(1 − R))·∇R∇Rᵀ, with ∇R = R(∇S_a/S_a − ∇S_b/S_b). Steps
/// longer than 2 in any coordinate are shortened to 2 (a hazard that barely matters
/// can otherwise run off), and halved while ℓ falls; the fit stops when the score's
/// Newton decrement gᵀI⁻¹g falls below 10⁻¹⁰(|ℓ| + 1), after one last full step. It starts from
/// ``ReverseHazardDelay/start(longestObservedDelay:)``.
///
/// **Covariance.** The binomial information ignores that deaths are named in batches
/// (the increments are far more variable than binomial) and that one day's batch
/// names deaths of every cohort. The reported covariance is the sandwich
/// I⁻¹(Σ_k g_k g_kᵀ)I⁻¹·G/(G − 1), g_k the score of all cells ending at snapshot k,
/// G the number of such snapshots (clusters) — Liang & Zeger (1986) with the cohorts
/// of a snapshot interval as one cluster. The inverse information alone is kept as
/// ``modelCovariance``.
///
/// Reference: Liang, K.-Y., Zeger, S. L. (1986). Longitudinal data analysis using
/// generalized linear models. Biometrika 73(1):13–22.
public struct DelayFit: Sendable, Hashable, Codable {
    /// The model fitted.
    public let model: ReverseHazardDelay
    /// θ̂ = (β̂[, γ̂]).
    public let estimate: [Double]
    /// The cluster-robust (sandwich) covariance of θ̂.
    public let covariance: Matrix
    /// The inverse of the binomial information at θ̂.
    public let modelCovariance: Matrix
    /// ℓ(θ̂).
    public let logLikelihood: Double
    /// Fisher-scoring iterations.
    public let iterations: Int
    /// Cells in the likelihood.
    public let cells: Int
    /// Snapshot intervals with cells (the clusters of the covariance).
    public let clusters: Int
    /// Cells left out because the cohort's count went down, and the deaths they lost.
    public let cellsWithDecrease: Int
    /// Deaths removed in those cells.
    public let deathsRemoved: Int
    /// Deaths named after the maximum delay (increases of days already D days old).
    public let deathsNamedAfterMaximumDelay: Int
    /// The longest delay the snapshots show: last snapshot minus the first day of death.
    public let longestObservedDelay: Int

    /// Fits the model to every consecutive pair of snapshots.
    ///
    /// - Parameters:
    ///   - counts: the triangle, its days grouped into cohorts.
    ///   - edges: the delay band edges (days), 0 first, the maximum delay last.
    ///   - trend: whether the hazard has a trend in the day of death.
    ///   - maxIterations: the bound on Fisher-scoring iterations.
    /// - Throws: ``StatsError`` when the edges are invalid, no cell carries information,
    ///   the information is singular (a band no cell informs), or the fit does not converge.
    /// - Complexity: per iteration O(cells·p²) without a trend, O(cells·days per cohort·J) with one.
    public init(counts: TriangleCounts, edges: [Int], trend: Bool, maxIterations: Int = 100) throws(StatsError) {
        let longest = counts.lastSnapshotDay - counts.firstDay
        let model = try ReverseHazardDelay(
            edges: edges, longestObservedDelay: longest, hasTrend: trend, referenceDay: counts.lastSnapshotDay)
        let grid = Array(counts.snapshotDays.indices)
        let cellSet = CohortCells(counts: counts, grid: grid, maximumDelay: model.maximumDelay)
        guard !cellSet.cells.isEmpty else {
            throw StatsError(.tooFewObservations, "no cohort grew between two snapshots: there is nothing to learn the delays from")
        }
        let p = model.parameterCount
        var theta = model.start(longestObservedDelay: longest)
        var current = Self.evaluate(counts, model, cellSet.cells, theta, derivatives: true)
        var iterations = 0
        while true {
            guard iterations < maxIterations else {
                throw StatsError(
                    .notConverged,
                    "the delay model did not converge in \(maxIterations) iterations: a band's hazard is not identified by these snapshots (use fewer delay bands\(trend ? ", or no trend" : ""))")
            }
            let factor: Cholesky
            do {
                factor = try Cholesky(current.information)
            } catch {
                throw StatsError(
                    .notPositiveDefinite, "the delay bands cannot all be estimated: no snapshot informs one of them (use fewer bands)")
            }
            var step = factor.solve(current.score)
            let decrement = zip(step, current.score).reduce(0) { $0 + $1.0 * $1.1 }
            iterations += 1
            if decrement < 1e-10 * (abs(current.logLikelihood) + 1) {
                // One last step, which leaves θ within about the decrement of the maximum.
                theta = zip(theta, step).map { $0 + $1 }
                current = Self.evaluate(counts, model, cellSet.cells, theta, derivatives: true)
                break
            }
            let largest = step.map(abs).max() ?? 0
            if largest > 2 { step = step.map { $0 * 2 / largest } }
            var scale = 1.0
            var trial: [Double]
            var trialLikelihood: Double
            while true {
                trial = zip(theta, step).map { $0 + scale * $1 }
                trialLikelihood = Self.evaluate(counts, model, cellSet.cells, trial, derivatives: false).logLikelihood
                if trialLikelihood.isFinite, trialLikelihood >= current.logLikelihood - 1e-12 * (abs(current.logLikelihood) + 1) {
                    break
                }
                scale /= 2
                guard scale > 1e-10 else {
                    throw StatsError(.notConverged, "the delay model could not increase its likelihood")
                }
            }
            theta = trial
            current = Self.evaluate(counts, model, cellSet.cells, theta, derivatives: true)
        }
        let bread: Matrix
        do {
            bread = try Cholesky(current.information).inverse()
        } catch {
            throw StatsError(.notPositiveDefinite, "the information of the delay model is singular at the estimate")
        }
        let g = Double(current.clusterCount)
        guard current.clusterCount > 1 else {
            throw StatsError(.tooFewObservations, "the delays are informed by one snapshot interval only; the covariance needs two")
        }
        var meat = current.clusterOuterProduct
        for i in 0..<(p * p) { meat[i] *= g / (g - 1) }
        let middle = Matrix(rows: p, columns: p, elements: meat)
        var sandwich = bread * middle * bread
        for i in 0..<p {
            for j in 0..<i {
                let mean = (sandwich[i, j] + sandwich[j, i]) / 2
                sandwich[i, j] = mean
                sandwich[j, i] = mean
            }
        }
        var named = 0
        for k in 1..<counts.snapshotDays.count { named += counts.namedAfter(maximumDelay: model.maximumDelay, snapshot: k) }
        self.model = model
        self.estimate = theta
        self.covariance = sandwich
        self.modelCovariance = bread
        self.logLikelihood = current.logLikelihood
        self.iterations = iterations
        self.cells = cellSet.cells.count
        self.clusters = current.clusterCount
        self.cellsWithDecrease = cellSet.decreases
        self.deathsRemoved = cellSet.removed
        self.deathsNamedAfterMaximumDelay = named
        self.longestObservedDelay = longest
    }

    /// What one pass over the cells gives at θ.
    private struct Evaluation {
        var logLikelihood = 0.0
        var score: [Double]
        var information: Matrix
        /// Σ_k g_k g_kᵀ, row by row.
        var clusterOuterProduct: [Double]
        var clusterCount = 0
    }

    private static func evaluate(
        _ counts: TriangleCounts, _ model: ReverseHazardDelay, _ cells: [CohortCells.Cell], _ theta: [Double], derivatives: Bool
    ) -> Evaluation {
        let p = model.parameterCount
        let sums = ShareSums(model: model, theta: theta, firstDay: counts.firstDay, dayCount: counts.dayCount, gradient: derivatives)
        var result = Evaluation(
            score: [Double](repeating: 0, count: p), information: Matrix(rows: p, columns: p),
            clusterOuterProduct: [Double](repeating: 0, count: p * p))
        var information = [Double](repeating: 0, count: p * p)
        var gradientEarlier = [Double](repeating: 0, count: p)
        var gradientLater = [Double](repeating: 0, count: p)
        var ratioGradient = [Double](repeating: 0, count: p)
        var clusterScore = [Double](repeating: 0, count: p)
        var currentCluster = -1
        func closeCluster() {
            guard currentCluster >= 0 else { return }
            for i in 0..<p {
                for j in 0..<p { result.clusterOuterProduct[i * p + j] += clusterScore[i] * clusterScore[j] }
            }
            result.clusterCount += 1
            for i in 0..<p { clusterScore[i] = 0 }
        }
        for cell in cells {
            let sEarlier = counts.snapshotDays[cell.earlier]
            let sLater = counts.snapshotDays[cell.later]
            var earlier: Double
            var later: Double
            if derivatives {
                for i in 0..<p {
                    gradientEarlier[i] = 0
                    gradientLater[i] = 0
                }
                earlier = gradientEarlier.withUnsafeMutableBufferPointer {
                    sums.sum(snapshot: sEarlier, days: cell.lower, cell.upper, gradient: $0.baseAddress!)
                }
                later = gradientLater.withUnsafeMutableBufferPointer {
                    sums.sum(snapshot: sLater, days: cell.lower, cell.upper, gradient: $0.baseAddress!)
                }
            } else {
                earlier = sums.sum(snapshot: sEarlier, days: cell.lower, cell.upper, gradient: nil)
                later = sums.sum(snapshot: sLater, days: cell.lower, cell.upper, gradient: nil)
            }
            let ratio = earlier / later
            let complement = (later - earlier) / later
            let n = cell.count
            let x = cell.increase
            result.logLikelihood += (x > 0 ? x * Double.log(complement) : 0) + (n - x) * Double.log(ratio)
            guard derivatives else { continue }
            if cell.later != currentCluster {
                closeCluster()
                currentCluster = cell.later
            }
            let scoreFactor = (n * complement - x) / (ratio * complement)
            let weight = n / (ratio * complement)
            for i in 0..<p { ratioGradient[i] = ratio * (gradientEarlier[i] / earlier - gradientLater[i] / later) }
            for i in 0..<p {
                let s = scoreFactor * ratioGradient[i]
                result.score[i] += s
                clusterScore[i] += s
                let wi = weight * ratioGradient[i]
                for j in i..<p { information[i * p + j] += wi * ratioGradient[j] }
            }
        }
        if derivatives {
            closeCluster()
            for i in 0..<p {
                for j in i..<p {
                    result.information[i, j] = information[i * p + j]
                    result.information[j, i] = information[i * p + j]
                }
            }
        }
        return result
    }
}
