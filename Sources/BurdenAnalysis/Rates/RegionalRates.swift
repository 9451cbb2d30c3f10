import BurdenData
import BurdenStats

/// Deaths per region against a population at risk: rates per 100,000 with
/// confidence intervals, empirical-Bayes smoothed rates and ranks (METHODS.md §1–2).
///
/// Reproduces the regional table of Bessudnov (2023): with the default options,
/// Tuva's 231 deaths among 92,884 men aged 16–61 give 248.697 per 100,000,
/// CI 218.155–283.424 (R `prop.test`).
public struct RegionalRates: Sendable, Hashable, Codable {
    /// One region's line.
    public struct Row: Sendable, Hashable, Codable {
        /// The region code (`RU-TY`).
        public let code: String
        /// The region's short name.
        public let name: String
        /// Deaths counted in the region.
        public let deaths: Int
        /// The population at risk; `nil` when the table has none (the annexed oblasts).
        public let population: Double?
        /// Deaths per ``RegionalRates/per`` of the population; `nil` without a population.
        public let rate: Double?
        /// The lower confidence limit of the rate.
        public let confLow: Double?
        /// The upper confidence limit of the rate.
        public let confHigh: Double?
        /// The empirical-Bayes smoothed rate (Marshall 1991), beside the rate, never instead of it.
        public let rateSmoothed: Double?
        /// The rank by rate, 1 = highest; ties share the lowest rank.
        public let rank: Int?
    }

    /// The rate's unit: deaths per this many people.
    public let per: Double
    /// The confidence-interval method.
    public let ci: ProportionInterval.Method
    /// The two-sided confidence level.
    public let confidence: Double
    /// The region-table column used as the population at risk.
    public let denominator: String
    /// Deaths without a region.
    public let unassigned: Int
    /// One row per region with a population or with deaths, highest rate first; regions
    /// without a population come last.
    public let regions: [Row]

    /// Computes the rates.
    ///
    /// - Parameters:
    ///   - counts: deaths per region code.
    ///   - table: the regions and their populations.
    ///   - denominator: the column to use; the table's default when `nil`.
    ///   - method: the interval method, `wilson-cc` by default (R `prop.test`).
    ///   - confidence: the two-sided level, 0.95 by default.
    ///   - per: the rate's unit, 100,000 by default.
    /// - Throws: ``AnalysisError`` when the column is unknown, a count names a region
    ///   the table lacks, or deaths exceed a region's population.
    public init(
        counts: RegionalCounts,
        table: RegionTable,
        denominator: String? = nil,
        method: ProportionInterval.Method = .wilsonCC,
        confidence: Double = 0.95,
        per: Double = 100_000
    ) throws(AnalysisError) {
        let column = denominator ?? table.defaultDenominator
        guard let populations = table.column(named: column) else {
            let known = table.columns.map(\.name).joined(separator: ", ")
            throw AnalysisError("unknown denominator '\(column)'; the region table has: \(known)")
        }
        for code in counts.deaths.keys.sorted() where table.region(code: code) == nil {
            throw AnalysisError("the counts name region '\(code)', which the region table lacks")
        }

        var withPopulation: [(region: Region, deaths: Int, population: Double)] = []
        var withoutPopulation: [(region: Region, deaths: Int)] = []
        for (row, region) in table.regions.enumerated() {
            let deaths = counts.deaths[region.code] ?? 0
            if let population = populations.values[row], population > 0 {
                guard Double(deaths) <= population else {
                    throw AnalysisError("\(region.name) has \(deaths) deaths but a population of \(population)")
                }
                withPopulation.append((region, deaths, population))
            } else if deaths > 0 {
                withoutPopulation.append((region, deaths))
            }
        }

        let smoothed = EmpiricalBayes.smooth(
            counts: withPopulation.map { Double($0.deaths) }, populations: withPopulation.map(\.population))
        var rows: [Row] = zip(withPopulation, smoothed).map { entry, smoothedRate in
            let d = Double(entry.deaths)
            let interval = ProportionInterval.interval(
                successes: d, trials: entry.population, method: method, confidence: confidence)
            return Row(
                code: entry.region.code, name: entry.region.name, deaths: entry.deaths,
                population: entry.population, rate: d * per / entry.population,
                confLow: interval.lower * per, confHigh: interval.upper * per,
                rateSmoothed: smoothedRate * per, rank: nil)
        }
        rows.sort { ($0.rate ?? 0, $1.code) > ($1.rate ?? 0, $0.code) }
        var ranked: [Row] = []
        for (position, row) in rows.enumerated() {
            let rank = position > 0 && ranked[position - 1].rate == row.rate ? ranked[position - 1].rank : position + 1
            ranked.append(Row(
                code: row.code, name: row.name, deaths: row.deaths, population: row.population, rate: row.rate,
                confLow: row.confLow, confHigh: row.confHigh, rateSmoothed: row.rateSmoothed, rank: rank))
        }
        for entry in withoutPopulation {
            ranked.append(Row(
                code: entry.region.code, name: entry.region.name, deaths: entry.deaths, population: nil,
                rate: nil, confLow: nil, confHigh: nil, rateSmoothed: nil, rank: nil))
        }

        self.per = per
        self.ci = method
        self.confidence = confidence
        self.denominator = column
        self.unassigned = counts.unassigned
        self.regions = ranked
    }
}
