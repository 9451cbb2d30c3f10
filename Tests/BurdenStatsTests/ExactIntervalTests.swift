import BurdenStats
import BurdenTestSupport
import Foundation
import PropertyBased
import Testing

struct ExactIntervalTests {
    @Test("exact-poisson and clopper-pearson match their χ² and beta quantiles (mpmath) to 1e-12",
          arguments: DistributionsFixture.shared.proportionExact)
    func exactIntervalsMatchQuantiles(_ reference: DistributionsFixture.ProportionExact) {
        for (method, expected) in [
            (ProportionInterval.Method.exactPoisson, reference.exactPoisson), (.clopperPearson, reference.clopperPearson),
        ] {
            let interval = ProportionInterval.interval(
                successes: reference.d, trials: reference.n, method: method, confidence: reference.confidence)
            #expect(isClose(interval.lower, expected[0], relative: referenceTolerance), "\(method) lower \(interval.lower) vs \(expected[0])")
            #expect(isClose(interval.upper, expected[1], relative: referenceTolerance), "\(method) upper \(interval.upper) vs \(expected[1])")
        }
    }

    /// R: `poisson.test(231, 92884)$conf.int` and `binom.test(231, 92884)$conf.int`, and
    /// the closed forms at d = 0: Garwood's upper limit −ln(α/2)/N, Clopper–Pearson's
    /// 1 − (α/2)^(1/N).
    @Test func zeroCountsHaveClosedForms() {
        for n in [1.0, 10, 92_884, 1e8] {
            let poisson = ProportionInterval.interval(successes: 0, trials: n, method: .exactPoisson)
            #expect(poisson.lower == 0 && isClose(poisson.upper, -Foundation.log(0.025) / n, relative: 1e-14))
            let binomial = ProportionInterval.interval(successes: 0, trials: n, method: .clopperPearson)
            #expect(binomial.lower == 0)
            #expect(isClose(binomial.upper, -Foundation.expm1(Foundation.log(0.025) / n), relative: 1e-14))
            let full = ProportionInterval.interval(successes: n, trials: n, method: .clopperPearson)
            #expect(full.upper == 1 && isClose(full.lower, Foundation.exp(Foundation.log(0.025) / n), relative: 1e-14))
        }
    }

    @Test("exact intervals contain the estimate", arguments: [ProportionInterval.Method.exactPoisson, .clopperPearson])
    func exactIntervalsContainTheEstimate(_ method: ProportionInterval.Method) async {
        await propertyCheck(input: Gen.double(in: 0...8), Gen.double(in: 0...1), Gen.double(in: 0.5...0.9999)) { logN, share, confidence in
            let n = Double.pow10(logN).rounded()
            let d = (share * n).rounded()
            let interval = ProportionInterval.interval(successes: d, trials: n, method: method, confidence: confidence)
            #expect(interval.contains(d / n), "\(method) \(d)/\(n) at \(confidence): \(interval)")
            #expect(interval.lower >= 0 && (method == .exactPoisson || interval.upper <= 1))
        }
    }

    @Test("exact intervals nest as the confidence grows", arguments: [ProportionInterval.Method.exactPoisson, .clopperPearson])
    func exactIntervalsNestAsConfidenceGrows(_ method: ProportionInterval.Method) async {
        await propertyCheck(input: Gen.double(in: 0...8), Gen.double(in: 0...1), Gen.double(in: 0.5...0.999), Gen.double(in: 0...1)) {
            logN, share, confidence, step in
            let n = Double.pow10(logN).rounded()
            let d = (share * n).rounded()
            let wider = confidence + step * (0.9999 - confidence)
            let inner = ProportionInterval.interval(successes: d, trials: n, method: method, confidence: confidence)
            let outer = ProportionInterval.interval(successes: d, trials: n, method: method, confidence: wider)
            #expect(outer.lower <= inner.lower && inner.upper <= outer.upper, "\(method) \(d)/\(n): \(inner) at \(confidence), \(outer) at \(wider)")
        }
    }
}
