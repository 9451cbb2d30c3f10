import BurdenData
import BurdenStats

/// Observed against expected for a group (`warburden exposure`, METHODS.md §14): the
/// standardised ratio of its deaths against those expected at a population's rates,
/// or the share of its members with at least one affected relative against the share
/// families like theirs would show — with every input and where it comes from.
///
/// Every number is one the user gave (with the source they gave), one the list and
/// the region table give (the rates, the denominator, each column citing its source),
/// or one computed from those; the sensitivity table's values of R and P are what-if
/// values around the inputs, and say so.
public struct Exposure: Sendable, Hashable {
    /// One input of the answer: its name, its value as given or derived, and where it comes from.
    public struct Input: Sendable, Hashable {
        /// The option or quantity (`members`, `share`, `denominator`).
        public let name: String
        /// The value, as given or derived.
        public let value: String
        /// Where it comes from: the source the user gave, the region table's citation,
        /// or `not stated`.
        public let source: String
    }

    /// A band of the group at its reference rate (question 1 with `--group`).
    public struct ExpectedBand: Sendable, Hashable {
        /// The band of ages of the group.
        public let band: AgeGroup
        /// The region's code, for a band of one region.
        public let region: String?
        /// The group's people of those ages.
        public let people: Double
        /// The ages the rate counts: a band of a population column, or `nil` for all ages.
        public let rateAges: AgeGroup?
        /// The population column of the rate.
        public let column: String
        /// The list's deaths at those ages (those without an age shared out) and the population.
        public let deaths: Double
        public let population: Double
        /// deaths / population.
        public let rate: Double
        /// people × rate.
        public let expected: Double
    }

    /// One cell of the sensitivity table: the expected share and the ratio at one R and one P.
    public struct SensitivityRow: Sendable, Hashable {
        /// R (or its Poisson mean); `nil` for the table of the distribution.
        public let relatives: Double?
        /// P.
        public let share: Double
        /// The comparison at that R and P.
        public let comparison: ShareComparison
    }

    /// The question answered.
    public let question: ExposureQuestion
    /// The confidence level of every interval.
    public let confidence: Double
    /// Every input, with its source.
    public let inputs: [Input]

    /// Question 1: the standardised ratio.
    public let standardised: StandardisedRatio?
    /// Question 1 with a group: its bands at their reference rates.
    public let expectedBands: [ExpectedBand]
    /// Question 1 with a group: the list's deaths without an age, shared out among the ages.
    public let withoutAge: Int

    /// Question 2: the observed share against the expected one.
    public let comparison: ShareComparison?
    /// Question 2: the relatives' distribution at the low and the high end of its range.
    public let relativesLow: RelativesDistribution?
    public let relativesHigh: RelativesDistribution?
    /// Question 2: P's range (one number when known).
    public let share: ClosedRange<Double>?
    /// Question 2: the expected share and the ratio over what-if values of R and P.
    public let sensitivity: [SensitivityRow]

    /// The answer to the options' question.
    ///
    /// - Throws: ``AnalysisError`` for a question that needs a list without one, a
    ///   file the command did not read, a denominator the table lacks or whose
    ///   population is 0, a participation figure above the population.
    init(options: ExposureOptions, question: ExposureQuestion, regions: RegionTable, dataset: AnalysisDataset?, files: ExposureFiles)
        throws(AnalysisError)
    {
        self.question = question
        confidence = options.confidence.value
        let sources = Sources(options: options)
        let denominator = options.selection.denominatorColumn ?? regions.defaultDenominator
        guard regions.column(named: denominator) != nil else {
            throw AnalysisError(
                "the region table has no column '\(denominator)' (it has \(regions.columns.map(\.name).joined(separator: ", ")))")
        }
        if question.needsList, dataset == nil {
            throw AnalysisError(
                "\(question.needsRecords ? "--group needs the list's rates" : "--share \(ShareArgument.listWord) needs the list's named deaths"): give the list (warburden exposure LIST …)")
        }
        var inputs: [Input] = []
        func observedInput(_ observed: ObservedCount) -> Input {
            Input(name: observed.isUpperBound ? "observed_at_most" : "observed", value: String(observed.count), source: sources.observed)
        }
        switch question {
        case .standardisedRatio(let observed, let expected):
            inputs.append(observedInput(observed))
            let expectedCount: Double
            switch expected {
            case .given(let value):
                expectedCount = value
                inputs.append(Input(name: "expected", value: NumberRange.plain(value), source: sources.expected))
                (expectedBands, withoutAge) = ([], 0)
            case .group(let group):
                guard let dataset else { preconditionFailure("checked above") }
                let rows = try Self.groupRows(group, files: files, resolver: dataset.resolver)
                let rates = try ReferenceRates(rows: rows, dataset: dataset, denominator: denominator)
                expectedCount = rates.expected
                expectedBands = rates.bands.map { band in
                    ExpectedBand(
                        band: band.band, region: band.region, people: band.people, rateAges: band.rateAges, column: band.column,
                        deaths: band.deaths, population: band.population, rate: band.rate, expected: band.expected)
                }
                withoutAge = rates.withoutAge
                inputs.append(Input(name: "group", value: group.file ?? group.text, source: sources.expected))
                inputs.append(Input(name: "reference_rates", value: "the list's deaths over \(denominator)", source: Self.citation(denominator, in: regions)))
            }
            guard expectedCount > 0 else { throw AnalysisError("the deaths expected are 0: the list has no deaths at the group's ages") }
            standardised = StandardisedRatio(observed: observed, expected: expectedCount, confidence: confidence)
            (comparison, relativesLow, relativesHigh, share, sensitivity) = (nil, nil, nil, nil, [])

        case .shareWithRelative(let members, let observed, let relatives, let shareSource):
            inputs.append(Input(name: "members", value: String(members), source: sources.observed))
            inputs.append(observedInput(observed))
            let law = options.relativesDistribution
            let (low, high) = try Self.relatives(relatives, law: law, files: files)
            inputs.append(Input(name: "relatives", value: relatives.text, source: sources.relatives))
            inputs.append(Input(name: "relatives_distribution", value: law.rawValue, source: "the model: \(Self.lawMeaning(law))"))
            let range: ClosedRange<Double>
            switch shareSource {
            case .given(let number):
                range = number.closedRange
                inputs.append(Input(name: "share", value: number.text, source: sources.share))
            case .list:
                guard let dataset else { preconditionFailure("checked above") }
                let (deaths, population) = Self.total(dataset.counts, regions: regions, column: denominator)
                guard population > 0 else { throw AnalysisError("the population of \(denominator) is 0") }
                range = (Double(deaths) / population)...(Double(deaths) / population)
                inputs.append(Input(name: "share", value: ShareArgument.listWord, source: "the list's named deaths over \(denominator)"))
                inputs.append(Input(name: "named_deaths", value: String(deaths), source: "the list, in the regions with a population"))
                inputs.append(Input(name: "denominator", value: "\(denominator) = \(NumberRange.plain(population))", source: Self.citation(denominator, in: regions)))
            case .participants(let participants):
                let (_, population) = Self.total(RegionalCounts(deaths: [:]), regions: regions, column: denominator)
                guard population > 0 else { throw AnalysisError("the population of \(denominator) is 0") }
                guard participants.upper <= population else {
                    throw AnalysisError("--participants \(participants.text) is above the population of \(denominator) (\(NumberRange.plain(population)))")
                }
                range = (participants.lower / population)...(participants.upper / population)
                inputs.append(Input(name: "participants", value: participants.text, source: sources.share))
                inputs.append(Input(name: "denominator", value: "\(denominator) = \(NumberRange.plain(population))", source: Self.citation(denominator, in: regions)))
            }
            let expected = ExpectedShare(relatives: (low, high), share: range)
            comparison = ShareComparison(members: members, observed: observed, expected: expected, confidence: confidence)
            (relativesLow, relativesHigh, share) = (low, high, range)
            sensitivity = Self.sensitivity(
                relatives: relatives.number.map { ($0.lower, $0.upper) }, table: relatives.number == nil ? low : nil, law: law, share: range,
                members: members, observed: observed, confidence: confidence)
            (standardised, expectedBands, withoutAge) = (nil, [], 0)
        }
        inputs.append(Input(name: "confidence", value: options.confidence.text, source: "the level chosen"))
        self.inputs = inputs
    }

    /// The sources the options give, or `not stated`.
    private struct Sources {
        let observed: String, expected: String, relatives: String, share: String
        init(options: ExposureOptions) {
            let none = "not stated"
            observed = options.observedSource?.text ?? none
            expected = options.expectedSource?.text ?? none
            relatives = options.relativesSource?.text ?? "not stated: an assumption"
            share = options.shareSource?.text ?? none
        }
    }

    /// What a law says of the numbers of relatives.
    static func lawMeaning(_ law: RelativesDistribution.Law) -> String {
        switch law {
        case .fixed: "every member has the number given"
        case .poisson: "each member has a Poisson number with the mean given"
        }
    }

    /// Where a column of the region table comes from: its label and its citation.
    static func citation(_ column: String, in table: RegionTable) -> String {
        guard let found = table.column(named: column) else { return column }
        guard let source = found.source else { return "\(found.label) (the region table given)" }
        return "\(found.label): \(source.title)" + (source.year.map { ", \($0)" } ?? "") + (source.url.map { ", \($0)" } ?? "")
    }

    /// The deaths and the population of the regions with a population in `column`.
    private static func total(_ counts: RegionalCounts, regions: RegionTable, column: String) -> (deaths: Int, population: Double) {
        var (deaths, population) = (0, 0.0)
        for region in regions.regions {
            guard let value = regions.value(column, for: region.code) else { continue }
            population += value
            deaths += counts.deaths[region.code] ?? 0
        }
        return (deaths, population)
    }

    /// The group's rows: read from its file by the command, or written out, their
    /// regions resolved.
    private static func groupRows(_ group: GroupArgument, files: ExposureFiles, resolver: RegionResolver) throws(AnalysisError)
        -> [GroupSizeTable.Row]
    {
        switch group.value {
        case .file(let file):
            guard let rows = files.group else {
                throw AnalysisError("--group '\(file)' names a file, which only the command line reads: write the bands out (20-29:410,30-39:520)")
            }
            return rows
        case .rows(let rows):
            var resolved: [GroupSizeTable.Row] = []
            for row in rows {
                var code: String?
                if let region = row.region {
                    do {
                        code = try resolver.region(for: region).code
                    } catch {
                        throw AnalysisError("--group: \(error.message)")
                    }
                }
                resolved.append(GroupSizeTable.Row(band: row.band, people: row.people, region: code))
            }
            return resolved
        }
    }

    /// The relatives' distribution at the low and the high end of its range.
    private static func relatives(_ relatives: RelativesArgument, law: RelativesDistribution.Law, files: ExposureFiles)
        throws(AnalysisError) -> (RelativesDistribution, RelativesDistribution)
    {
        switch relatives.value {
        case .number(let number):
            return (RelativesDistribution(number.lower, law: law), RelativesDistribution(number.upper, law: law))
        case .table(let file):
            guard let rows = files.relatives else {
                throw AnalysisError("--relatives '\(file)' names a file, which only the command line reads: give a number or a range (3-8)")
            }
            if law == .fixed, let odd = rows.first(where: { $0.relatives != $0.relatives.rounded() }) {
                throw AnalysisError(
                    "--relatives '\(file)' has \(NumberRange.plain(odd.relatives)) relatives, not a whole number; with --relatives-distribution poisson they are means")
            }
            guard let distribution = RelativesDistribution(values: rows.map(\.relatives), weights: rows.map(\.weight), law: law) else {
                throw AnalysisError("--relatives '\(file)' is not a distribution (its weights must be ≥ 0 with a positive sum)")
            }
            return (distribution, distribution)
        }
    }
}
