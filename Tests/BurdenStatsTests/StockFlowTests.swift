import BurdenStats
import BurdenTestSupport
import Testing

/// The formulas of the replacement balance and the propagation of its ranges, each
/// against values computed by hand.
struct StockFlowTests {
    // MARK: The bookkeeping formulas

    @Test("wounded = claimed killed and wounded − killed", arguments: [
        (418_170.0, 145_550.0, 272_620.0), (36_500, 5_200, 31_300), (100, 150, -50),
    ])
    func wounded(claimed: Double, killed: Double, expected: Double) {
        #expect(StockFlow.wounded(claimedKilledAndWounded: claimed, killed: killed) == expected)
    }

    @Test("permanent losses = killed + wounded × (1 − r) + other", arguments: [
        // 145,550 + 272,620 × 0.5 = 281,860 (2025 at r = 0.5)
        (145_550.0, 272_620.0, 0.5, 0.0, 281_860.0),
        // 145,550 + 272,620 × 0.7 = 336,384 (r = 0.3)
        (145_550, 272_620, 0.3, 0, 336_384),
        // 5,200 + 31,300 × 0.5 + 1,000 = 21,850
        (5_200, 31_300, 0.5, 1_000, 21_850),
        // every wounded returns: only the killed and the other losses remain
        (10, 90, 1, 5, 15),
    ])
    func permanent(killed: Double, wounded: Double, r: Double, other: Double, expected: Double) {
        #expect(isClose(
            StockFlow.permanentLosses(killed: killed, wounded: wounded, returnToDuty: r, otherLasting: other), expected,
            relative: 1e-15))
    }

    @Test("balance = intake − permanent losses", arguments: [
        (422_704.0, 281_860.0, 140_844.0), (454_704, 281_860, 172_844), (100, 250, -150),
    ])
    func balance(intake: Double, permanent: Double, expected: Double) {
        #expect(StockFlow.balance(intake: intake, permanentLosses: permanent) == expected)
    }

    @Test func partialFiguresScaleByTheDaysOfThePeriod() {
        // 410,000 over 350 of 365 days: 410,000 × 365 / 350 = 427,571.428571…
        #expect(isClose(StockFlow.scaledToWholePeriod(410_000, coveredDays: 350, periodDays: 365), 427_571.428_571_428_6, relative: 1e-15))
        // a whole period is unchanged
        #expect(StockFlow.scaledToWholePeriod(50_000, coveredDays: 365, periodDays: 365) == 50_000)
        // 12,000 a year for a quarter of 91 days: 12,000 × 91 / 365 = 2,991.780821…
        #expect(isClose(StockFlow.prorated(perYear: 12_000, days: 91, daysInYear: 365), 2_991.780_821_917_808, relative: 1e-15))
        #expect(StockFlow.prorated(perYear: 3_660, days: 366, daysInYear: 366) == 3_660)
    }

    // MARK: Exact ranges

    @Test func cornersGiveTheExactRangeOfAMultilinearFunction() {
        var calls = 0
        // x·y and x − y over x ∈ [1, 2], y ∈ [−1, 3], with a fixed third input.
        let ranges = VertexRange.extremes(of: { v in
            calls += 1
            return [v[0] * v[1] + v[2], v[0] - v[1]]
        }, over: [ParameterRange(1, 2), ParameterRange(-1, 3), ParameterRange(10)])
        #expect(calls == 4, "only the inputs that vary are enumerated")
        // x·y at the corners: −1, −2, 3, 6 → [−2, 6], plus 10.
        #expect(ranges[0].low == 8 && ranges[0].high == 16)
        // x − y: from 1 − 3 = −2 to 2 − (−1) = 3.
        #expect(ranges[1].low == -2 && ranges[1].high == 3)
    }

    @Test func theRangeOfTheBalanceOverTheReturnToDutyHoldsBothEnds() {
        // b(r) = 422,704 − 145,550 − 272,620 × (1 − r): 86,320 at r = 0.3, 195,368 at r = 0.7.
        let balance = { (v: [Double]) -> [Double] in
            let wounded = StockFlow.wounded(claimedKilledAndWounded: 418_170, killed: 145_550)
            return [StockFlow.balance(
                intake: 422_704, permanentLosses: StockFlow.permanentLosses(killed: 145_550, wounded: wounded, returnToDuty: v[0], otherLasting: 0))]
        }
        let range = VertexRange.extremes(of: balance, over: [ParameterRange(0.3, 0.7)])[0]
        #expect(isClose(range.low, 86_320, relative: 1e-12) && isClose(range.high, 195_368, relative: 1e-12))
        #expect(isClose(balance([0.5])[0], 140_844, relative: 1e-15))
    }

    @Test func aMissingOutputStaysMissing() {
        let ranges = VertexRange.extremes(of: { v in [v[0], v[0] > 1.5 ? .nan : 1] }, over: [ParameterRange(1, 2)])
        #expect(ranges[0].low == 1 && ranges[0].high == 2)
        #expect(ranges[1].low.isNaN && ranges[1].high.isNaN)
    }

    // MARK: Monte Carlo

    @Test func theSameSeedGivesTheSameSummariesAndAnotherSeedOthers() {
        let f = { (v: [Double]) -> [Double] in [v[0] * v[1], v[0] - v[1]] }
        let box = [ParameterRange(0, 1), ParameterRange(2, 5)]
        func run(_ seed: UInt64) -> [UniformMonteCarlo.Summary] {
            var generator = SeededRandom(seed: seed)
            return UniformMonteCarlo.summaries(of: f, over: box, draws: 2_000, level: 0.9, using: &generator)
        }
        #expect(run(7) == run(7))
        #expect(run(7) != run(8))
    }

    @Test func uniformDrawsHaveTheMomentsAndQuantilesOfTheUniform() {
        var generator = SeededRandom(seed: 42)
        let summary = UniformMonteCarlo.summaries(
            of: { [$0[0]] }, over: [ParameterRange(2, 4)], draws: 100_000, level: 0.9, using: &generator)[0]
        // U(2, 4): mean 3, standard error 0.577/√100,000 ≈ 0.0018; 5% and 95% quantiles 2.1 and 3.9.
        #expect(abs(summary.mean - 3) < 0.01)
        #expect(abs(summary.low - 2.1) < 0.01 && abs(summary.high - 3.9) < 0.01)
    }

    @Test func fixedInputsDrawNothing() {
        var generator = SeededRandom(seed: 1)
        let summary = UniformMonteCarlo.summaries(of: { [$0[0] + $0[1]] }, over: [ParameterRange(3), ParameterRange(4)], draws: 100,
                                                  level: 0.95, using: &generator)[0]
        #expect(summary.mean == 7 && summary.low == 7 && summary.high == 7)
    }

    @Test("type-7 quantiles as R's quantile() gives them", arguments: [
        // quantile(c(1, 2, 3, 4), p): 0 → 1, 0.25 → 1.75, 0.5 → 2.5, 0.9 → 3.7, 1 → 4
        (0.0, 1.0), (0.25, 1.75), (0.5, 2.5), (0.9, 3.7), (1, 4),
    ])
    func quantiles(p: Double, expected: Double) {
        #expect(isClose(Quantile.type7([1, 2, 3, 4], p), expected, relative: 1e-15))
    }

    // MARK: One at a time

    @Test func eachInputMovesAloneWithTheOthersAtTheirMiddle() {
        // x + 2y over x ∈ [0, 1], y ∈ [1, 3]: the middle is (0.5, 2).
        let effects = OneAtATime.effects(of: { [$0[0] + 2 * $0[1]] }, over: [ParameterRange(0, 1), ParameterRange(1, 3), ParameterRange(9)])
        #expect(effects[0].atLow == [4] && effects[0].atHigh == [5])
        #expect(effects[1].atLow == [2.5] && effects[1].atHigh == [6.5])
        #expect(effects[2].atLow == [4.5] && effects[2].atHigh == [4.5], "a fixed input moves nothing")
        #expect(ParameterRange(0.3, 0.7).point == 0.5 && ParameterRange(2).isFixed)
    }
}
