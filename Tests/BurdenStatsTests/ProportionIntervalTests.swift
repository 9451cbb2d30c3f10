import BurdenStats
import BurdenTestSupport
import Testing

struct ProportionIntervalTests {
    @Test("wilson-cc, wilson and wald match R's formulas re-derived with scipy",
          arguments: ReferenceFixture.shared.proportion)
    func intervalsMatchReference(_ reference: ReferenceFixture.Proportion) {
        for (method, expected) in [
            (ProportionInterval.Method.wilsonCC, reference.wilson_cc), (.wilson, reference.wilson), (.wald, reference.wald),
        ] {
            let interval = ProportionInterval.interval(
                successes: reference.d, trials: reference.n, method: method, confidence: reference.confidence)
            #expect(isClose(interval.lower, expected[0], relative: 1e-12, absolute: 1e-300), "\(method) lower")
            #expect(isClose(interval.upper, expected[1], relative: 1e-12), "\(method) upper")
        }
    }

    /// Bessudnov (2023), regional table: Tuva 231 / 92,884 and Moscow 125 / 4,096,435.
    @Test("wilsonCC reproduces the published rates of Tuva and Moscow to the printed digit",
          arguments: [(231.0, 92_884.0, 248.697, 218.155, 283.424), (125, 4_096_435, 3.051, 2.550, 3.649)])
    func wilsonCCReproducesPublishedRegionalTable(d: Double, n: Double, rate: Double, low: Double, high: Double) {
        let interval = ProportionInterval.interval(successes: d, trials: n).scaled(by: 100_000)
        #expect(((d / n * 100_000) * 1000).rounded() / 1000 == rate)
        #expect((interval.lower * 1000).rounded() / 1000 == low)
        #expect((interval.upper * 1000).rounded() / 1000 == high)
    }

    @Test func intervalsContainTheEstimateAndNestAsConfidenceGrows() {
        for (d, n) in [(0.0, 10.0), (1, 10), (7, 13), (231, 92_884), (10, 10)] {
            for method in ProportionInterval.Method.allCases {
                var previous = ConfidenceInterval(lower: d / n, upper: d / n)
                for confidence in [0.5, 0.8, 0.9, 0.95, 0.99, 0.999] {
                    let interval = ProportionInterval.interval(successes: d, trials: n, method: method, confidence: confidence)
                    #expect(interval.contains(d / n), "\(method) \(d)/\(n) at \(confidence)")
                    #expect(interval.lower <= previous.lower && interval.upper >= previous.upper, "\(method) \(d)/\(n) at \(confidence)")
                    // exact-poisson bounds a rate, which may exceed 1; the others bound a proportion.
                    #expect(interval.lower >= 0 && (interval.upper <= 1 || method == .exactPoisson))
                    previous = interval
                }
            }
        }
    }

    @Test func invalidInputGivesNaNLimits() {
        for (d, n) in [(1.0, 0.0), (-1, 10), (11, 10)] {
            let interval = ProportionInterval.interval(successes: d, trials: n)
            #expect(interval.lower.isNaN && interval.upper.isNaN)
        }
    }
}
