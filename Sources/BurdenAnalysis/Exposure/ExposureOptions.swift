import ArgumentParser
import BurdenData
import BurdenStats

/// The options of observed against expected (`warburden exposure`,
/// `GET /datasets/{id}/exposure`): one of two questions (``ExposureQuestion``).
///
/// 1. Deaths in a group against those expected at a population's rates: `--observed`
///    (or `--observed-at-most`) with `--expected`, or with `--group` (its size by age
///    band) and the list's rates.
/// 2. Members with at least one affected relative against the share expected:
///    `--members` and `--observed` (or `--observed-at-most`), `--relatives` and
///    `--relatives-distribution`, and `--share` (or `--participants`).
///
/// Each option's value is checked by `validate()`; options that exclude each other, or
/// are not enough for either question, are refused by ``question()``, which the
/// command calls in its own `validate()` (a usage error) and the API answers with 422.
public struct ExposureOptions: AnalysisSpecification {
    public static let name = "exposure"
    public static let abstract =
        "Observed against expected for a group: the standardised ratio of its deaths, or the share of its members with an affected relative."

    /// O, or K: the count observed.
    @Option(help: .number("The count observed: deaths in the group, or members with at least one affected relative", PeopleCount.self, valueName: "count"))
    public var observed: PeopleCount?

    /// O or K known only as an upper bound ("fewer than 1 %" of 1,329 is at most 13).
    @Option(help: .number("The count observed, known only as an upper bound (the ratio is then a bound too)", PeopleCount.self, valueName: "count"))
    public var observedAtMost: PeopleCount?

    /// E, the deaths expected.
    @Option(help: .number("The deaths expected in the group (question 1)", ExpectedCount.self, valueName: "count"))
    public var expected: ExpectedCount?

    /// The group's size by age band, for E at the list's rates.
    @Option(
        help: ArgumentHelp(
            "The group's size by age band, for the deaths expected at the list's rates (question 1): a file of age_band,people[,region], or written out: 20-29:410,30-39:520.",
            valueName: "file"))
    public var group: GroupArgument?

    /// N, the members of the group.
    @Option(help: .number("The members of the group (question 2)", MemberCount.self, valueName: "count"))
    public var members: MemberCount?

    /// R, the relatives of the kind that counts per member.
    @Option(
        help: ArgumentHelp(
            "Relatives of the kind that counts per member (male relatives of service age, say), or their mean: a number, a range such as 3-8 (\(RelativesMeaning.range)), or a table file of relatives,members.",
            valueName: "number|range|file"))
    public var relatives: RelativesArgument?

    /// How R is distributed about the number given.
    @Option(
        help: ArgumentHelp(
            "How the relatives are spread over the members: the number given for every member, or a Poisson number with that mean.",
            valueName: "law"))
    public var relativesDistribution: RelativesDistribution.Law = .fixed

    /// P, the probability that one such relative was affected.
    @Option(
        help: ArgumentHelp(
            "The probability that one such relative was affected: a number, a range such as 0.03-0.07 (\(ShareMeaning.range)), or \(ShareArgument.listWord) (the list's named deaths over the denominator).",
            valueName: "share|range|list"))
    public var share: ShareArgument?

    /// A participation figure, for P = participants over the denominator.
    @Option(
        help: ArgumentHelp(
            "People who took part, for the share: participants over the denominator's population (a number or a range, \(PeopleCountMeaning.range)); give its source with --share-source.",
            valueName: "count|range"))
    public var participants: ParticipantCount?

    /// Where the observed count (and the members) come from.
    @Option(help: ArgumentHelp("Where the observed count and the members come from.", valueName: "text"))
    public var observedSource: SourceText?

    /// Where the expected deaths (or the group's sizes) come from.
    @Option(help: ArgumentHelp("Where the expected deaths or the group's sizes come from.", valueName: "text"))
    public var expectedSource: SourceText?

    /// Where the number of relatives comes from.
    @Option(help: ArgumentHelp("Where the number of relatives comes from.", valueName: "text"))
    public var relativesSource: SourceText?

    /// Where the share or the participation figure comes from.
    @Option(help: ArgumentHelp("Where the share or the participation figure comes from.", valueName: "text"))
    public var shareSource: SourceText?

    /// Which deaths of the list, against which population (the rates, `--share list`,
    /// `--participants`).
    @OptionGroup public var selection: SelectionOptions

    /// The confidence level.
    @Option(help: .number("Confidence level of the intervals", ConfidenceLevel.self, valueName: "level"))
    public var confidence: ConfidenceLevel = 0.95

    public init() {}

    /// Options that exclude each other, or a count above the members.
    private var conflict: String? {
        if observed != nil, observedAtMost != nil {
            return "--observed and --observed-at-most give the same count two ways: give one of them"
        }
        if expected != nil, group != nil { return "--expected and --group both give the deaths expected: give one of them" }
        if share != nil, participants != nil { return "--share and --participants both give the share: give one of them" }
        if members != nil, expected != nil || group != nil {
            return "--members asks about members' relatives, --expected and --group about deaths in a group: ask one at a time"
        }
        if let members, let count = observed ?? observedAtMost, count.value > members.value {
            return "the count observed (\(count.text)) is above the members (\(members.text))"
        }
        return nil
    }

    /// The question the options ask.
    ///
    /// - Throws: ``AnalysisError`` naming options that exclude each other, a count
    ///   above the members, or what is missing: the count observed, the deaths expected
    ///   or the group, the relatives or the share; and a number of relatives that is
    ///   not whole with `--relatives-distribution fixed`.
    public func question() throws(AnalysisError) -> ExposureQuestion {
        if let conflict { throw AnalysisError(conflict) }
        guard let count = observed ?? observedAtMost else {
            throw AnalysisError("give the count observed: --observed K, or --observed-at-most K when only a bound is known")
        }
        let observedCount = ObservedCount(count.whole, bound: observed == nil ? .atMost : .exact)
        guard let members else {
            if relatives != nil || share != nil || participants != nil {
                throw AnalysisError("--relatives, --share and --participants describe members' relatives: give --members N too")
            }
            if let expected { return .standardisedRatio(observed: observedCount, expected: .given(expected.value)) }
            if let group { return .standardisedRatio(observed: observedCount, expected: .group(group)) }
            throw AnalysisError(
                "give the deaths expected (--expected E) or the group's size by age band (--group FILE), or ask about relatives with --members")
        }
        guard let relatives else {
            throw AnalysisError("give the relatives per member (--relatives R, a range such as 3-8, or a table file)")
        }
        if relativesDistribution == .fixed, let number = relatives.number, [number.lower, number.upper].contains(where: { $0 != $0.rounded() }) {
            throw AnalysisError(
                "--relatives \(relatives.text) is not a whole number of relatives; with --relatives-distribution poisson it is a mean")
        }
        let source: ExposureQuestion.Share
        switch (share?.value, participants) {
        case (.number(let number)?, _): source = .given(number)
        case (.list?, _): source = .list
        case (nil, let participants?): source = .participants(participants)
        case (nil, nil):
            throw AnalysisError(
                "give the probability that one relative was affected: --share P (a range such as 0.03-0.07, or list), or --participants N")
        }
        return .shareWithRelative(members: members.whole, observed: observedCount, relatives: relatives, share: source)
    }

    /// The answer.
    ///
    /// - Parameters:
    ///   - regions: the region table whose denominator `--participants` divides by
    ///     (the list's own when there is a list).
    ///   - dataset: the list (after the filter), for the reference rates of `--group`
    ///     and for `--share list`; `nil` when none was given.
    ///   - files: the tables the command read from the files `--group` and
    ///     `--relatives` name.
    /// - Throws: ``AnalysisError`` for options that are not enough (``question()``), a
    ///   question that needs a list without one, a file not read, a region of the group
    ///   the table does not know, a denominator the table lacks or whose population is 0.
    public func run(regions: RegionTable, dataset: AnalysisDataset? = nil, files: ExposureFiles = ExposureFiles()) throws(AnalysisError)
        -> Exposure
    {
        try Exposure(options: self, question: question(), regions: dataset?.table ?? regions, dataset: dataset, files: files)
    }
}

/// The tables the command reads from the files `--group` and `--relatives` name
/// (the API reads no files: it takes the group written out, and relatives as a number
/// or a range).
public struct ExposureFiles: Sendable {
    /// The rows of the group file.
    public var group: [GroupSizeTable.Row]?
    /// The rows of the relatives table.
    public var relatives: [RelativesTable.Row]?

    /// Tables read from files; none by default.
    public init(group: [GroupSizeTable.Row]? = nil, relatives: [RelativesTable.Row]? = nil) {
        self.group = group
        self.relatives = relatives
    }
}

extension RelativesDistribution.Law: ExpressibleByArgument, ArgumentSchema {}
