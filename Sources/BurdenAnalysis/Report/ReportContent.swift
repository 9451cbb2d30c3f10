import BurdenData
import BurdenStats

/// Everything a report shows, computed by the analyses with the options of the
/// commands that print them alone — so that a report and `warburden rates`,
/// `groups`, `model`, `inequality` and `trends` give the same numbers.
///
/// Only the rate table is required. Analyses the data cannot support (a user's
/// region table without covariates, a counts table without periods) are left out
/// and listed in ``omitted`` with the reason, never dropped silently.
public struct ReportContent: Sendable {
    /// What the report computes.
    public struct Options: Sendable, Hashable {
        /// The population column; the table's default when `nil`.
        public var denominator: String?
        /// The confidence level of every interval.
        public var confidence = 0.95
        /// The interval method of the rates.
        public var rateInterval: ProportionInterval.Method = .wilsonCC
        /// The covariates of the regression models (the published model by default).
        public var modelCovariates = ["percBelowSubsistence", "percentNonRus"]
        /// The covariate that ranks regions from poor to rich for the inequality measures.
        public var rankBy = "mean_income_2020"
        /// The covariate whose fifths of the population are compared.
        public var fifthsBy = "below_subsistence_pct_2020"
        /// The covariates plotted against the rates; when none is in the table, every
        /// numeric column but the denominator.
        public var scatterCovariates = [
            "below_subsistence_pct_2020", "mean_income_2020", "unemployment_pct_2020", "urban_share_2021",
            "non_russian_share_men_2010",
        ]

        /// Baseline, fit, ages and target years of the excess mortality; the published
        /// choices (Kobak et al. 2025) when `nil`.
        public var excessSettings: ExcessSettings?

        /// The defaults.
        public init() {}
    }

    /// A part of the report that could not be computed, and why.
    public struct Omission: Sendable, Hashable {
        /// The part (`inequality`, `model_ols`…).
        public let part: String
        /// The reason, as the analysis gave it.
        public let reason: String
    }

    /// The options used.
    public let options: Options
    /// The region table (names, covariate labels).
    public let table: RegionTable
    /// The input, the filter and what it left out.
    public let scope: AnalysisScope
    /// The import ledger, for a list.
    public let ledger: ImportLedger?
    /// The files read, with their checksums.
    public let inputs: [InputFile]
    /// Counts, period and overall rate.
    public let headline: ReportHeadline
    /// The regional rate table (`warburden rates`).
    public let rates: RegionalRates
    /// Gini, concentration index, fifths and capitals (`warburden inequality`).
    public let inequality: BurdenInequality?
    /// Groups of regions: macro-region, national republic, fifths by ``Options/fifthsBy`` (`warburden groups`).
    public let regionGroups: [GroupBurden]
    /// Deaths by unit type, with mean ages (`warburden groups --by unit-type`).
    public let unitTypes: GroupBurden?
    /// The OLS of the rate and the Poisson model of deaths on ``Options/modelCovariates`` (`warburden model`).
    public let models: [RegionalModel]
    /// Deaths per month by unit type (`warburden trends --by unit-type`).
    public let monthly: Trends?
    /// Deaths per quarter by macro-region (`warburden trends --by macro-region --period quarter`).
    public let regionalShares: Trends?
    /// The rates against each covariate.
    public let relations: [CovariateRelation]
    /// Excess male mortality nationally and by region (`warburden excess --by region`),
    /// when vital statistics were given.
    public let excess: ExcessMortality?
    /// How much of the excess the list names, by region (`warburden coverage`), when
    /// vital statistics were given with a list.
    public let coverage: NamedCoverage?
    /// What could not be computed.
    public let omitted: [Omission]
    /// Claimed, named and estimated losses per year on one axis (`warburden volume`), when
    /// a claimed series is given.
    public let volume: LossVolume?

    /// Runs the analyses.
    ///
    /// - Parameters:
    ///   - dataset: the data, as every analysis command loads it.
    ///   - inputs: the files read, for the methods section.
    ///   - deaths: vital statistics (deaths by region, year, age group and sex) for the
    ///     excess mortality and the list's coverage of it; none when `nil`.
    ///   - volume: a claimed series and published estimates for the loss-volume section;
    ///     none when `nil`.
    ///   - options: what to compute.
    /// - Throws: ``AnalysisError`` when the rate table cannot be computed.
    public init(
        dataset: AnalysisDataset, inputs: [InputFile] = [], deaths: DeathsTable? = nil, volume: VolumeInputs? = nil,
        options: Options = Options()
    ) throws(AnalysisError) {
        let table = dataset.table
        let counts = dataset.counts
        let denominator = options.denominator
        let confidence = options.confidence
        var omitted: [Omission] = []
        func attempt<T>(_ part: String, _ body: () throws(AnalysisError) -> T) -> T? {
            do {
                return try body()
            } catch {
                omitted.append(Omission(part: part, reason: error.message))
                return nil
            }
        }

        // What the report needs from the records: counted as the list streamed by, or now.
        let recordCounts = dataset.recordCounts ?? dataset.records.map { ReportRecordCounts(records: $0, table: table) }
        rates = try RegionalRates(
            counts: counts, table: table, denominator: denominator, method: options.rateInterval, confidence: confidence)
        headline = ReportHeadline(dataset: dataset, dates: recordCounts?.dates, rates: rates)
        inequality = attempt("inequality") { () throws(AnalysisError) in
            try BurdenInequality(
                counts: counts, table: table, denominator: denominator, rankBy: options.rankBy, confidence: confidence)
        }

        var groups: [GroupBurden] = []
        if table.regions.contains(where: { $0.federalDistrict != nil }) {
            for grouping in [Grouping.macroRegion, .republic] {
                let result = attempt("groups_\(grouping)") { () throws(AnalysisError) in
                    try GroupBurden(
                        counts: counts, table: table, by: grouping.description, denominator: denominator,
                        groupOf: { grouping.group(of: $0) }, confidence: confidence)
                }
                if let result { groups.append(result) }
            }
        } else {
            omitted.append(Omission(part: "groups_macro-region", reason: "the region table has no federal districts"))
        }
        let fifths = attempt("groups_\(options.fifthsBy)-quintile") { () throws(AnalysisError) in
            let column = try CovariateName.column(options.fifthsBy, in: table)
            let assignment = try CovariateFifths.assign(table: table, covariate: column, denominator: denominator)
            return try GroupBurden(
                counts: counts, table: table, by: "\(options.fifthsBy)-quintile", denominator: denominator,
                groupOf: { assignment[$0.code] ?? "none" }, confidence: confidence)
        }
        if let fifths { groups.append(fifths) }
        regionGroups = groups

        if let recordCounts {
            unitTypes = GroupBurden(unitTypes: recordCounts.unitTypes, populations: [:])
            monthly = Trends(recordCounts.monthly)
            regionalShares = recordCounts.regionalShares.map(Trends.init)
            if regionalShares == nil {
                omitted.append(Omission(part: "trends_macro-region", reason: "the region table has no federal districts"))
            }
        } else if dataset.scope.input == "records" {
            (unitTypes, monthly, regionalShares) = (nil, nil, nil)
            for part in ["groups_unit-type", "trends_unit-type", "trends_macro-region"] {
                omitted.append(Omission(part: part, reason: "the list was loaded without its records"))
            }
        } else {
            unitTypes = nil
            omitted.append(Omission(part: "groups_unit-type", reason: "a counts table has no unit types"))
            monthly = attempt("trends_month") { () throws(AnalysisError) in
                try Trends(countRows: dataset.countRows ?? [], period: .month)
            }
            regionalShares = nil
            omitted.append(Omission(part: "trends_macro-region", reason: "a counts table has no records to group"))
        }

        var models: [RegionalModel] = []
        for family in [RegionalModel.Family.ols, .poisson] {
            let model = attempt("model_\(family.rawValue)") { () throws(AnalysisError) in
                try RegionalModel(
                    counts: counts, table: table, covariates: options.modelCovariates, family: family,
                    denominator: denominator, confidence: confidence)
            }
            if let model { models.append(model) }
        }
        self.models = models

        var covariates = options.scatterCovariates.filter { (try? CovariateName.column($0, in: table)) != nil }
        if covariates.isEmpty {
            let population = denominator ?? table.defaultDenominator
            covariates = table.columns.map(\.name).filter { $0 != population }
        }
        relations = covariates.compactMap { name in
            attempt("scatter_\(name)") { () throws(AnalysisError) in
                try CovariateRelation(
                    counts: counts, table: table, covariate: name, denominator: denominator, confidence: confidence)
            }
        }

        if let deaths {
            let settings = attempt("excess") { () throws(AnalysisError) -> ExcessSettings in
                if let given = options.excessSettings { return given }
                return try ExcessSettings()
            }
            if let settings, let records = dataset.records {
                coverage = attempt("coverage") { () throws(AnalysisError) in
                    try NamedCoverage(
                        records: records, deaths: deaths, table: table, settings: settings,
                        covariates: options.modelCovariates, denominator: denominator, confidence: confidence)
                }
            } else {
                coverage = nil
                if settings != nil { omitted.append(Omission(part: "coverage", reason: "a counts table has no ages or years of death")) }
            }
            excess = coverage?.excess ?? settings.flatMap { settings in
                attempt("excess") { () throws(AnalysisError) in
                    try ExcessMortality(deaths: deaths, regions: table, settings: settings, byRegion: true, denominator: denominator)
                }
            }
        } else {
            (excess, coverage) = (nil, nil)
        }

        if let volume {
            var byYear: [Int: (value: Double, plusMinus: Double)] = [:]
            for row in excess?.national ?? [] {
                if let year = row.year, let estimate = row.estimate { byYear[year] = (estimate.excess, estimate.pm) }
            }
            let scope = excess.map { "ages \($0.ageLabel), baseline \(ExcessSettings.describe($0.settings.baseline)), \($0.settings.fit.rawValue) fit" } ?? ""
            self.volume = LossVolume(
                series: volume.series, estimates: volume.estimates, records: dataset.records, excess: byYear,
                excessScope: scope, period: .year, discrepancies: volume.discrepancies)
        } else {
            self.volume = nil
        }

        self.options = options
        self.table = table
        self.scope = dataset.scope
        self.ledger = dataset.ledger
        self.inputs = inputs
        self.omitted = omitted
    }
}
