import RealModule

/// How much more variable a cohort's naming is than independent deaths would make it:
/// the concentration κ of a Dirichlet-multinomial around the fitted delay distribution,
/// by maximum likelihood with the delays held at their estimate.
///
/// A cohort's deaths are named at times whose shares over the snapshot intervals are
/// Dirichlet with parameters κ·(F_c(s_b) − F_c(s_a)) (F_c the mean of F_t over the
/// cohort's days); so, given the n named by b, the x named after a are beta-binomial
/// with a = κ(F_c(s_b) − F_c(s_a)) and b = κF_c(s_a), and the cells of one cohort are
/// independent given their later counts (the neutrality of the Dirichlet). Aggregating
/// intervals keeps the same form, which makes the model indifferent to gaps between
/// snapshots. Its consequence is the one the data show: the named share of a cohort
/// varies around F as Beta(κF, κ(1 − F)), with a relative variance (1 − F)/(F(κ + 1))
/// that is large while few are named.
///
///     ℓ(κ) = Σ_cells lnΓ(x + a) − lnΓ(a) + lnΓ(n − x + b) − lnΓ(b) − lnΓ(n + a + b) + lnΓ(a + b)
///
/// The naming comes in bursts that even out within weeks, so κ depends on the spacing
/// of the snapshots it is fitted on (on the shared snapshots: about 11 for daily
/// intervals, 18 weekly, 66–110 from monthly on). The nowcast splits a cohort's deaths
/// into those named by the as-of date and those named later — months later — so κ is
/// fitted on snapshots `spacing` days apart (28 by default), counted back from the last.
///
/// Newton's method on t = ln κ from κ = 50, with dℓ/dt = κ·Σ[p_a·Δψ(x, a) + p_b·Δψ(n − x, b)
/// − (p_a + p_b)·Δψ(n, a + b)] and the second derivative from the trigamma differences
/// (``GammaDifferences``), steps at most 2 and halved while ℓ falls, until a step is
/// below 10⁻¹⁰. Var(ln κ̂) = −1/ℓ″(t̂). When κ runs past 10⁷ the counts show no
/// overdispersion and κ is held there (``atBoundary``).
public struct DispersionFit: Sendable, Hashable, Codable {
    /// κ̂.
    public let concentration: Double
    /// The variance of ln κ̂ (0 at the boundary).
    public let logConcentrationVariance: Double
    /// ℓ(κ̂).
    public let logLikelihood: Double
    /// Cells in the likelihood.
    public let cells: Int
    /// The snapshots used, as indices.
    public let grid: [Int]
    /// Whether κ reached the bound 10⁷ (no overdispersion).
    public let atBoundary: Bool

    /// The largest κ estimated; beyond it the naming is as regular as independent deaths.
    public static let maximumConcentration = 1e7

    /// Fits κ with the delays of `fit`.
    ///
    /// - Parameters:
    ///   - counts: the triangle the delays were fitted to.
    ///   - fit: the delay model at its estimate.
    ///   - spacing: the least number of days between the snapshots used.
    /// - Throws: ``StatsError`` when no cell carries information or the fit does not converge.
    public init(counts: TriangleCounts, fit: DelayFit, spacing: Int) throws(StatsError) {
        let grid = Self.grid(counts.snapshotDays, spacing: spacing)
        let cells = CohortCells(counts: counts, grid: grid, maximumDelay: fit.model.maximumDelay).cells
        guard !cells.isEmpty else {
            throw StatsError(
                .tooFewObservations, "no cohort grew between snapshots \(spacing) days apart: the dispersion cannot be estimated")
        }
        let sums = ShareSums(
            model: fit.model, theta: fit.estimate, firstDay: counts.firstDay, dayCount: counts.dayCount, gradient: false)
        var terms: [(n: Double, x: Double, pa: Double, pb: Double)] = []
        for cell in cells {
            let size = Double(cell.upper - cell.lower + 1)
            let earlier = sums.sum(snapshot: counts.snapshotDays[cell.earlier], days: cell.lower, cell.upper, gradient: nil)
            let later = sums.sum(snapshot: counts.snapshotDays[cell.later], days: cell.lower, cell.upper, gradient: nil)
            terms.append((cell.count, cell.increase, (later - earlier) / size, earlier / size))
        }
        func evaluate(_ t: Double) -> (value: Double, slope: Double, curvature: Double) {
            let kappa = Double.exp(t)
            var value = 0.0
            var first = 0.0
            var second = 0.0
            for term in terms {
                let a = kappa * term.pa
                let b = kappa * term.pb
                let rest = term.n - term.x
                value += GammaDifferences.logGammaRatio(term.x, a) + term.x * Double.log(a)
                    + GammaDifferences.logGammaRatio(rest, b) + rest * Double.log(b)
                    - GammaDifferences.logGammaRatio(term.n, a + b) - term.n * Double.log(a + b)
                first += term.pa * GammaDifferences.digamma(term.x, a) + term.pb * GammaDifferences.digamma(rest, b)
                    - (term.pa + term.pb) * GammaDifferences.digamma(term.n, a + b)
                second += term.pa * term.pa * GammaDifferences.trigamma(term.x, a)
                    + term.pb * term.pb * GammaDifferences.trigamma(rest, b)
                    - (term.pa + term.pb) * (term.pa + term.pb) * GammaDifferences.trigamma(term.n, a + b)
            }
            return (value, kappa * first, kappa * kappa * second + kappa * first)
        }
        var t = Double.log(50)
        var current = evaluate(t)
        var iterations = 0
        var boundary = false
        while true {
            iterations += 1
            guard iterations <= 200 else { throw StatsError(.notConverged, "the dispersion κ did not converge") }
            var step = current.curvature < 0 ? -current.slope / current.curvature : (current.slope > 0 ? 1 : -1)
            step = min(2, max(-2, step))
            var trial = evaluate(t + step)
            while !(trial.value >= current.value - 1e-12 * (abs(current.value) + 1)) && abs(step) >= 1e-12 {
                step /= 2
                trial = evaluate(t + step)
            }
            t += step
            current = trial
            if t > Double.log(Self.maximumConcentration) {
                t = Double.log(Self.maximumConcentration)
                current = evaluate(t)
                boundary = true
                break
            }
            if abs(step) < 1e-10 { break }
        }
        guard boundary || current.curvature < 0 else {
            throw StatsError(.notPositiveDefinite, "the likelihood of the dispersion κ is not concave at its maximum")
        }
        self.concentration = Double.exp(t)
        self.logConcentrationVariance = boundary ? 0 : -1 / current.curvature
        self.logLikelihood = current.value
        self.cells = terms.count
        self.grid = grid
        self.atBoundary = boundary
    }

    /// The snapshots at least `spacing` days apart, counted back from the last (indices, ascending).
    static func grid(_ days: [Int], spacing: Int) -> [Int] {
        var grid = [days.count - 1]
        while true {
            let target = days[grid[grid.count - 1]] - spacing
            guard let index = days.lastIndex(where: { $0 <= target }) else { break }
            grid.append(index)
        }
        return grid.reversed()
    }
}
