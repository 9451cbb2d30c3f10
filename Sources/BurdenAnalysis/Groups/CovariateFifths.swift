import BurdenData

/// Fifths of the population by a covariate: regions sorted from the lowest value of
/// the covariate to the highest, then cut where the cumulative population passes
/// 20%, 40%, 60% and 80%. Each region goes whole into the fifth that holds the middle
/// of its population (so fifths are near, not exactly, 20% of the population).
public enum CovariateFifths {
    /// The fifth of each region with the denominator and the covariate: `Q1` (lowest
    /// values) … `Q5` (highest).
    public static func assign(table: RegionTable, covariate: String, denominator: String? = nil) throws(AnalysisError)
        -> [String: String]
    {
        let frame = try RegionalFrame(
            counts: RegionalCounts(deaths: [:]), table: table, denominator: denominator, covariates: [covariate])
        let values = frame.covariates[0].values
        let order = frame.regions.indices.sorted { (values[$0], frame.regions[$0].code) < (values[$1], frame.regions[$1].code) }
        let total = frame.populations.reduce(0, +)
        var cumulative = 0.0
        var result: [String: String] = [:]
        for index in order {
            let middle = (cumulative + frame.populations[index] / 2) / total
            result[frame.regions[index].code] = "Q\(min(5, Int(middle * 5) + 1))"
            cumulative += frame.populations[index]
        }
        return result
    }
}
