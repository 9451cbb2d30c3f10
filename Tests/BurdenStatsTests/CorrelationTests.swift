import BurdenStats
import BurdenTestSupport
import Testing

struct CorrelationTests {
    @Test("Pearson r, t, p and Fisher-z interval match scipy pearsonr to 1e-10 relative",
          arguments: ModelsFixture.shared.correlation)
    func pearsonMatchesScipy(_ reference: ModelsFixture.Correlation) throws {
        let result = try PearsonCorrelation(reference.x, reference.y)
        expectClose(result.estimate, reference.pearson, relative: 1e-10, "r")
        expectClose(result.statistic, reference.pearson_statistic, relative: 1e-10, "t")
        expectClose(result.pValue, reference.pearson_p_value, relative: 1e-10, "p")
        expectClose(result.confLow, reference.pearson_conf_low, relative: 1e-10, "conf_low")
        expectClose(result.confHigh, reference.pearson_conf_high, relative: 1e-10, "conf_high")
        #expect(result.nobs == reference.n && result.df == reference.n - 2)
    }

    @Test("Spearman ρ (average ranks for ties) and its t-approximation p match scipy spearmanr to 1e-10 relative",
          arguments: ModelsFixture.shared.correlation)
    func spearmanMatchesScipy(_ reference: ModelsFixture.Correlation) throws {
        let result = try SpearmanCorrelation(reference.x, reference.y)
        expectClose(result.estimate, reference.spearman, relative: 1e-10, "ρ")
        expectClose(result.pValue, reference.spearman_p_value, relative: 1e-10, "p")
        if let statistic = reference.spearman_statistic {
            expectClose(result.statistic, statistic, relative: 1e-10, "t")
        } else {
            #expect(result.statistic == .infinity && result.pValue == 0)
        }
    }

    @Test func perfectCorrelationHasADegenerateIntervalNotNaN() throws {
        let x = [1.0, 2, 3, 4, 5]
        let result = try PearsonCorrelation(x, x.map { -3 * $0 + 1 })
        #expect(result.estimate == -1 && result.statistic == -.infinity && result.pValue == 0)
        #expect(result.confLow == -1 && result.confHigh == -1)
    }

    @Test func correlationIsSymmetricAndScaleFree() throws {
        var random = SeededRandom(seed: 5)
        let x = (0..<30).map { _ in random.normal() }
        let y = x.map { $0 + random.normal() }
        let r = try PearsonCorrelation(x, y).estimate
        #expect(isClose(try PearsonCorrelation(y, x).estimate, r, relative: 1e-14))
        #expect(isClose(try PearsonCorrelation(x.map { 1e6 * $0 - 3 }, y).estimate, r, relative: 1e-12))
        let rho = try SpearmanCorrelation(x, y).estimate
        #expect(isClose(try SpearmanCorrelation(x.map { $0 * $0 * $0 }, y).estimate, rho, relative: 1e-14))
    }

    @Test func invalidInputIsAnError() {
        #expect((#expect(throws: StatsError.self) { try PearsonCorrelation([1, 2, 3], [1, 2, 4]) })?.code == .tooFewObservations)
        #expect((#expect(throws: StatsError.self) { try PearsonCorrelation([1, 2, 3, 4], [1, 2, 3]) })?.code == .invalidInput)
        #expect((#expect(throws: StatsError.self) { try PearsonCorrelation([1, 2, .nan, 4], [1, 2, 3, 4]) })?.code == .invalidInput)
        #expect((#expect(throws: StatsError.self) { try SpearmanCorrelation([1, 1, 1, 1], [1, 2, 3, 4]) })?.code == .noVariation)
    }

    @Test func averageRanksShareTies() {
        #expect(Ranking.averageRanks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1])
        #expect(Ranking.averageRanks([3, 3, 3]) == [2, 2, 2])
        #expect(Ranking.averageRanks([]) == [])
    }
}
