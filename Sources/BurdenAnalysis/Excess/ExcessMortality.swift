import BurdenData
import BurdenStats

/// Excess male mortality from vital statistics, by age group, nationally and by
/// region (METHODS.md §9, after Kobak et al. 2025).
///
/// For each age group the sex ratio of deaths is projected from the baseline years to
/// the target year (``SexRatioTrend``); the expected male deaths are the projected
/// ratio times the female deaths observed, and the excess is what the men's deaths
/// exceed them by. Age groups are summed with ± in quadrature; so are regions, beside
/// the national estimate. The method is not additive — a ratio fitted to a sum is not
/// the sum of the ratios fitted to its parts — so the sum of the regions differs from
/// the national estimate, and both are reported.
///
/// **Published** (Kobak et al. 2025, Rosstat 1990–2022, K = 5 linear): Russia, 2022,
/// ages 15–49: 23,594 ± 1,568.
///
/// The national series are the table's country rows, or, when it has none, the sums
/// of its regions' rows. A national count that is missing is an error; a region's
/// missing count, or an age group with no female deaths (an infinite ratio), makes
/// that group *not estimable* for the region, listed with the reason, and the rest
/// goes on: the region's sum is then over the groups that could be estimated.
public struct ExcessMortality: Sendable, Hashable {
    /// One age group of one unit in one target year.
    public struct AgeRow: Sendable, Hashable {
        /// The unit's code (`RU`, `RU-BU`).
        public let code: String
        /// The unit's name.
        public let name: String
        /// The target year.
        public let year: Int
        /// The age group.
        public let ageGroup: AgeGroup
        /// Observed, expected, excess and ±.
        public let estimate: ExcessEstimate
        /// The projected sex ratio r̂_t.
        public let predictedRatio: Double
    }

    /// A unit's estimate summed over the age groups, for one target year or for all.
    public struct UnitRow: Sendable, Hashable {
        /// The unit's code.
        public let code: String
        /// The unit's name.
        public let name: String
        /// The target year; `nil` for the sum over all target years.
        public let year: Int?
        /// The sum over the age groups that could be estimated; `nil` when none could.
        public let estimate: ExcessEstimate?
        /// How many age groups the sum holds.
        public let groupsEstimated: Int
        /// How many age groups the ages span.
        public let groupsTotal: Int
        /// The population at risk (the denominator column), when known.
        public let population: Double?
        /// Years used (baseline or target) whose age groups do not add up to the total row.
        public let inconsistentYears: [Int]

        /// Whether every age group could be estimated.
        public var isComplete: Bool { groupsEstimated == groupsTotal }

        /// The excess per `per` of the population; `nil` without an estimate or a population.
        public func excessRate(per: Double = 100_000) -> Double? {
            guard let estimate, let population, population > 0 else { return nil }
            return estimate.excess * per / population
        }
    }

    /// An age group that could not be estimated for a unit, and why.
    public struct NotEstimable: Sendable, Hashable {
        /// The unit's code.
        public let code: String
        /// The unit's name.
        public let name: String
        /// The target year; `nil` when the baseline itself failed (every year is affected).
        public let year: Int?
        /// The age group.
        public let ageGroup: AgeGroup
        /// Why (`no female deaths in 2022`).
        public let reason: String
    }

    /// The national estimate beside the sum of the regional estimates.
    public struct Comparison: Sendable, Hashable {
        /// The target year; `nil` for all target years together.
        public let year: Int?
        /// The national estimate.
        public let national: ExcessEstimate?
        /// The sum of the regions' estimates, ± in quadrature.
        public let regionalSum: ExcessEstimate
        /// Regions in the sum.
        public let regions: Int
        /// Regions whose every age group was estimated.
        public let completeRegions: Int
    }

    /// The choices made.
    public let settings: ExcessSettings
    /// Whether every region was estimated too.
    public let byRegion: Bool
    /// The target years, ascending.
    public let years: [Int]
    /// The age groups summed, ascending: the finest partition of the ages that every
    /// baseline and target year can make up from its bands (``DeathsTable/partition(of:years:)``).
    public let ageGroups: [AgeGroup]
    /// The bands of the table inside (or across) the ages that were not summed, in the
    /// years they were not, and why (a `15-17` inside `15-19`).
    public let bandsSetAside: [AgePartition.SetAside]
    /// The label of the summed band (`15-49`).
    public var ageLabel: String { settings.ages.description }
    /// The national estimate for each target year.
    public let national: [UnitRow]
    /// The national estimate over all target years together.
    public let nationalTotal: UnitRow
    /// The national age groups for each target year.
    public let nationalAges: [AgeRow]
    /// Each region's estimate for each target year (region by region, years ascending);
    /// empty unless regions were asked for.
    public let regions: [UnitRow]
    /// Each region's estimate over all target years together.
    public let regionTotals: [UnitRow]
    /// Each region's age groups for each target year.
    public let regionalAges: [AgeRow]
    /// For each target year (and, with several, all together), the national estimate
    /// beside the sum of the regions; empty unless regions were asked for.
    public let comparisons: [Comparison]
    /// The age groups that could not be estimated, with the reason.
    public let notEstimable: [NotEstimable]
    /// Every unit, year and sex of the table whose age groups do not add up to the total row.
    public let dataChecks: [DeathsTable.Inconsistency]
    /// How the national series was made: the spelling of the country rows, or `nil`
    /// when they were summed from the regions.
    public let countrySpelling: String?
    /// Aggregates of the table other than the country (composites, districts): never
    /// added to the regions.
    public let aggregatesLeftOut: [String]
    /// Regions of the region table without rows in the deaths table (asked for regions only).
    public let regionsWithoutRows: [String]
    /// The population column of the regional rates.
    public let denominator: String
    /// The population of the country: the sum of the region table's populations.
    public let nationalPopulation: Double

    /// Estimates the excess.
    ///
    /// - Parameters:
    ///   - deaths: the vital statistics.
    ///   - regions: the region table (populations for rates per 100,000).
    ///   - settings: baseline, fit, ages, target years.
    ///   - byRegion: whether to estimate every region too.
    ///   - denominator: the population column; the table's default when `nil`.
    /// - Throws: ``AnalysisError`` when the ages do not fall on the age groups of a
    ///   baseline or target year,
    ///   a target or baseline year is missing from the table, a national count is
    ///   missing, or the denominator column is unknown.
    public init(
        deaths: DeathsTable, regions table: RegionTable, settings: ExcessSettings, byRegion: Bool, denominator: String? = nil
    ) throws(AnalysisError) {
        let column = denominator ?? table.defaultDenominator
        guard table.column(named: column) != nil else {
            let known = table.columns.map(\.name).joined(separator: ", ")
            throw AnalysisError("unknown denominator '\(column)'; the region table has: \(known)")
        }
        let known = Set(deaths.years)
        let span = deaths.years.isEmpty ? "none" : "\(deaths.years.first!)–\(deaths.years.last!)"
        for year in settings.baseline where !known.contains(year) {
            throw AnalysisError("the deaths table has no rows for \(year), a baseline year (its years: \(span))")
        }
        let years: [Int]
        if let requested = settings.years {
            for year in requested where !known.contains(year) {
                throw AnalysisError("the deaths table has no rows for \(year) (its years: \(span))")
            }
            years = requested
        } else {
            let after = max(ExcessSettings.pandemicYears.last!, settings.baseline.last!)
            years = deaths.years.filter { $0 > after }
            guard !years.isEmpty else {
                throw AnalysisError("the deaths table has no year after \(after) (its years: \(span)); name the years to estimate with --years")
            }
        }
        let partition: AgePartition
        do throws(DataError) {
            partition = try deaths.partition(of: settings.ages, years: settings.baseline + years)
        } catch {
            throw AnalysisError(error.message)
        }
        let groups = partition.groups

        let populationOf: (String) -> Double? = { code in table.value(column, for: code).flatMap { $0 > 0 ? $0 : nil } }
        var estimator = Estimator(
            deaths: deaths, settings: settings, groups: groups, years: years, inconsistencies: deaths.inconsistencies)

        // The nation: its own rows, or the sum of the regions'.
        let nationalCode: String
        let nationalName: String
        let counts: (Int, AgeGroup, Sex) -> Int?
        if let country = deaths.country {
            nationalCode = country.code
            nationalName = country.name
            counts = { year, group, sex in deaths.deaths(unit: country.code, year: year, group: group, of: partition, sex: sex) }
        } else {
            nationalCode = table.aggregates.first { $0.kind == .country }?.code ?? table.country
            nationalName = table.aggregates.first { $0.kind == .country }?.name ?? "All regions"
            let members = deaths.regions.map(\.code)
            counts = { year, group, sex in
                var sum = 0
                for code in members {
                    guard let value = deaths.deaths(unit: code, year: year, group: group, of: partition, sex: sex) else { return nil }
                    sum += value
                }
                return sum
            }
        }
        let nationalPopulation = table.regions.reduce(0.0) { $0 + (populationOf($1.code) ?? 0) }
        let nation = try estimator.unit(
            code: nationalCode, name: nationalName, population: nationalPopulation > 0 ? nationalPopulation : nil, counts: counts, strict: true)

        var regionRows: [UnitRow] = []
        var regionTotals: [UnitRow] = []
        var regionalAges: [AgeRow] = []
        var comparisons: [Comparison] = []
        var missing: [String] = []
        if byRegion {
            let present = deaths.regions.sorted { (table.row(of: $0.code) ?? .max, $0.code) < (table.row(of: $1.code) ?? .max, $1.code) }
            for region in present {
                let result = try estimator.unit(
                    code: region.code, name: region.name, population: populationOf(region.code),
                    counts: { year, group, sex in deaths.deaths(unit: region.code, year: year, group: group, of: partition, sex: sex) },
                    strict: false)
                regionRows += result.perYear
                regionTotals.append(result.total)
                regionalAges += result.ages
            }
            let codes = Set(present.map(\.code))
            missing = table.regions.map(\.code).filter { !codes.contains($0) }
            let periods: [Int?] = years.map { $0 } + (years.count > 1 ? [nil] : [])
            for period in periods {
                let rows = period.map { year in regionRows.filter { $0.year == year } } ?? regionTotals
                let estimated = rows.filter { $0.estimate != nil }
                let national = period.map { year in nation.perYear.first { $0.year == year }!.estimate } ?? nation.total.estimate
                comparisons.append(Comparison(
                    year: period, national: national, regionalSum: ExcessEstimate.sum(estimated.compactMap(\.estimate)),
                    regions: estimated.count, completeRegions: estimated.filter(\.isComplete).count))
            }
        }

        self.settings = settings
        self.byRegion = byRegion
        self.years = years
        self.ageGroups = groups
        self.bandsSetAside = partition.setAside
        self.national = nation.perYear
        self.nationalTotal = nation.total
        self.nationalAges = nation.ages
        self.regions = regionRows
        self.regionTotals = regionTotals
        self.regionalAges = regionalAges
        self.comparisons = comparisons
        self.notEstimable = estimator.notEstimable
        self.dataChecks = deaths.inconsistencies
        self.countrySpelling = deaths.country?.spelling
        self.aggregatesLeftOut = deaths.units.filter { $0.kind != .region && $0.code != deaths.country?.code }.map(\.code)
        self.regionsWithoutRows = missing
        self.denominator = column
        self.nationalPopulation = nationalPopulation
    }

    /// Estimates one unit after another, collecting the groups that could not be estimated.
    private struct Estimator {
        let deaths: DeathsTable
        let settings: ExcessSettings
        let groups: [AgeGroup]
        let years: [Int]
        let inconsistencies: [DeathsTable.Inconsistency]
        var notEstimable: [NotEstimable] = []

        mutating func unit(
            code: String, name: String, population: Double?, counts: (Int, AgeGroup, Sex) -> Int?, strict: Bool
        ) throws(AnalysisError) -> (perYear: [UnitRow], total: UnitRow, ages: [AgeRow]) {
            var ages: [AgeRow] = []
            var byYear: [Int: [ExcessEstimate]] = [:]
            var totals: [ExcessEstimate] = []
            func missing(_ year: Int, _ group: AgeGroup, _ sex: Sex, baseline: Bool) throws(AnalysisError) -> NotEstimable {
                if strict {
                    throw AnalysisError(
                        "the deaths table has no row for \(name) (\(code)), \(year), ages \(group), \(sex.rawValue)"
                            + (baseline ? " (a baseline year)" : ""))
                }
                return NotEstimable(
                    code: code, name: name, year: baseline ? nil : year, ageGroup: group,
                    reason: "no \(sex.rawValue) row for \(year)" + (baseline ? " (baseline)" : ""))
            }
            groupLoop: for group in groups {
                var male: [Int] = []
                var female: [Int] = []
                for year in settings.baseline {
                    guard let m = counts(year, group, .male) else {
                        notEstimable.append(try missing(year, group, .male, baseline: true))
                        continue groupLoop
                    }
                    guard let f = counts(year, group, .female) else {
                        notEstimable.append(try missing(year, group, .female, baseline: true))
                        continue groupLoop
                    }
                    male.append(m)
                    female.append(f)
                }
                let trend: SexRatioTrend
                do {
                    trend = try SexRatioTrend(years: settings.baseline, male: male, female: female, fit: settings.fit)
                } catch {
                    notEstimable.append(NotEstimable(code: code, name: name, year: nil, ageGroup: group, reason: error.reason + " (baseline)"))
                    continue
                }
                var targets: [(year: Int, male: Int, female: Int)] = []
                for year in years {
                    guard let m = counts(year, group, .male) else {
                        notEstimable.append(try missing(year, group, .male, baseline: false))
                        continue
                    }
                    guard let f = counts(year, group, .female) else {
                        notEstimable.append(try missing(year, group, .female, baseline: false))
                        continue
                    }
                    do {
                        let estimate = try trend.estimate(year: year, male: m, female: f)
                        ages.append(AgeRow(
                            code: code, name: name, year: year, ageGroup: group, estimate: estimate,
                            predictedRatio: trend.predictedRatio(at: year)))
                        byYear[year, default: []].append(estimate)
                        targets.append((year, m, f))
                    } catch {
                        notEstimable.append(NotEstimable(code: code, name: name, year: year, ageGroup: group, reason: error.reason))
                    }
                }
                if targets.count == years.count, let total = try? trend.estimate(years: targets) { totals.append(total) }
            }
            let flagged = Set(inconsistencies.filter { $0.code == code }.map(\.year))
            func row(_ year: Int?, _ parts: [ExcessEstimate]) -> UnitRow {
                let used = Set(settings.baseline + (year.map { [$0] } ?? years))
                return UnitRow(
                    code: code, name: name, year: year, estimate: parts.isEmpty ? nil : ExcessEstimate.sum(parts),
                    groupsEstimated: parts.count, groupsTotal: groups.count, population: population,
                    inconsistentYears: flagged.filter(used.contains).sorted())
            }
            return (years.map { row($0, byYear[$0] ?? []) }, row(nil, totals), ages)
        }
    }
}
