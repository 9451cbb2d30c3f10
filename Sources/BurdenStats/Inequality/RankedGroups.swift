/// Regions ordered from poorest to richest by a covariate, regions with equal covariate
/// values pooled into one group (their deaths and populations summed), so that the
/// order of the input never matters.
struct RankedGroups {
    /// Pooled deaths per group, poorest first.
    let deaths: [Double]
    /// Pooled populations per group, poorest first.
    let populations: [Double]

    /// Validates and orders the regions.
    ///
    /// - Throws: ``StatsError/Code/invalidInput`` for misaligned arrays, negative or
    ///   non-finite deaths, non-positive populations, deaths above the population, or a
    ///   non-finite covariate; ``StatsError/Code/tooFewObservations`` for fewer than two
    ///   regions; ``StatsError/Code/noVariation`` when there are no deaths.
    init(deaths: [Double], populations: [Double], covariate: [Double], order: SocioeconomicOrder) throws {
        try validateRegions(deaths: deaths, populations: populations)
        guard covariate.count == deaths.count else {
            throw StatsError(.invalidInput, "\(covariate.count) covariate values for \(deaths.count) regions")
        }
        guard covariate.allSatisfy(\.isFinite) else {
            throw StatsError(.invalidInput, "a covariate value is missing or not finite")
        }
        let key = order == .lowestIsPoorest ? covariate : covariate.map { -$0 }
        let sorted = key.indices.sorted { key[$0] < key[$1] }
        var pooledDeaths: [Double] = []
        var pooledPopulations: [Double] = []
        var previous: Double?
        for index in sorted {
            if key[index] == previous {
                pooledDeaths[pooledDeaths.count - 1] += deaths[index]
                pooledPopulations[pooledPopulations.count - 1] += populations[index]
            } else {
                pooledDeaths.append(deaths[index])
                pooledPopulations.append(populations[index])
                previous = key[index]
            }
        }
        self.deaths = pooledDeaths
        self.populations = pooledPopulations
    }
}

/// Checks regional deaths and populations: aligned, at least two regions, 0 ≤ dᵢ ≤ Nᵢ,
/// Nᵢ > 0, all finite, and some deaths.
func validateRegions(deaths: [Double], populations: [Double]) throws {
    guard deaths.count == populations.count else {
        throw StatsError(.invalidInput, "\(deaths.count) death counts for \(populations.count) populations")
    }
    guard deaths.count >= 2 else {
        throw StatsError(.tooFewObservations, "an inequality index needs at least 2 regions, got \(deaths.count)")
    }
    for (d, n) in zip(deaths, populations) {
        guard n > 0, n.isFinite else { throw StatsError(.invalidInput, "population \(n) is not positive and finite") }
        guard d >= 0, d <= n, d.isFinite else {
            throw StatsError(.invalidInput, "death count \(d) is not between 0 and its population \(n)")
        }
    }
    guard deaths.contains(where: { $0 > 0 }) else {
        throw StatsError(.noVariation, "there are no deaths: the index is undefined")
    }
}
