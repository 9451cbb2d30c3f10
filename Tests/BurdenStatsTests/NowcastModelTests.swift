@testable import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

/// The pieces of the nowcast: the reverse-hazard delay model and its gradient, the
/// running sums behind every cell, Lawless's estimator as the one-day-band special
/// case of the fit, the local level against the Gaussian posterior it computes, and
/// weighted quantiles.
struct NowcastModelTests {
    @Test func sharesFollowFromTheBandHazards() throws {
        let model = try ReverseHazardDelay(edges: [0, 10, 30], longestObservedDelay: 100, hasTrend: false, referenceDay: 0)
        let theta = [log(0.1), log(0.02)]
        #expect(isClose(model.share(theta, day: 0, delay: 5), exp(-(0.1 * 5 + 0.02 * 20)), relative: 1e-15))
        #expect(isClose(model.share(theta, day: 0, delay: 15), exp(-0.02 * 15), relative: 1e-15))
        #expect(isClose(model.share(theta, day: 0, delay: 0), exp(-(0.1 * 10 + 0.02 * 20)), relative: 1e-15))
        #expect(model.share(theta, day: 0, delay: 30) == 1 && model.share(theta, day: 0, delay: 400) == 1)
        #expect(model.share(theta, day: 0, delay: -1) == 0)
        #expect(model.extrapolatedBands.isEmpty)
        let short = try ReverseHazardDelay(edges: [0, 10, 30, 60], longestObservedDelay: 25, hasTrend: false, referenceDay: 0)
        #expect(short.parameterOfBand == [0, 1, 1] && short.extrapolatedBands == [2], "a band the snapshots cannot show shares the last one's hazard")
        #expect(throws: StatsError.self) { try ReverseHazardDelay(edges: [0, 10, 10], longestObservedDelay: 5, hasTrend: false, referenceDay: 0) }
    }

    @Test func theGradientMatchesFiniteDifferences() throws {
        let model = try ReverseHazardDelay(edges: [0, 7, 30, 90, 200], longestObservedDelay: 500, hasTrend: true, referenceDay: 1000)
        let theta = [log(0.2), log(0.05), log(0.01), log(0.003), 0.4]
        for (day, delay) in [(1000, 3), (900, 45), (700, 150), (650, 0), (995, 120)] {
            var gradient = [Double](repeating: 0, count: theta.count)
            let value = gradient.withUnsafeMutableBufferPointer { model.share(theta, day: day, delay: delay, gradient: $0.baseAddress!) }
            for i in theta.indices {
                var up = theta
                var down = theta
                up[i] += 1e-6
                down[i] -= 1e-6
                let numeric = (model.share(up, day: day, delay: delay) - model.share(down, day: day, delay: delay)) / 2e-6
                #expect(isClose(gradient[i], numeric, relative: 1e-7, absolute: 1e-12 * value), "day \(day) delay \(delay) parameter \(i)")
            }
        }
    }

    @Test("running sums equal the sums of the shares, with and without a trend", arguments: [false, true])
    func runningSums(trend: Bool) throws {
        let model = try ReverseHazardDelay(edges: [0, 5, 20, 60], longestObservedDelay: 200, hasTrend: trend, referenceDay: 300)
        let theta = [log(0.3), log(0.04), log(0.01)] + (trend ? [-0.7] : [])
        let sums = ShareSums(model: model, theta: theta, firstDay: 100, dayCount: 201, gradient: true)
        for (snapshot, lower, upper) in [(300, 100, 300), (250, 240, 260), (180, 100, 110), (301, 290, 300), (150, 160, 170)] {
            var gradient = [Double](repeating: 0, count: theta.count)
            let value = gradient.withUnsafeMutableBufferPointer {
                sums.sum(snapshot: snapshot, days: lower, upper, gradient: $0.baseAddress!)
            }
            var direct = 0.0
            var directGradient = [Double](repeating: 0, count: theta.count)
            for t in lower...upper {
                direct += directGradient.withUnsafeMutableBufferPointer {
                    model.share(theta, day: t, delay: snapshot - t, gradient: $0.baseAddress!)
                }
            }
            #expect(isClose(value, direct, relative: 1e-13, absolute: 1e-15), "\(snapshot) \(lower)...\(upper)")
            for i in theta.indices { #expect(isClose(gradient[i], directGradient[i], relative: 1e-12, absolute: 1e-14)) }
        }
    }

    /// With one-day bands, day cohorts and daily snapshots of a complete triangle, the
    /// maximum of the conditional likelihood is Lawless's reverse-hazard estimate
    /// ĝ(x) = n_x/N_x, F(d) = Π_{x>d}(1 − ĝ(x)), computed here directly.
    @Test func oneDayBandsGiveLawlessEstimator() throws {
        var generator = SeededRandom(seed: 41)
        let days = 40
        let maximumDelay = 8
        let pmf = [0.1, 0.3, 0.2, 0.12, 0.1, 0.08, 0.05, 0.03, 0.02]
        var reported = [[Int]](repeating: [Int](repeating: 0, count: maximumDelay + 1), count: days)
        for t in 0..<days {
            let named = RandomVariates.multinomial(
                trials: RandomVariates.poisson(mean: 25, using: &generator), weights: pmf, using: &generator)
            for d in 0...maximumDelay where t + d < days { reported[t][d] = named[d] }
        }
        var counts = [Int32](repeating: 0, count: days * days)
        for k in 0..<days {
            for t in 0...k {
                counts[k * days + t] = Int32((0...min(k - t, maximumDelay)).reduce(0) { $0 + reported[t][$1] })
            }
        }
        let triangle = try TriangleCounts(
            snapshotDays: Array(0..<days), firstDay: 0, dayCount: days, counts: counts, cohortStarts: Array(0..<days))
        let fit = try DelayFit(counts: triangle, edges: Array(0...maximumDelay), trend: false)
        var expected = 1.0
        for d in stride(from: maximumDelay - 1, through: 0, by: -1) {
            let x = d + 1
            var n = 0
            var total = 0
            for t in 0..<(days - x) {
                n += reported[t][x]
                total += (0...x).reduce(0) { $0 + reported[t][$1] }
            }
            expected *= 1 - Double(n) / Double(total)
            #expect(isClose(fit.model.share(fit.estimate, day: 0, delay: d), expected, relative: 1e-9), "F(\(d))")
        }
    }

    /// The local level's smoother is the posterior of the random walk: with P the
    /// tridiagonal precision of the walk (a diffuse start) and V = diag(v), the smoothed
    /// mean solves (P/τ² + V⁻¹)m = V⁻¹y.
    @Test func theSmootherIsTheGaussianPosterior() throws {
        let y = [1.2, 1.5, 0.9, 1.1, 2.0, 1.7]
        let v = [0.1, 0.4, 0.05, 0.3, 1.5, 0.2]
        let tau2 = 0.09
        let filtered = LocalLevel.filter(y, v, tau2: tau2)
        let m = y.count
        var precision = Matrix(rows: m, columns: m)
        for i in 0..<m {
            precision[i, i] += 1 / v[i]
            if i > 0 {
                precision[i, i] += 1 / tau2
                precision[i - 1, i - 1] += 1 / tau2
                precision[i, i - 1] -= 1 / tau2
                precision[i - 1, i] -= 1 / tau2
            }
        }
        let factor = try Cholesky(precision)
        let mean = factor.solve(zip(y, v).map { $0 / $1 })
        let covariance = factor.inverse()
        for i in 0..<m {
            #expect(isClose(filtered.mean[i], mean[i], relative: 1e-9))
            #expect(isClose(filtered.variance[i], covariance[i, i], relative: 1e-9))
        }
        let level = try LocalLevel(estimates: y, variances: v)
        let best = LocalLevel.filter(y, v, tau2: level.tau * level.tau).logLikelihood
        for factor in [0.9, 0.99, 1.01, 1.1] where LocalLevel.tauRange.lower...LocalLevel.tauRange.upper ~= level.tau * factor {
            #expect(LocalLevel.filter(y, v, tau2: pow(level.tau * factor, 2)).logLikelihood <= best + 1e-12)
        }
        let grid = (0..<LocalLevel.gridPoints).map {
            log(LocalLevel.tauRange.lower) + Double($0) * log(LocalLevel.tauRange.upper / LocalLevel.tauRange.lower) / Double(LocalLevel.gridPoints - 1)
        }
        for i in 0..<m {
            let cavity = LocalLevel.cavity(y[i], v[i], smoothedMean: filtered.mean[i], smoothedVariance: filtered.variance[i])
            #expect(isClose(1 / cavity.variance + 1 / v[i], 1 / filtered.variance[i], relative: 1e-9), "the cavity and the estimate make the smoothed variance")
            #expect(isClose(cavity.mean / cavity.variance + y[i] / v[i], filtered.mean[i] / filtered.variance[i], relative: 1e-9))
            let cavities = grid.map { g in
                let run = LocalLevel.filter(y, v, tau2: exp(2 * g))
                return LocalLevel.cavity(y[i], v[i], smoothedMean: run.mean[i], smoothedVariance: run.variance[i])
            }
            #expect(level.cavityMean[i] >= cavities.map(\.mean).min()! && level.cavityMean[i] <= cavities.map(\.mean).max()!,
                    "the cavity averaged over τ lies among the cavities of each τ")
            #expect(level.cavityVariance[i] >= cavities.map(\.variance).min()! * (1 - 1e-12))
        }
    }

    @Test func weightedQuantilesTakeTheFirstValueReachingTheLevel() {
        let values = [5.0, 1, 3, 2, 4]
        let weights = [1.0, 1, 1, 1, 6]
        #expect(NowcastPredictive.weightedQuantiles(values, weights, [0.05, 0.1, 0.25, 0.3, 0.5, 0.95, 1]) == [1, 1, 3, 3, 4, 5, 5])
    }
}
