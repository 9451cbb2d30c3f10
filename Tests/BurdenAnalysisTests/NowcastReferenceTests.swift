import BurdenAnalysis
import BurdenData
import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

/// The nowcast against scripts/reference/nowcast_reference.py (numpy, scipy), which
/// fits the same model by the same algorithm written on dense arrays, and against R's
/// surveillance::nowcast (Lawless's estimator) on a complete daily triangle.
///
/// Tolerances: the fits stop at a Newton decrement of 10⁻¹⁰(|ℓ| + 1) and take one more
/// step, so both implementations stand at the same maximum to rounding amplified by the
/// information's condition (θ̂, ℓ, the shares and the chain-ladder points to 1e−8); κ
/// and τ are found by one-dimensional searches to 10⁻¹⁰ in their logarithms on top of
/// θ̂ (1e−7; τ̂ to 1e−6, the golden-section search stopping at 10⁻¹⁰ in ln τ on a flat
/// maximum, whose value agrees to 1e−9). The simulated quantiles are compared by their Monte Carlo error: the Swift
/// quantile at level q must lie between the reference draws' quantiles at levels
/// q ∓ 4·√(q(1 − q)(1/ESS + 1/ESS_ref)), the spread of the difference of two independent
/// sample quantiles, ESS the effective numbers of draws.
struct NowcastReferenceTests {
    struct Reference: Decodable {
        struct Period: Decodable {
            let reported: Int
            let reported_share, chain_ladder, estimate, variance, prior_shape, prior_rate, ess: Double
            let low, median, high: [Double]
        }
        struct Case: Decodable {
            let name, period: String
            let edges: [Int]
            let trend: Bool
            let target: String?
            let band_levels: [String: [Double]]
            let theta: [Double]
            let log_likelihood, kappa, log_kappa_variance, tau, level_log_likelihood: Double
            let covariance: [[Double]]
            let periods: [Period]
        }
        struct Lawless: Decodable {
            let maximum_delay: Int
            let shares, surveillance_delay_cdf: [Double]
        }
        let cases: [Case]
        let lawless: Lawless
    }

    static let folder = Bundle.module.url(forResource: "nowcast", withExtension: nil, subdirectory: "Fixtures")!
    static let reference: Reference = try! JSONDecoder().decode(
        Reference.self, from: Data(contentsOf: folder.appendingPathComponent("reference.json")))
    static let truncated = try! SnapshotTableReader.read(path: folder.appendingPathComponent("truncated.csv").path)

    static let draws = 4000

    @Test(arguments: reference.cases.map(\.name))
    func agreesWithTheReference(name: String) throws {
        let expected = Self.reference.cases.first { $0.name == name }!
        let options = NowcastSettings { settings in
            settings.period = NowcastSettings.Period(rawValue: expected.period)!
            settings.maximumDelay = expected.edges.last!
            settings.delayBands = Array(expected.edges.dropFirst().dropLast())
            settings.trend = expected.trend
            settings.draws = Self.draws
            settings.target = expected.target.flatMap(PartialDate.init(parsing:))
        }
        let nowcast = try Nowcast(triangle: Self.truncated, options: options)
        var largest: [String: Double] = [:]
        func note(_ key: String, _ actual: Double, _ expected: Double) {
            largest[key] = max(largest[key] ?? 0, relativeError(actual, expected))
        }
        defer {
            print("\(name): largest relative differences from the reference script:", largest.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        for (band, hazard) in nowcast.hazards.enumerated() {
            note("theta", hazard.estimate, expected.theta[band])
            note("std_error", hazard.stdError, expected.covariance[band][band].squareRoot())
            #expect(isClose(hazard.estimate, expected.theta[band], relative: 1e-8), "ln ρ of band \(band)")
            #expect(isClose(hazard.stdError, expected.covariance[band][band].squareRoot(), relative: 1e-7), "its standard error")
        }
        if expected.trend {
            let index = expected.theta.count - 1
            #expect(isClose(nowcast.trend!, expected.theta[index], relative: 1e-8))
            #expect(isClose(nowcast.trendStdError!, expected.covariance[index][index].squareRoot(), relative: 1e-7))
        }
        note("log_likelihood", nowcast.delayFit.logLikelihood, expected.log_likelihood)
        note("kappa", nowcast.dispersion.concentration, expected.kappa)
        note("tau", nowcast.level!.tau, expected.tau)
        note("level_log_likelihood", nowcast.level!.logLikelihood, expected.level_log_likelihood)
        #expect(isClose(nowcast.delayFit.logLikelihood, expected.log_likelihood, relative: 1e-10))
        #expect(isClose(nowcast.dispersion.concentration, expected.kappa, relative: 1e-7))
        #expect(isClose(nowcast.dispersion.logConcentrationVariance.squareRoot(), expected.log_kappa_variance.squareRoot(), relative: 1e-7))
        #expect(isClose(nowcast.level!.logLikelihood, expected.level_log_likelihood, relative: 1e-9, absolute: 1e-9))
        #expect(isClose(nowcast.level!.tau, expected.tau, relative: 1e-6))
        #expect(nowcast.rows.count == expected.periods.count)
        for (index, (row, period)) in zip(nowcast.rows, expected.periods).enumerated() {
            let prior = nowcast.level!.gammaPrior(index)
            note("prior", prior.shape, period.prior_shape)
            note("prior", prior.rate, period.prior_rate)
            #expect(isClose(prior.shape, period.prior_shape, relative: 1e-9) && isClose(prior.rate, period.prior_rate, relative: 1e-9),
                    "\(row.period): the level's gamma prior")
            #expect(row.reported == period.reported, "\(row.period)")
            note("reported_share", row.reportedShare, period.reported_share)
            note("chain_ladder", row.chainLadder, period.chain_ladder)
            #expect(isClose(row.reportedShare, period.reported_share, relative: 1e-8), "\(row.period) share")
            #expect(isClose(row.chainLadder, period.chain_ladder, relative: 1e-8), "\(row.period) chain ladder")
            for (value, band, levels, level) in [
                (row.confLow, period.low, expected.band_levels["low"]!, 0.025),
                (row.nowcast, period.median, expected.band_levels["median"]!, 0.5),
                (row.confHigh, period.high, expected.band_levels["high"]!, 0.975),
            ] {
                let spread = 4 * (level * (1 - level) * (1 / row.effectiveDraws + 1 / period.ess)).squareRoot()
                let lower = band[levels.lastIndex { $0 <= level - spread } ?? 0]
                let upper = band[levels.firstIndex { $0 >= level + spread } ?? (band.count - 1)]
                #expect(value >= lower && value <= upper, "\(name) \(row.period) at \(level): \(value) outside [\(lower), \(upper)]")
            }
        }
    }

    /// One-day bands, day cohorts, a complete daily triangle: the fit is Lawless's
    /// estimator, as surveillance::nowcast(method = "lawless") computes it (its
    /// `delayCDF`), and as the reference script's Fisher scoring finds it.
    @Test func oneDayBandsReproduceSurveillanceLawless() throws {
        let triangle = try SnapshotTableReader.read(path: Self.folder.appendingPathComponent("lawless.csv").path)
        let counts = try TriangleCounts(
            snapshotDays: triangle.snapshotDays, firstDay: triangle.firstDeathDay, dayCount: triangle.dayCount,
            counts: try triangle.totals(), cohortStarts: Array(0..<triangle.dayCount))
        let maximumDelay = Self.reference.lawless.maximum_delay
        let fit = try DelayFit(counts: counts, edges: Array(0...maximumDelay), trend: false)
        var largest = 0.0
        for d in 0...maximumDelay {
            let share = fit.model.share(fit.estimate, day: triangle.firstDeathDay, delay: d)
            #expect(isClose(share, Self.reference.lawless.shares[d], relative: 1e-8), "F(\(d)) against the reference script")
            #expect(isClose(share, Self.reference.lawless.surveillance_delay_cdf[d], relative: 1e-8), "F(\(d)) against surveillance")
            largest = max(largest, relativeError(share, Self.reference.lawless.surveillance_delay_cdf[d]))
        }
        print("largest relative difference from surveillance::nowcast's delayCDF: \(largest)")
    }
}
