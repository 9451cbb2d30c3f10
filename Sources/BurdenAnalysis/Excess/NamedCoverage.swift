import BurdenData
import BurdenStats

/// How much of the estimated excess male mortality a named list covers, region by
/// region, and whether the regional pattern of the list's rates holds on the excess
/// (METHODS.md §9).
///
/// - **Named deaths**: the list's records whose year of death (of confirmation when the
///   date of death is missing) is a target year and whose age is in the band of ages
///   (15–49 by default); the others are counted aside by reason.
/// - **Share** = named / excess, for the same years and ages. The named count is taken
///   as exact and the excess as normal with standard deviation ±; the interval inverts
///   the excess' interval E ± z·± (z = Φ⁻¹(1 − α/2)):
///   [named / (E + z·±), named / (E − z·±)], with no upper limit when E − z·± ≤ 0 (the
///   excess is then not distinguishable from zero) and no share when E ≤ 0.
/// - **Ranks**: regions ranked by excess per 100,000 of the population at risk (men
///   aged 16–61 by default), beside their rank by named deaths per 100,000, with
///   Spearman's ρ between the two.
/// - **Models**: the OLS of Bessudnov (2023), rate ~ covariates (by default
///   percBelowSubsistence + percentNonRus), fitted to the excess per 100,000 and, on the
///   same regions, to the named deaths per 100,000 (``LinearRegression``): does the
///   relationship of the list hold on the estimated toll?
public struct NamedCoverage: Sendable, Hashable {
    /// One region's (or the country's) coverage.
    public struct Row: Sendable, Hashable {
        /// The code (`RU-BU`, or the country's).
        public let code: String
        /// The name.
        public let name: String
        /// Named deaths in the target years and ages.
        public let named: Int
        /// The estimated excess over the target years (the groups that could be estimated).
        public let estimate: ExcessEstimate?
        /// Whether every age group could be estimated.
        public let isComplete: Bool
        /// The population at risk.
        public let population: Double?
        /// named / excess; `nil` when the excess is not positive.
        public let share: Double?
        /// The lower limit of the share.
        public let shareLow: Double?
        /// The upper limit of the share; `nil` when unbounded.
        public let shareHigh: Double?
        /// The rank by excess per 100,000 (1 = highest; ties share the lower rank).
        public let excessRank: Int?
        /// The rank by named deaths per 100,000 among the same regions.
        public let namedRank: Int?

        /// The excess per `per` of the population.
        public func excessRate(per: Double = 100_000) -> Double? {
            guard let estimate, let population, population > 0 else { return nil }
            return estimate.excess * per / population
        }

        /// Named deaths per `per` of the population.
        public func namedRate(per: Double = 100_000) -> Double? {
            guard let population, population > 0 else { return nil }
            return Double(named) * per / population
        }
    }

    /// What happened to the list's records.
    public struct Tally: Sendable, Hashable {
        /// Records counted: in a target year and in the band of ages.
        public var counted = 0
        /// Of those, records without a region (in the national row only).
        public var withoutRegion = 0
        /// Records dated in other years.
        public var otherYears = 0
        /// Records with neither a date of death nor of confirmation.
        public var undated = 0
        /// Records in a target year whose age is outside the band.
        public var otherAges = 0
        /// Records in a target year without an age.
        public var withoutAge = 0
    }

    /// The excess estimate the coverage is measured against.
    public let excess: ExcessMortality
    /// The confidence level of the share's interval.
    public let confidence: Double
    /// The country.
    public let national: Row
    /// The regions with rows in the deaths table, in the region table's order.
    public let regions: [Row]
    /// What happened to the list's records.
    public let tally: Tally
    /// The covariates of the models, as named by the user.
    public let covariates: [String]
    /// Excess per 100,000 ~ covariates; `nil` when it cannot be fitted (see ``modelProblem``).
    public let excessModel: LinearRegression?
    /// Named deaths per 100,000 ~ covariates, on the same regions.
    public let namedModel: LinearRegression?
    /// Why the models could not be fitted, if they could not.
    public let modelProblem: String?
    /// Regions left out of the models, and why.
    public let dropped: [RegionalFrame.Dropped]
    /// Spearman's ρ between the excess and named rates; `nil` with fewer than 3 regions.
    public let rankCorrelation: SpearmanCorrelation?

    /// Measures the coverage.
    ///
    /// - Parameters:
    ///   - records: the named list (already filtered as the user asked).
    ///   - deaths: the vital statistics.
    ///   - table: the region table.
    ///   - settings: baseline, fit, ages and target years of the excess.
    ///   - covariates: the models' covariates (table columns or published names).
    ///   - denominator: the population column; the table's default when `nil`.
    ///   - confidence: the level of the share's interval.
    /// - Throws: ``AnalysisError`` as ``ExcessMortality`` does, or for an unknown covariate.
    public init(
        records: [CasualtyRecord], deaths: DeathsTable, table: RegionTable, settings: ExcessSettings,
        covariates: [String] = ["percBelowSubsistence", "percentNonRus"], denominator: String? = nil,
        confidence: Double = 0.95
    ) throws(AnalysisError) {
        let excess = try ExcessMortality(
            deaths: deaths, regions: table, settings: settings, byRegion: true, denominator: denominator)
        let years = Set(excess.years)
        var tally = Tally()
        var named: [String: Int] = [:]
        for record in records {
            guard let year = (record.deathDate ?? record.confirmationDate)?.year else {
                tally.undated += 1
                continue
            }
            guard years.contains(year) else {
                tally.otherYears += 1
                continue
            }
            guard let age = record.age else {
                tally.withoutAge += 1
                continue
            }
            guard settings.ages.contains(age) else {
                tally.otherAges += 1
                continue
            }
            tally.counted += 1
            if let code = record.regionCode { named[code, default: 0] += 1 } else { tally.withoutRegion += 1 }
        }

        func row(_ unit: ExcessMortality.UnitRow, named: Int, excessRank: Int?, namedRank: Int?) -> Row {
            var share: Double?
            var low: Double?
            var high: Double?
            if let estimate = unit.estimate, estimate.excess > 0 {
                share = Double(named) / estimate.excess
                let interval = estimate.interval(confidence: confidence)
                low = Double(named) / interval.high
                high = interval.low > 0 ? Double(named) / interval.low : nil
            }
            return Row(
                code: unit.code, name: unit.name, named: named, estimate: unit.estimate, isComplete: unit.isComplete,
                population: unit.population, share: share, shareLow: low, shareHigh: high, excessRank: excessRank,
                namedRank: namedRank)
        }

        // Ranks among the regions with an estimate and a population.
        let ranked = excess.regionTotals.filter { $0.excessRate() != nil && $0.population != nil }
        let excessRates = ranked.map { $0.excessRate()! }
        let namedRates = ranked.map { Double(named[$0.code] ?? 0) * 100_000 / $0.population! }
        let excessRanks = Dictionary(uniqueKeysWithValues: zip(ranked.map(\.code), Self.ranks(excessRates)))
        let namedRanks = Dictionary(uniqueKeysWithValues: zip(ranked.map(\.code), Self.ranks(namedRates)))

        self.excess = excess
        self.confidence = confidence
        self.tally = tally
        self.national = row(excess.nationalTotal, named: tally.counted, excessRank: nil, namedRank: nil)
        self.regions = excess.regionTotals.map {
            row($0, named: named[$0.code] ?? 0, excessRank: excessRanks[$0.code], namedRank: namedRanks[$0.code])
        }
        self.covariates = covariates
        self.rankCorrelation = ranked.count >= 3 ? try? SpearmanCorrelation(excessRates, namedRates) : nil

        // The models: the regions with every covariate (RegionalFrame) and an excess rate.
        let rates = Dictionary(uniqueKeysWithValues: ranked.map { ($0.code, $0.excessRate()!) })
        var dropped: [RegionalFrame.Dropped] = []
        var fits: (excess: LinearRegression, named: LinearRegression)?
        var problem: String?
        do {
            let frame = try RegionalFrame(
                counts: RegionalCounts(deaths: named), table: table, denominator: excess.denominator, covariates: covariates)
            dropped = frame.dropped
            let namedRates = frame.rates()
            var keep: [Int] = []
            for (index, region) in frame.regions.enumerated() {
                if rates[region.code] != nil {
                    keep.append(index)
                } else {
                    dropped.append(RegionalFrame.Dropped(code: region.code, name: region.name, reason: "no excess estimate"))
                }
            }
            let columns = zip(covariates, frame.covariates).map { name, column in
                (name: name, values: keep.map { column.values[$0] })
            }
            do {
                let design = try DesignMatrix(columns: columns)
                fits = (
                    try LinearRegression(
                        response: keep.map { rates[frame.regions[$0].code]! }, design: design, confidence: confidence),
                    try LinearRegression(response: keep.map { namedRates[$0] }, design: design, confidence: confidence)
                )
            } catch {
                problem = "the models cannot be fitted on \(keep.count) regions: \(error)"
            }
        } catch {
            problem = "the models cannot be fitted: \(error)"
        }
        self.excessModel = fits?.excess
        self.namedModel = fits?.named
        self.modelProblem = problem
        self.dropped = dropped
    }

    /// Ranks from the highest value (1); equal values share the lower rank.
    static func ranks(_ values: [Double]) -> [Int] {
        let order = values.indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var ranks = [Int](repeating: 0, count: values.count)
        for (position, index) in order.enumerated() {
            let previous = position > 0 ? order[position - 1] : nil
            ranks[index] = previous.map { values[$0] == values[index] ? ranks[$0] : position + 1 } ?? 1
        }
        return ranks
    }
}
