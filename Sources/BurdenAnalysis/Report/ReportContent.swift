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

        /// The splits of the men whose death rates "who within the regions" estimates
        /// (``WithinOptions``); none by default, as its sampler takes a minute or more.
        public var within: [WithinSettings.Split] = []

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
    /// Who within the regions, for each split of ``Options/within`` (`warburden within`).
    public let within: [WithinRegions]
    /// Claimed, named and estimated losses per year on one axis (`warburden volume`), when
    /// a claimed series is given.
    public let volume: LossVolume?
    /// Observed against expected for the groups of an exposure file (`warburden
    /// exposure`), each with its case; a case that cannot be answered is omitted.
    public let exposures: [(question: ExposureCase, answer: Exposure)]
    /// Recruits claimed against losses claimed and estimated, per year, since the war's
    /// start (`warburden balance`, at its defaults), when claims, a claimed series and an
    /// estimate are given; the list's records are its named killed.
    public let balance: ReplacementBalance?

    /// The filter and the denominator every part ran with, as the analyses' options
    /// give them (`--from`, `--unit-type`…).
    public let selection: SelectionOptions
    /// The parts computed by an analysis, each with the options it ran with, in the
    /// order a reader would run them: rates, inequality, groups, models, unit types and
    /// trends, excess mortality and coverage.
    public let parts: [Part]

    /// Runs the analyses, each through its specification (``RatesOptions``,
    /// ``GroupsOptions``…) as its command runs it, with the filter of `dataset` and the
    /// choices of `options`.
    ///
    /// A list read without its records (counted as it streamed by, ``ReportRecordCounts``)
    /// has its unit types and trends from those counts, with the parameters of the
    /// same specifications.
    ///
    /// - Parameters:
    ///   - dataset: the data, as every analysis command loads it.
    ///   - inputs: the files read, for the methods section.
    ///   - deaths: vital statistics (deaths by region, year, age group and sex) for the
    ///     excess mortality and the list's coverage of it; none when `nil`.
    ///   - volume: a claimed series and published estimates for the loss-volume section;
    ///     none when `nil`.
    ///   - exposure: questions of observed against expected, answered with the list's
    ///     rates and named deaths where they need them.
    ///   - balance: claims, decrees, a claimed series and an estimate for the replacement
    ///     balance; none when `nil`.
    ///   - options: what to compute.
    /// - Throws: ``AnalysisError`` when the rate table cannot be computed, or the
    ///   options are outside their ranges.
    public init(
        dataset: AnalysisDataset, inputs: [InputFile] = [], deaths: DeathsTable? = nil, volume: VolumeInputs? = nil,
        exposure: [ExposureCase] = [], balance: BalanceInputs? = nil, options: Options = Options()
    ) throws(AnalysisError) {
        let table = dataset.table
        let filter = dataset.scope.filter
        var omitted: [Omission] = []
        func attempt<T>(_ part: String, _ body: () throws(AnalysisError) -> T) -> T? {
            do {
                return try body()
            } catch {
                omitted.append(Omission(part: part, reason: error.message))
                return nil
            }
        }
        /// Runs a part through its specification; the part, with its result, or `nil` when it failed.
        func run<Spec: AnalysisSpecification, Result>(
            _ name: String, inputs: [Part.Input] = [.list], _ specification: () throws(AnalysisError) -> Spec,
            _ body: (Spec) throws(AnalysisError) -> Result
        ) -> (part: Part, result: Result)? {
            attempt(name) { () throws(AnalysisError) in
                let spec = try specification()
                return (Part(name: name, specification: spec, inputs: inputs), try body(spec))
            }
        }

        // What the report needs from the records: counted as the list streamed by, or now.
        let recordCounts = dataset.recordCounts ?? dataset.records.map { ReportRecordCounts(records: $0, table: table) }
        let ratesSpec = try options.rates(filter)
        rates = try ratesSpec.run(on: dataset)
        selection = ratesSpec.selection
        headline = ReportHeadline(dataset: dataset, dates: recordCounts?.dates, rates: rates)
        let inequalityPart = run("inequality", { () throws(AnalysisError) in try options.inequality(filter) }) {
            (spec) throws(AnalysisError) in try spec.run(on: dataset)
        }
        inequality = inequalityPart?.result

        var groups: [(part: Part, result: GroupBurden)] = []
        if table.regions.contains(where: { $0.federalDistrict != nil }) {
            for grouping in [Grouping.macroRegion, .republic] {
                let result = run("groups_\(grouping)", { () throws(AnalysisError) in try options.groups(.regions(grouping), filter) }) {
                    (spec) throws(AnalysisError) in try spec.run(on: dataset)
                }
                if let result { groups.append(result) }
            }
        } else {
            omitted.append(Omission(part: "groups_macro-region", reason: "the region table has no federal districts"))
        }
        let fifths = run("groups_\(options.fifthsBy)-quintile", { () throws(AnalysisError) in try options.groups(.quintile(options.fifthsBy), filter) }) {
            (spec) throws(AnalysisError) in try spec.run(on: dataset)
        }
        if let fifths { groups.append(fifths) }
        regionGroups = groups.map(\.result)

        var unitTypesPart: Part?
        var trendParts: [Part] = []
        if let recordCounts {
            // Through the specifications when the records are at hand, from their counts otherwise.
            let units = run("groups_unit-type", { () throws(AnalysisError) in try options.groups(.unitType, filter) }) {
                (spec) throws(AnalysisError) in
                dataset.records == nil
                    ? GroupBurden(unitTypes: recordCounts.unitTypes, populations: [:], method: spec.ci, confidence: spec.confidence.value)
                    : try spec.run(on: dataset)
            }
            (unitTypesPart, unitTypes) = (units?.part, units?.result)
            let monthlyPart = run("trends_unit-type", { () throws(AnalysisError) in try options.trends(.unitType, .month, filter) }) {
                (spec) throws(AnalysisError) in dataset.records == nil ? Trends(recordCounts.monthly) : try spec.run(on: dataset)
            }
            monthly = monthlyPart?.result
            if let monthlyPart { trendParts.append(monthlyPart.part) }
            if let counter = recordCounts.regionalShares {
                let sharesPart = run("trends_macro-region", { () throws(AnalysisError) in try options.trends(.macroRegion, .quarter, filter) }) {
                    (spec) throws(AnalysisError) in dataset.records == nil ? Trends(counter) : try spec.run(on: dataset)
                }
                regionalShares = sharesPart?.result
                if let sharesPart { trendParts.append(sharesPart.part) }
            } else {
                regionalShares = nil
                omitted.append(Omission(part: "trends_macro-region", reason: "the region table has no federal districts"))
            }
        } else if dataset.scope.input == .records {
            (unitTypes, monthly, regionalShares) = (nil, nil, nil)
            for part in ["groups_unit-type", "trends_unit-type", "trends_macro-region"] {
                omitted.append(Omission(part: part, reason: "the list was loaded without its records"))
            }
        } else {
            unitTypes = nil
            omitted.append(Omission(part: "groups_unit-type", reason: "a counts table has no unit types"))
            let monthlyPart = run("trends_month", { () throws(AnalysisError) in try options.trends(.none, .month, filter) }) {
                (spec) throws(AnalysisError) in try spec.run(on: dataset)
            }
            monthly = monthlyPart?.result
            if let monthlyPart { trendParts.append(monthlyPart.part) }
            regionalShares = nil
            omitted.append(Omission(part: "trends_macro-region", reason: "a counts table has no records to group"))
        }

        var models: [(part: Part, result: RegionalModel)] = []
        for family in [RegionalModel.Family.ols, .poisson] {
            let model = run("model_\(family.rawValue)", { () throws(AnalysisError) in try options.model(family, filter) }) {
                (spec) throws(AnalysisError) in try spec.run(on: dataset)
            }
            if let model { models.append(model) }
        }
        self.models = models.map(\.result)

        let denominator = options.denominator
        var covariates = options.scatterCovariates.filter { (try? CovariateName.column($0, in: table)) != nil }
        if covariates.isEmpty {
            let population = denominator ?? table.defaultDenominator
            covariates = table.columns.map(\.name).filter { $0 != population }
        }
        relations = covariates.compactMap { name in
            attempt("scatter_\(name)") { () throws(AnalysisError) in
                try CovariateRelation(
                    counts: dataset.counts, table: table, covariate: name, denominator: denominator,
                    confidence: options.confidence)
            }
        }

        var excessParts: [Part] = []
        if let deaths {
            let excessSpec = attempt("excess") { () throws(AnalysisError) in try options.excess() }
            if excessSpec != nil, dataset.records != nil {
                let coveragePart = run("coverage", inputs: [.list, .mortality], { () throws(AnalysisError) in try options.coverage(filter) }) {
                    (spec) throws(AnalysisError) in try spec.run(on: dataset, deaths: deaths)
                }
                coverage = coveragePart?.result
                if let coveragePart { excessParts.append(coveragePart.part) }
            } else {
                coverage = nil
                if excessSpec != nil { omitted.append(Omission(part: "coverage", reason: "a counts table has no ages or years of death")) }
            }
            if let excessSpec {
                excess = coverage?.excess ?? attempt("excess") { () throws(AnalysisError) in try excessSpec.run(deaths: deaths, regions: table) }
                if excess != nil { excessParts.insert(Part(name: "excess", specification: excessSpec, inputs: [.mortality]), at: 0) }
            } else {
                excess = nil
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
                excessScope: scope, period: .year, discrepancies: volume.discrepancies, estimated: volume.estimated)
        } else {
            self.volume = nil
        }

        var exposureParts: [Part] = []
        var exposures: [(question: ExposureCase, answer: Exposure)] = []
        for (index, question) in exposure.enumerated() {
            let name = "exposure_\(index + 1)"
            let answer = attempt(name) { () throws(AnalysisError) in
                let asked = try question.options.question()
                let answer = try question.options.run(regions: table, dataset: asked.needsList ? dataset : nil, files: question.files)
                exposureParts.append(Part(name: name, specification: question.options, inputs: asked.needsList ? [.list] : []))
                return answer
            }
            if let answer { exposures.append((question, answer)) }
        }
        self.exposures = exposures
        var balanceParts: [Part] = []
        if let balance {
            let files: [Part.Input] = [.option("claims", .claims)] + (inputs.contains { $0.role == .decrees } ? [.option("decrees", .decrees)] : [])
                + [.option("series", .series), .option("estimate", .estimate)] + (dataset.records == nil ? [] : [.option("records", .list)])
            let named = dataset.records.map(BalanceInputs.Named.records)
            let part = run("balance", inputs: files, { () throws(AnalysisError) in try BalanceOptions.make() }) { (spec) throws(AnalysisError) in
                try spec.run(on: BalanceInputs(
                    claims: balance.claims, decrees: balance.decrees, claimedLosses: balance.claimedLosses, estimate: balance.estimate,
                    named: named ?? balance.named))
            }
            self.balance = part?.result
            if let part { balanceParts.append(part.part) }
        } else {
            self.balance = nil
        }

        var withinParts: [(part: Part, result: WithinRegions)] = []
        for split in options.within {
            let result = run("within_\(split.rawValue)", { () throws(AnalysisError) in try options.within(split, filter) }) {
                (spec) throws(AnalysisError) in try spec.run(on: dataset)
            }
            if let result { withinParts.append(result) }
        }
        within = withinParts.map(\.result)

        parts = [Part(name: "rates", specification: ratesSpec)] + [inequalityPart?.part].compactMap { $0 } + groups.map(\.part)
            + models.map(\.part) + [unitTypesPart].compactMap { $0 } + trendParts + excessParts
            + withinParts.map(\.part) + exposureParts + balanceParts
        self.options = options
        self.table = table
        self.scope = dataset.scope
        self.ledger = dataset.ledger
        self.inputs = inputs
        self.omitted = omitted
    }
}
