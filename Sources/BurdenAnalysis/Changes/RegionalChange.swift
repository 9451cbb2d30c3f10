import BurdenData
import BurdenStats

/// What changed between two versions of a list, region by region: the new deaths,
/// and the change of the rate with its confidence interval.
///
/// Both versions are counted with the same options (filter, denominator, interval
/// method and level), so the change of a region's rate is
/// Δ = r₂ − r₁ = (d₂ − d₁) · per / N. Its interval is found from the two rates'
/// intervals by the method of variance estimates recovery (MOVER; Newcombe 1998,
/// method 10, for Wilson intervals; Zou & Donner 2008 for any):
///
/// ```
/// low  = Δ − √((r₂ − l₂)² + (u₁ − r₁)²)
/// high = Δ + √((u₂ − r₂)² + (r₁ − l₁)²)
/// ```
///
/// where (l, u) are the rates' limits by the chosen method. It treats the two counts
/// as independent; a later list that contains the earlier one makes them positively
/// correlated, so the interval is conservative (wider than needed).
///
/// References: Newcombe, R. G. (1998). Interval estimation for the difference between
/// independent proportions: comparison of eleven methods. Statistics in Medicine
/// 17(8):873–890. Zou, G. Y., Donner, A. (2008). Construction of confidence limits
/// about effect measures: a general approach. Statistics in Medicine 27(10):1693–1702.
public struct RegionalChange: Sendable, Hashable {
    /// One region's change.
    public struct Row: Sendable, Hashable {
        /// The region code (`RU-TY`).
        public let code: String
        /// The region's short name.
        public let name: String
        /// Deaths in the earlier version.
        public let deathsBefore: Int
        /// Deaths in the later version.
        public let deathsAfter: Int
        /// Deaths added (negative when the later list has fewer).
        public var newDeaths: Int { deathsAfter - deathsBefore }
        /// The population at risk; `nil` when the table has none.
        public let population: Double?
        /// The earlier rate per ``RegionalChange/per``.
        public let rateBefore: Double?
        /// The later rate.
        public let rateAfter: Double?
        /// The later rate minus the earlier one.
        public let rateChange: Double?
        /// The lower limit of the change (MOVER).
        public let confLow: Double?
        /// The upper limit of the change (MOVER).
        public let confHigh: Double?
    }

    /// The rates' unit: deaths per this many people.
    public let per: Double
    /// The interval method of the rates the change is built from.
    public let ci: ProportionInterval.Method
    /// The two-sided confidence level.
    public let confidence: Double
    /// The population column.
    public let denominator: String
    /// Deaths without a region in the earlier version.
    public let unassignedBefore: Int
    /// Deaths without a region in the later version.
    public let unassignedAfter: Int
    /// One row per region with a population or with deaths in either version, most new
    /// deaths first (then by code).
    public let regions: [Row]

    /// All deaths added, with or without a region.
    public var newDeaths: Int {
        regions.reduce(unassignedAfter - unassignedBefore) { $0 + $1.newDeaths }
    }

    /// Compares two rate tables computed with the same options.
    ///
    /// - Parameters:
    ///   - before: the rates of the earlier version.
    ///   - after: the rates of the later version.
    /// - Throws: ``AnalysisError`` when the two were computed with different options.
    public init(before: RegionalRates, after: RegionalRates) throws(AnalysisError) {
        guard before.per == after.per, before.ci == after.ci, before.confidence == after.confidence,
            before.denominator == after.denominator
        else {
            throw AnalysisError("the two versions' rates were computed with different options")
        }
        let earlier = Dictionary(before.regions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let later = Dictionary(after.regions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var codes: [String] = after.regions.map(\.code)
        codes += before.regions.map(\.code).filter { later[$0] == nil }
        var rows: [Row] = []
        for code in codes {
            let one = earlier[code]
            let two = later[code]
            let population = two?.population ?? one?.population
            var change: Double?
            var low: Double?
            var high: Double?
            if population != nil {
                let r1 = one?.rate ?? 0, l1 = one?.confLow ?? 0, u1 = one?.confHigh ?? 0
                let r2 = two?.rate ?? 0, l2 = two?.confLow ?? 0, u2 = two?.confHigh ?? 0
                if one?.rate != nil || two?.rate != nil {
                    let delta = r2 - r1
                    change = delta
                    low = delta - ((r2 - l2) * (r2 - l2) + (u1 - r1) * (u1 - r1)).squareRoot()
                    high = delta + ((u2 - r2) * (u2 - r2) + (r1 - l1) * (r1 - l1)).squareRoot()
                }
            }
            rows.append(Row(
                code: code, name: two?.name ?? one?.name ?? code, deathsBefore: one?.deaths ?? 0,
                deathsAfter: two?.deaths ?? 0, population: population,
                rateBefore: population == nil ? nil : (one?.rate ?? 0), rateAfter: population == nil ? nil : (two?.rate ?? 0),
                rateChange: change, confLow: low, confHigh: high))
        }
        rows.sort { ($0.newDeaths, $1.code) > ($1.newDeaths, $0.code) }
        self.per = after.per
        self.ci = after.ci
        self.confidence = after.confidence
        self.denominator = after.denominator
        self.unassignedBefore = before.unassigned
        self.unassignedAfter = after.unassigned
        self.regions = rows
    }
}
