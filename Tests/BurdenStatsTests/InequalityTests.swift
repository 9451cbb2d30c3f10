import BurdenStats
import BurdenTestSupport
import Testing

struct InequalityTests {
    /// Indices on [−1, 1] that are exactly 0 in the reference (equal rates) are compared
    /// to 1e−15 absolute; everything else to 1e−10 relative.
    static let indexFloor = 1e-15

    @Test("population-weighted Gini matches the double-sum definition (numpy) to 1e-10 relative",
          arguments: ModelsFixture.shared.inequality)
    func giniMatchesDefinition(_ reference: ModelsFixture.Inequality) throws {
        let gini = try GiniIndex(deaths: reference.deaths, populations: reference.populations)
        #expect(isClose(gini.estimate, reference.gini, relative: 1e-10, absolute: Self.indexFloor),
                "\(gini.estimate) vs \(reference.gini)")
        let overall = reference.deaths.reduce(0, +) / reference.populations.reduce(0, +)
        #expect(isClose(gini.mean, overall, relative: 1e-14))
    }

    @Test("concentration index and its grouped-data delta-method SE match the formulas (numpy) to 1e-10 relative",
          arguments: ModelsFixture.shared.inequality)
    func concentrationMatchesFormula(_ reference: ModelsFixture.Inequality) throws {
        let index = try ConcentrationIndex(
            deaths: reference.deaths, populations: reference.populations, rankedBy: reference.covariate,
            order: .lowestIsPoorest)
        #expect(isClose(index.estimate, reference.concentration, relative: 1e-10, absolute: Self.indexFloor),
                "\(index.estimate) vs \(reference.concentration)")
        #expect(isClose(index.stdError, reference.concentration_std_error, relative: 1e-10),
                "\(index.stdError) vs \(reference.concentration_std_error)")
        #expect(isClose(index.confHigh - index.confLow, 2 * 1.959963984540054 * index.stdError, relative: 1e-14))
    }

    @Test("quintile rate ratio with proportional splitting and its log-Wald interval match numpy to 1e-10 relative",
          arguments: ModelsFixture.shared.inequality)
    func quintileRatioMatchesReference(_ reference: ModelsFixture.Inequality) throws {
        let ratio = try QuintileRateRatio(
            deaths: reference.deaths, populations: reference.populations, rankedBy: reference.covariate,
            order: .lowestIsPoorest)
        let expected = reference.quintile
        for (name, actual, value) in [
            ("poorest deaths", ratio.poorest.deaths, expected.deaths_low),
            ("poorest population", ratio.poorest.population, expected.population_low),
            ("richest deaths", ratio.richest.deaths, expected.deaths_high),
            ("richest population", ratio.richest.population, expected.population_high),
            ("ratio", ratio.estimate, expected.ratio), ("log SE", ratio.logStdError, expected.log_std_error),
            ("conf_low", ratio.confLow, expected.conf_low), ("conf_high", ratio.confHigh, expected.conf_high),
        ] {
            #expect(isClose(actual, value, relative: 1e-10), "\(name): \(actual) vs \(value)")
        }
    }

    /// Reversing the covariate and saying the highest value is poorest changes nothing.
    @Test(arguments: ModelsFixture.shared.inequality)
    func orderIsAboutWhichEndIsPoor(_ reference: ModelsFixture.Inequality) throws {
        let flipped = reference.covariate.map { -$0 }
        let a = try ConcentrationIndex(
            deaths: reference.deaths, populations: reference.populations, rankedBy: reference.covariate,
            order: .lowestIsPoorest)
        let b = try ConcentrationIndex(
            deaths: reference.deaths, populations: reference.populations, rankedBy: flipped, order: .highestIsPoorest)
        #expect(a == b)
        let c = try QuintileRateRatio(
            deaths: reference.deaths, populations: reference.populations, rankedBy: reference.covariate,
            order: .lowestIsPoorest)
        let d = try QuintileRateRatio(
            deaths: reference.deaths, populations: reference.populations, rankedBy: flipped, order: .highestIsPoorest)
        #expect(c == d)
    }

    @Test func indicesDoNotDependOnTheOrderOfTheRegions() throws {
        let deaths = [0.0, 5, 12, 3, 30, 8, 8]
        let populations = [1000.0, 2000, 1500, 800, 5000, 1200, 1200]
        let covariate = [1.0, 2, 2, 3, 4, 5, 5]
        let permutation = [6, 2, 0, 5, 1, 4, 3]
        let shuffled = (permutation.map { deaths[$0] }, permutation.map { populations[$0] }, permutation.map { covariate[$0] })
        let original = try ConcentrationIndex(deaths: deaths, populations: populations, rankedBy: covariate, order: .lowestIsPoorest)
        let reordered = try ConcentrationIndex(
            deaths: shuffled.0, populations: shuffled.1, rankedBy: shuffled.2, order: .lowestIsPoorest)
        #expect(isClose(original.estimate, reordered.estimate, relative: 1e-14))
        #expect(isClose(original.stdError, reordered.stdError, relative: 1e-14))
        let ratio = try QuintileRateRatio(deaths: deaths, populations: populations, rankedBy: covariate, order: .lowestIsPoorest)
        let ratioReordered = try QuintileRateRatio(
            deaths: shuffled.0, populations: shuffled.1, rankedBy: shuffled.2, order: .lowestIsPoorest)
        #expect(isClose(ratio.estimate, ratioReordered.estimate, relative: 1e-14))
        let gini = try GiniIndex(deaths: deaths, populations: populations)
        #expect(isClose(try GiniIndex(deaths: shuffled.0, populations: shuffled.1).estimate, gini.estimate, relative: 1e-14))
    }

    @Test func giniOfOneRegionWithAllDeathsApproachesOne() throws {
        let populations = [Double](repeating: 1000, count: 99) + [1]
        let deaths = [Double](repeating: 0, count: 99) + [1]
        let gini = try GiniIndex(deaths: deaths, populations: populations)
        // All deaths in 1 of 99,001 people: G = 1 − 1/99,001.
        #expect(isClose(gini.estimate, 1 - 1.0 / 99_001, relative: 1e-13))
    }

    @Test func invalidRegionsAreErrors() {
        let noDeaths = #expect(throws: StatsError.self) { try GiniIndex(deaths: [0, 0], populations: [10, 10]) }
        #expect(noDeaths?.code == .noVariation)
        #expect((#expect(throws: StatsError.self) { try GiniIndex(deaths: [1], populations: [10]) })?.code == .tooFewObservations)
        #expect((#expect(throws: StatsError.self) { try GiniIndex(deaths: [11, 1], populations: [10, 10]) })?.code == .invalidInput)
        #expect((#expect(throws: StatsError.self) {
            try ConcentrationIndex(deaths: [1, 2], populations: [10, 0], rankedBy: [1, 2], order: .lowestIsPoorest)
        })?.code == .invalidInput)
        let emptyFifth = #expect(throws: StatsError.self) {
            try QuintileRateRatio(
                deaths: [0, 1, 1, 1, 1], populations: [10, 10, 10, 10, 10], rankedBy: [1, 2, 3, 4, 5], order: .lowestIsPoorest)
        }
        #expect(emptyFifth?.code == .noVariation)
    }
}
