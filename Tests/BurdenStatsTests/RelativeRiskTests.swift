import BurdenStats
import BurdenTestSupport
import PropertyBased
import Testing

struct RelativeRiskTests {
    /// Bessudnov (2023): named dead of an implied ethnic group among all 20,253 named dead
    /// against the group's men aged 8–32 among the 22,032,860 of the 2010 census.
    @Test("score interval reproduces the published Tuvan and Buryat relative risks to the printed digit",
          arguments: [(210.0, 49_050.0, 4.657596, 4.070133, 5.328843), (317, 89_940, 3.834316, 3.436811, 4.276989)])
    func scoreReproducesPublishedRelativeRisks(killed: Double, men: Double, ratio: Double, low: Double, high: Double) {
        let estimate = RelativeRisk.estimate(eventsA: killed, totalA: 20_253, eventsB: men, totalB: 22_032_860)
        #expect((estimate.ratio * 1e6).rounded() / 1e6 == ratio)
        #expect((estimate.interval.lower * 1e6).rounded() / 1e6 == low)
        #expect((estimate.interval.upper * 1e6).rounded() / 1e6 == high)
    }

    @Test("score and log-Wald limits match an independent root finder polished at 50 digits to 1e-12",
          arguments: DistributionsFixture.shared.relativeRisk)
    func limitsMatchReference(_ reference: DistributionsFixture.RelativeRiskCase) {
        for (method, expected) in [(RelativeRisk.Method.score, reference.score), (.logWald, reference.logWald)] {
            let estimate = RelativeRisk.estimate(
                eventsA: reference.a, totalA: reference.nA, eventsB: reference.b, totalB: reference.nB,
                method: method, confidence: reference.confidence)
            #expect(isClose(estimate.ratio, reference.ratio, relative: 1e-15))
            #expect(isClose(estimate.interval.lower, expected[0], relative: referenceTolerance), "\(method) lower \(estimate.interval.lower) vs \(expected[0])")
            #expect(isClose(estimate.interval.upper, expected[1], relative: referenceTolerance), "\(method) upper \(estimate.interval.upper) vs \(expected[1])")
        }
    }

    @Test func degenerateTablesGiveTheDocumentedLimits() {
        let z2 = 1.959963984540054 * 1.959963984540054
        let bothFull = RelativeRisk.estimate(eventsA: 100, totalA: 100, eventsB: 50, totalB: 50)
        #expect(bothFull.ratio == 1)
        #expect(isClose(bothFull.interval.lower, 100 / (100 + z2), relative: 1e-13))
        #expect(isClose(bothFull.interval.upper, (50 + z2) / 50, relative: 1e-13))
        let none = RelativeRisk.estimate(eventsA: 0, totalA: 10, eventsB: 0, totalB: 20)
        #expect(none.ratio.isNaN && none.interval.lower == 0 && none.interval.upper == .infinity)
        let noA = RelativeRisk.estimate(eventsA: 0, totalA: 100, eventsB: 5, totalB: 100)
        #expect(noA.ratio == 0 && noA.interval.lower == 0 && noA.interval.upper.isFinite)
        let noB = RelativeRisk.estimate(eventsA: 5, totalA: 100, eventsB: 0, totalB: 100)
        #expect(noB.ratio == .infinity && noB.interval.lower > 0 && noB.interval.upper == .infinity)
        let wald = RelativeRisk.estimate(eventsA: 0, totalA: 100, eventsB: 5, totalB: 100, method: .logWald)
        #expect(wald.interval.lower.isNaN && wald.interval.upper.isNaN)
    }

    @Test func invalidTablesGiveNaN() {
        for (a, nA, b, nB, confidence) in [
            (1.0, 0.0, 1.0, 10.0, 0.95), (11, 10, 1, 10, 0.95), (-1, 10, 1, 10, 0.95), (1, 10, 1, .infinity, 0.95),
            (1, 10, 1, 10, 1), (1, 10, .nan, 10, 0.95),
        ] {
            for method in RelativeRisk.Method.allCases {
                let estimate = RelativeRisk.estimate(eventsA: a, totalA: nA, eventsB: b, totalB: nB, method: method, confidence: confidence)
                #expect(estimate.ratio.isNaN && estimate.interval.lower.isNaN && estimate.interval.upper.isNaN)
            }
        }
    }

    @Test("intervals contain the ratio", arguments: RelativeRisk.Method.allCases)
    func intervalsContainTheRatio(_ method: RelativeRisk.Method) async {
        await propertyCheck(input: Gen.double(in: 0...7), Gen.double(in: 0...1), Gen.double(in: 0...7), Gen.double(in: 0...1)) {
            logNA, shareA, logNB, shareB in
            let nA = Double.pow10(logNA).rounded()
            let nB = Double.pow10(logNB).rounded()
            let a = max(1, (shareA * nA).rounded())
            let b = max(1, (shareB * nB).rounded())
            let estimate = RelativeRisk.estimate(eventsA: a, totalA: nA, eventsB: b, totalB: nB, method: method)
            #expect(estimate.interval.contains(estimate.ratio), "\(method) \(a)/\(nA) vs \(b)/\(nB): \(estimate)")
        }
    }

    @Test("intervals nest as the confidence grows", arguments: RelativeRisk.Method.allCases)
    func intervalsNestAsConfidenceGrows(_ method: RelativeRisk.Method) async {
        await propertyCheck(input: Gen.double(in: 0...7), Gen.double(in: 0...1), Gen.double(in: 0...1), Gen.double(in: 0.5...0.999)) {
            logN, shareA, shareB, confidence in
            let n = Double.pow10(logN).rounded()
            let a = (shareA * n).rounded()
            let b = max(1, (shareB * n * 3).rounded())
            let wider = (confidence + 0.9999) / 2
            let inner = RelativeRisk.estimate(eventsA: a, totalA: n, eventsB: b, totalB: 3 * n, method: method, confidence: confidence)
            let outer = RelativeRisk.estimate(eventsA: a, totalA: n, eventsB: b, totalB: 3 * n, method: method, confidence: wider)
            if a == 0 && method == .logWald { return }
            #expect(outer.interval.lower <= inner.interval.lower && inner.interval.upper <= outer.interval.upper,
                    "\(method) \(a)/\(n) vs \(b)/\(3 * n): \(inner.interval) at \(confidence), \(outer.interval) at \(wider)")
        }
    }
}
