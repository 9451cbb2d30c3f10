import RealModule

/// The death rate of the poorest fifth of the population over that of the richest fifth,
/// regions ranked by a socioeconomic covariate.
///
/// Regions are ordered from poorest to richest (``SocioeconomicOrder``; equal covariate
/// values pooled into one block) and cut into `groups` parts of equal cumulative
/// population — fifths by default. A region that straddles a cut is split in proportion
/// to its population on each side, its deaths with it, so both parts keep the region's
/// rate; the parts are therefore fractional counts. With D and N the deaths and population
/// of the poorest and richest parts:
///
///     RR = (D_poor/N_poor) / (D_rich/N_rich)
///     SE(ln RR) = √(1/D_poor + 1/D_rich),   interval RR·exp(∓z_{1−α/2}·SE)
///
/// the log-Wald interval for a ratio of two Poisson rates with known populations
/// (Rothman, Greenland & Lash 2008, ch. 14).
///
/// Rothman, K. J., Greenland, S., Lash, T. L. (2008). Modern Epidemiology, 3rd ed.
/// Lippincott Williams & Wilkins.
public struct QuintileRateRatio: Sendable, Hashable, Codable {
    /// The deaths and population of one end of the ranking.
    public struct Group: Sendable, Hashable, Codable {
        /// The deaths (fractional when a region was split).
        public let deaths: Double
        /// The population.
        public let population: Double
        /// The rate deaths/population.
        public var rate: Double { deaths / population }
    }

    /// The poorest 1/`groups` of the population.
    public let poorest: Group
    /// The richest 1/`groups` of the population.
    public let richest: Group
    /// The rate ratio poorest/richest.
    public let estimate: Double
    /// SE(ln RR).
    public let logStdError: Double
    /// The lower confidence limit.
    public let confLow: Double
    /// The upper confidence limit.
    public let confHigh: Double
    /// The number of equal-population parts (5: quintiles).
    public let groups: Int
    /// The confidence level of the interval.
    public let confidence: Double

    /// The interval [confLow, confHigh].
    public var confidenceInterval: ConfidenceInterval { ConfidenceInterval(lower: confLow, upper: confHigh) }

    /// The rate ratio of the poorest to the richest fifth (or 1/`groups`).
    ///
    /// - Parameters:
    ///   - deaths: dᵢ, 0 ≤ dᵢ ≤ Nᵢ.
    ///   - populations: Nᵢ > 0.
    ///   - covariate: the ranking variable.
    ///   - order: which end of the covariate is the poorest.
    ///   - groups: the number of equal-population parts, at least 2; 5 by default.
    ///   - confidence: the level of the interval, 0.95 by default.
    /// - Throws: ``StatsError`` for invalid input, and ``StatsError/Code/noVariation``
    ///   when the poorest or richest part has no deaths (the ratio is 0 or infinite).
    /// - Complexity: O(n log n).
    public init(
        deaths: [Double], populations: [Double], rankedBy covariate: [Double], order: SocioeconomicOrder,
        groups: Int = 5, confidence: Double = 0.95
    ) throws {
        guard groups >= 2 else { throw StatsError(.invalidInput, "a rate ratio of groups needs at least 2 groups") }
        guard confidence > 0, confidence < 1 else {
            throw StatsError(.invalidInput, "confidence level \(confidence) is not between 0 and 1")
        }
        let ranked = try RankedGroups(deaths: deaths, populations: populations, covariate: covariate, order: order)
        let total = ranked.populations.reduce(0, +)
        let lowCut = total / Double(groups)
        let highCut = total * Double(groups - 1) / Double(groups)
        var poorDeaths = 0.0
        var poorPopulation = 0.0
        var richDeaths = 0.0
        var richPopulation = 0.0
        var start = 0.0
        for (d, n) in zip(ranked.deaths, ranked.populations) {
            let end = start + n
            let lowPart = max(0, min(end, lowCut) - start)
            let highPart = max(0, end - max(start, highCut))
            poorDeaths += d * lowPart / n
            poorPopulation += lowPart
            richDeaths += d * highPart / n
            richPopulation += highPart
            start = end
        }
        guard poorDeaths > 0, richDeaths > 0 else {
            throw StatsError(
                .noVariation, "the \(poorDeaths > 0 ? "richest" : "poorest") part has no deaths: the rate ratio is undefined")
        }
        let ratio = (poorDeaths / poorPopulation) / (richDeaths / richPopulation)
        let se = (1 / poorDeaths + 1 / richDeaths).squareRoot()
        let critical = Normal.upperQuantile((1 - confidence) / 2)
        self.poorest = Group(deaths: poorDeaths, population: poorPopulation)
        self.richest = Group(deaths: richDeaths, population: richPopulation)
        self.estimate = ratio
        self.logStdError = se
        self.confLow = ratio * Double.exp(-critical * se)
        self.confHigh = ratio * Double.exp(critical * se)
        self.groups = groups
        self.confidence = confidence
    }
}
