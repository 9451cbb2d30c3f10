import BurdenData
import BurdenStats

/// Deaths by group against the group's population: deaths, share of deaths,
/// population, share of population, and the relative risk against the rest with its
/// Koopman score interval (METHODS.md §3).
///
/// Region groupings (federal district, macro-region, republic, covariate fifths) sum
/// the regions' deaths and populations; the relative risk is the group's rate over the
/// rate of all other regions. Population groupings (an ethnicity the user coded, with
/// census counts by group) compare the group's share of the dead with its share of the
/// population: RR = (dₐ/D)/(Pₐ/P) — the form of Bessudnov (2023): Tuvans 210 of 20,253
/// named dead against 49,050 of 22,032,860 men → 4.657596 [4.070133, 5.328843].
/// Groupings with no population (unit types) give deaths and shares only.
public struct GroupBurden: Sendable, Hashable {
    /// One group.
    public struct Row: Sendable, Hashable {
        /// The region within which groups are compared (within-region comparisons), else `nil`.
        public let region: String?
        public let group: String
        public let deaths: Double
        public let deathShare: Double
        public let population: Double?
        public let populationShare: Double?
        /// The relative risk against the rest, with its interval.
        public let relativeRisk: RelativeRisk.Estimate?
        /// The mean age at death of the group's records with an age (lists only).
        public var meanAge: Double? = nil
    }

    /// What the groups are.
    public let by: String
    /// The interval method of the relative risks.
    public let method: RelativeRisk.Method
    public private(set) var rows: [Row]
    /// Deaths that fall in no group (no region, or a group the population file lacks).
    public let ungrouped: Double
    /// The mean age at death over all records with an age (lists only).
    public private(set) var meanAge: Double? = nil

    /// Groups of regions: each region in one group.
    public init(
        counts: RegionalCounts, table: RegionTable, by label: String, denominator: String? = nil,
        groupOf: (Region) -> String, method: RelativeRisk.Method = .score, confidence: Double = 0.95
    ) throws(AnalysisError) {
        let frame = try RegionalFrame(counts: counts, table: table, denominator: denominator)
        var deaths: [String: Double] = [:]
        var population: [String: Double] = [:]
        for (index, region) in frame.regions.enumerated() {
            let group = groupOf(region)
            deaths[group, default: 0] += frame.deaths[index]
            population[group, default: 0] += frame.populations[index]
        }
        let totalDeaths = deaths.values.reduce(0, +)
        let totalPopulation = population.values.reduce(0, +)
        rows = deaths.keys.sorted().map { group in
            let d = deaths[group]!
            let p = population[group]!
            let risk =
                totalPopulation > p
                ? RelativeRisk.estimate(
                    eventsA: d, totalA: p, eventsB: totalDeaths - d, totalB: totalPopulation - p, method: method,
                    confidence: confidence) : nil
            return Row(
                region: nil, group: group, deaths: d, deathShare: d / totalDeaths, population: p,
                populationShare: p / totalPopulation, relativeRisk: risk)
        }
        self.by = label
        self.method = method
        self.ungrouped = Double(counts.total) - totalDeaths
    }

    /// Groups of people (an ethnicity, a unit type): deaths per group, with populations
    /// per group when known. With `region` keys the comparison is made within each
    /// region (the share of a group among the region's dead against its share among the
    /// region's population).
    ///
    /// - Parameters:
    ///   - deaths: deaths per (region or `nil`, group).
    ///   - populations: population per (region or `nil`, group); empty when there is none.
    public init(
        by label: String, deaths: [GroupKey: Double], populations: [GroupKey: Double],
        method: RelativeRisk.Method = .score, confidence: Double = 0.95
    ) {
        var rows: [Row] = []
        var ungrouped = 0.0
        let regions = Set(deaths.keys.map(\.region)).sorted { ($0 ?? "") < ($1 ?? "") }
        for region in regions {
            let keys = deaths.keys.filter { $0.region == region }.sorted { $0.group < $1.group }
            let totalDeaths = keys.reduce(0) { $0 + deaths[$1]! }
            let known = keys.filter { populations[$0] != nil }
            let totalPopulation = populations.filter { $0.key.region == region }.values.reduce(0, +)
            let deathsWithPopulation = known.reduce(0) { $0 + deaths[$1]! }
            for key in keys {
                let d = deaths[key]!
                guard !populations.isEmpty else {
                    rows.append(Row(region: region, group: key.group, deaths: d, deathShare: d / totalDeaths,
                                    population: nil, populationShare: nil, relativeRisk: nil))
                    continue
                }
                guard let p = populations[key] else {
                    ungrouped += d
                    continue
                }
                let risk = RelativeRisk.estimate(
                    eventsA: d, totalA: deathsWithPopulation, eventsB: p, totalB: totalPopulation, method: method,
                    confidence: confidence)
                rows.append(Row(
                    region: region, group: key.group, deaths: d, deathShare: d / deathsWithPopulation, population: p,
                    populationShare: p / totalPopulation, relativeRisk: risk))
            }
        }
        self.by = label
        self.method = method
        self.rows = rows
        self.ungrouped = ungrouped
    }

    /// Groups of a list's records by unit type or ethnicity label, with mean ages; with
    /// populations per group (and region, `withinRegion`), relative risks as above.
    public init(
        records: [CasualtyRecord], grouping: Grouping, withinRegion: Bool, populations: [GroupKey: Double],
        method: RelativeRisk.Method = .score, confidence: Double = 0.95
    ) {
        if grouping == .unitType, !withinRegion {
            // The common case, counted by the enumeration (no string keys per record).
            var tally = UnitTypeTally()
            for record in records { tally.add(record) }
            self.init(unitTypes: tally, populations: populations, method: method, confidence: confidence)
            return
        }
        var deaths: [GroupKey: Double] = [:]
        var ages: [GroupKey: (sum: Double, count: Double)] = [:]
        var all = (sum: 0.0, count: 0.0)
        for record in records {
            let group = grouping == .unitType ? record.unitType.rawValue : record.ethnicity ?? "unknown"
            let key = GroupKey(region: withinRegion ? record.regionCode ?? "" : nil, group: group)
            deaths[key, default: 0] += 1
            if let age = record.age {
                ages[key, default: (0, 0)].sum += Double(age)
                ages[key, default: (0, 0)].count += 1
                all = (all.sum + Double(age), all.count + 1)
            }
        }
        self.init(by: grouping.description, deaths: deaths, populations: populations, method: method, confidence: confidence)
        setMeanAges(ages, overall: all)
    }

    /// Groups of a list's records by unit type, from a tally of them (see
    /// ``UnitTypeTally``), with mean ages; with populations per unit type, relative risks.
    public init(
        unitTypes tally: UnitTypeTally, populations: [GroupKey: Double], method: RelativeRisk.Method = .score,
        confidence: Double = 0.95
    ) {
        var deaths: [GroupKey: Double] = [:]
        var ages: [GroupKey: (sum: Double, count: Double)] = [:]
        var all = (sum: 0.0, count: 0.0)
        for (unit, entry) in zip(UnitType.allCases, tally.entries) where entry.deaths > 0 {
            let key = GroupKey(region: nil, group: unit.rawValue)
            deaths[key] = entry.deaths
            if entry.ages > 0 { ages[key] = (entry.ageSum, entry.ages) }
            all = (all.sum + entry.ageSum, all.count + entry.ages)
        }
        self.init(by: Grouping.unitType.description, deaths: deaths, populations: populations, method: method, confidence: confidence)
        setMeanAges(ages, overall: all)
    }

    /// Each row's mean age, and the overall one, from sums and counts of ages.
    private mutating func setMeanAges(_ ages: [GroupKey: (sum: Double, count: Double)], overall all: (sum: Double, count: Double)) {
        rows = rows.map { row in
            var row = row
            if let age = ages[GroupKey(region: row.region, group: row.group)], age.count > 0 { row.meanAge = age.sum / age.count }
            return row
        }
        meanAge = all.count > 0 ? all.sum / all.count : nil
    }

    /// Groups of a counts table's `group` column.
    ///
    /// - Throws: ``AnalysisError`` when a row has no group.
    public init(
        countRows: [CountsTableReader.Row], by label: String, withinRegion: Bool, populations: [GroupKey: Double],
        method: RelativeRisk.Method = .score, confidence: Double = 0.95
    ) throws(AnalysisError) {
        var deaths: [GroupKey: Double] = [:]
        for row in countRows {
            guard let group = row.group else { throw AnalysisError("--by \(label) needs a group column in the counts table") }
            deaths[GroupKey(region: withinRegion ? row.regionCode ?? "" : nil, group: group), default: 0] += Double(row.deaths)
        }
        self.init(by: label, deaths: deaths, populations: populations, method: method, confidence: confidence)
    }

    /// A group, within a region or overall.
    public struct GroupKey: Sendable, Hashable {
        public let region: String?
        public let group: String

        public init(region: String?, group: String) {
            self.region = region
            self.group = group
        }
    }
}
