import BurdenData
import BurdenStats

/// How unequally the deaths fall on the regions (METHODS.md §5): the
/// population-weighted Gini of regional rates, the concentration index of deaths
/// ranked by a covariate with its standard error, the rate ratio of the poorest to the
/// richest fifth of the population, and the capitals against the rest.
public struct BurdenInequality: Sendable, Hashable {
    /// The capitals and the rest: share of deaths, share of population, rate ratio.
    public struct Comparison: Sendable, Hashable {
        /// The codes compared with the rest.
        public let codes: [String]
        public let deaths: Double
        public let population: Double
        public let otherDeaths: Double
        public let otherPopulation: Double
        /// The group's rate over the rest's, with the Koopman score interval.
        public let rateRatio: RelativeRisk.Estimate

        public var deathShare: Double { deaths / (deaths + otherDeaths) }
        public var populationShare: Double { population / (population + otherPopulation) }
    }

    /// The covariate regions are ranked by.
    public let rankBy: String
    /// Which end of the covariate is poorer.
    public let order: SocioeconomicOrder
    public let gini: GiniIndex
    public let concentration: ConcentrationIndex
    public let quintiles: QuintileRateRatio
    /// Moscow, St Petersburg and Moscow Oblast against all other regions (built-in
    /// reference only; `nil` for a user table without them).
    public let capitals: Comparison?
    /// The regions used and dropped.
    public let frame: RegionalFrame

    /// The regions that count as the capitals: the two federal cities and Moscow Oblast.
    public static let capitalCodes = ["RU-MOW", "RU-SPE", "RU-MOS"]

    /// Computes the measures.
    ///
    /// - Parameters:
    ///   - rankBy: the ranking covariate; mean income (2020) by default.
    ///   - order: which end is poorer; guessed from the name when `nil` (poverty and
    ///     unemployment: the highest; anything else: the lowest).
    /// - Throws: ``AnalysisError`` for an unknown column or a measure that cannot be computed.
    public init(
        counts: RegionalCounts, table: RegionTable, denominator: String? = nil, rankBy: String = "mean_income_2020",
        order: SocioeconomicOrder? = nil, confidence: Double = 0.95
    ) throws(AnalysisError) {
        let frame = try RegionalFrame(counts: counts, table: table, denominator: denominator, covariates: [rankBy])
        let column = frame.covariates[0]
        let order = order ?? Self.guessOrder(column.name)
        do {
            gini = try GiniIndex(deaths: frame.deaths, populations: frame.populations)
            concentration = try ConcentrationIndex(
                deaths: frame.deaths, populations: frame.populations, rankedBy: column.values, order: order,
                confidence: confidence)
            quintiles = try QuintileRateRatio(
                deaths: frame.deaths, populations: frame.populations, rankedBy: column.values, order: order,
                confidence: confidence)
        } catch {
            throw AnalysisError("inequality cannot be computed: \(error)")
        }
        var inside = (deaths: 0.0, population: 0.0)
        var outside = (deaths: 0.0, population: 0.0)
        for (index, region) in frame.regions.enumerated() {
            if Self.capitalCodes.contains(region.code) {
                inside = (inside.deaths + frame.deaths[index], inside.population + frame.populations[index])
            } else {
                outside = (outside.deaths + frame.deaths[index], outside.population + frame.populations[index])
            }
        }
        if inside.population > 0, outside.population > 0 {
            capitals = Comparison(
                codes: Self.capitalCodes, deaths: inside.deaths, population: inside.population,
                otherDeaths: outside.deaths, otherPopulation: outside.population,
                rateRatio: RelativeRisk.estimate(
                    eventsA: inside.deaths, totalA: inside.population, eventsB: outside.deaths,
                    totalB: outside.population, confidence: confidence))
        } else {
            capitals = nil
        }
        self.rankBy = column.name
        self.order = order
        self.frame = frame
    }

    /// Poverty and unemployment rank the highest as poorest; other covariates the lowest.
    static func guessOrder(_ column: String) -> SocioeconomicOrder {
        ["below_subsistence", "poverty", "unemployment"].contains { column.contains($0) } ? .highestIsPoorest : .lowestIsPoorest
    }
}
