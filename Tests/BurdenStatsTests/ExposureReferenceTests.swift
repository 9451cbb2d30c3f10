import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

/// Observed against expected against scripts/reference/exposure_reference.py: every
/// interval to 1e-10 relative of scipy's (Garwood from χ² quantiles, Clopper–Pearson
/// from beta quantiles, mid-p from scipy's root finder), every p-value to 1e-10 of
/// the 40-digit values (which R's poisson.test and binom.test match to 5e-14).
struct ExposureReferenceTests {
    static let tolerance = 1e-10

    /// The worst relative difference of each quantity over the fixture, printed so that
    /// the agreement measured is on the record.
    final class Worst: @unchecked Sendable {
        private var values: [String: Double] = [:]
        func note(_ name: String, _ actual: Double, _ expected: Double) {
            values[name] = max(values[name] ?? 0, relativeError(actual, expected))
        }
        var summary: String { values.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.1e", $0.value))" }.joined(separator: ", ") }
    }

    @Test("Garwood and mid-p intervals of the standardised ratio and the p-values of poisson.test match the reference")
    func standardisedRatios() {
        let worst = Worst()
        for reference in ExposureFixture.shared.poisson {
            let ratio = StandardisedRatio(
                observed: ObservedCount(reference.observed), expected: reference.expected, confidence: reference.confidence)
            let checks: [(String, Double, Double)] = [
                ("garwood", ratio.exact.lower, reference.garwood[0]), ("garwood", ratio.exact.upper, reference.garwood[1]),
                ("mid-p", ratio.midP.lower, reference.mid_p[0]), ("mid-p", ratio.midP.upper, reference.mid_p[1]),
                ("p", ratio.pValues.exact, reference.p_two_sided), ("mid-p p", ratio.pValues.midP, reference.p_mid_two_sided),
            ]
            for (name, actual, expected) in checks {
                worst.note("poisson \(name)", actual, expected)
                #expect(isClose(actual, expected, relative: Self.tolerance), "\(reference): \(name) \(actual) vs \(expected)")
            }
            #expect(ratio.ratio == Double(reference.observed) / reference.expected)
            let bound = StandardisedRatio(
                observed: ObservedCount(reference.observed, bound: .atMost), expected: reference.expected,
                confidence: reference.confidence)
            #expect(bound.exact.lower == 0 && bound.exact.upper == ratio.exact.upper && bound.midP.upper == ratio.midP.upper)
            #expect(bound.pValues.alternative == .less)
            for (name, actual, expected) in [("p less", bound.pValues.exact, reference.p_less), ("mid-p p less", bound.pValues.midP, reference.p_mid_less)] {
                worst.note("poisson \(name)", actual, expected)
                #expect(isClose(actual, expected, relative: Self.tolerance), "\(reference): \(name) \(actual) vs \(expected)")
            }
        }
        print("exposure reference, Poisson: worst relative differences \(worst.summary)")
    }

    @Test("Clopper–Pearson and mid-p intervals of a share and the p-values of binom.test match the reference")
    func shares() {
        let worst = Worst()
        for reference in ExposureFixture.shared.binomial {
            let (x, n) = (reference.successes, reference.trials)
            let exact = ProportionInterval.interval(
                successes: Double(x), trials: Double(n), method: .clopperPearson, confidence: reference.confidence)
            let mid = MidPInterval.binomial(successes: x, trials: n, confidence: reference.confidence)
            let twoSided = ExactTest.binomial(successes: x, trials: n, probability: reference.probability)
            let less = ExactTest.binomial(successes: x, trials: n, probability: reference.probability, alternative: .less)
            let checks: [(String, Double, Double)] = [
                ("clopper-pearson", exact.lower, reference.clopper_pearson[0]),
                ("clopper-pearson", exact.upper, reference.clopper_pearson[1]),
                ("mid-p", mid.lower, reference.mid_p[0]), ("mid-p", mid.upper, reference.mid_p[1]),
                ("p", twoSided.exact, reference.p_two_sided), ("mid-p p", twoSided.midP, reference.p_mid_two_sided),
                ("p less", less.exact, reference.p_less), ("mid-p p less", less.midP, reference.p_mid_less),
            ]
            for (name, actual, expected) in checks {
                worst.note("binomial \(name)", actual, expected)
                #expect(isClose(actual, expected, relative: Self.tolerance), "\(reference): \(name) \(actual) vs \(expected)")
            }
        }
        print("exposure reference, binomial: worst relative differences \(worst.summary)")
    }

    @Test("expected shares 1 − (1 − P)^R, 1 − e^(−λP) and a table's mixture match mpmath to 1e-14")
    func expectedShares() throws {
        for reference in ExposureFixture.shared.shares {
            let law = try #require(RelativesDistribution.Law(rawValue: reference.law))
            let share = RelativesDistribution(reference.relatives, law: law).expectedShare(at: reference.share)
            #expect(isClose(share, reference.expected, relative: 1e-14, absolute: 1e-300), "\(reference): \(share)")
        }
        let mixture = ExposureFixture.shared.mixture
        for reference in mixture.cases {
            let law = try #require(RelativesDistribution.Law(rawValue: reference.law))
            let distribution = try #require(RelativesDistribution(values: mixture.values, weights: mixture.weights, law: law))
            #expect(isClose(distribution.expectedShare(at: reference.share), reference.expected, relative: 1e-14))
        }
    }

    /// The figures of the worked case: 1 − 0.95⁵ and 1 − e^(−0.25), and at most 13 of 1,329.
    @Test func theWorkedCase() {
        let fixed = RelativesDistribution(5, law: .fixed).expectedShare(at: 0.05)
        let poisson = RelativesDistribution(5, law: .poisson).expectedShare(at: 0.05)
        #expect(isClose(fixed, 1 - Foundation.pow(0.95, 5), relative: 1e-15))
        #expect(isClose(poisson, -Foundation.expm1(-0.25), relative: 1e-15))
        let comparison = ShareComparison(
            members: 1329, observed: ObservedCount(13, bound: .atMost), expected: ExpectedShare(relatives: .init(5, law: .fixed), share: 0.05))
        #expect(comparison.observedShare == 13.0 / 1329)
        #expect(comparison.exact.lower == 0)
        #expect(isClose(comparison.low.ratio, fixed * 1329 / 13, relative: 1e-15))
        #expect(comparison.low.exact.upper == .infinity)
        #expect(isClose(comparison.low.exact.lower, fixed / comparison.exact.upper, relative: 1e-15))
    }

    @Test("degenerate arguments give NaN, not a trap")
    func degenerateArguments() {
        #expect(StandardisedRatio(observed: ObservedCount(3), expected: 0).ratio.isNaN)
        #expect(StandardisedRatio(observed: ObservedCount(-1), expected: 2).exact.lower.isNaN)
        #expect(MidPInterval.binomial(successes: 5, trials: 4).lower.isNaN)
        #expect(MidPInterval.poisson(count: 2, confidence: 1).upper.isNaN)
        #expect(ExactTest.binomial(successes: 1, trials: 2, probability: 1.5).exact.isNaN)
        #expect(ExactTest.poisson(count: 1, mean: .infinity).midP.isNaN)
        #expect(RelativesDistribution(values: [1, 2], weights: [0, 0], law: .fixed) == nil)
        #expect(RelativesDistribution(3, law: .fixed).expectedShare(at: 1.5).isNaN)
        #expect(ShareComparison(members: 0, observed: ObservedCount(0), expected: ExpectedShare(relatives: .init(1, law: .fixed), share: 0.1)).observedShare.isNaN)
    }

    /// R 4: `poisson.test(0, 5)$p.value`, `binom.test(0, 10, 0.3)$p.value` and
    /// `binom.test(10, 10, 0.3)$p.value` (printed with `%.17g`), and the ends where the
    /// count is the expectation or the mean is 0.
    @Test func pValuesAtTheEnds() {
        #expect(ExactTest.poisson(count: 0, mean: 0).exact == 1)
        #expect(ExactTest.poisson(count: 3, mean: 0).exact == 0)
        #expect(isClose(ExactTest.poisson(count: 0, mean: 5).exact, 0.012191038912094828, relative: 1e-13))
        #expect(isClose(ExactTest.binomial(successes: 0, trials: 10, probability: 0.3).exact, 0.038839603299999984, relative: 1e-13))
        #expect(ExactTest.binomial(successes: 3, trials: 10, probability: 0.3).exact == 1)
        #expect(isClose(ExactTest.binomial(successes: 10, trials: 10, probability: 0.3).exact, 5.9048999999999915e-06, relative: 1e-13))
    }
}
