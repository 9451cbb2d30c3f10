import ArgumentParser
import BurdenData
import BurdenStats

/// The options of deaths and relative risks by group (`warburden groups`,
/// `GET /datasets/{id}/groups`).
public struct GroupsOptions: AnalysisSpecification {
    public static let name = "groups"
    public static let abstract =
        "Deaths, shares and relative risks by group: federal district, macro-region, republic, covariate fifths, unit type, ethnicity."

    /// Which deaths, against which population.
    @OptionGroup public var selection: SelectionOptions

    /// The grouping.
    @Option(help: ArgumentHelp("The grouping (COLUMN-quintile: fifths of the population by a covariate).", valueName: "grouping"))
    public var by: GroupsGrouping

    /// Compare groups within each region.
    @Flag(help: "Compare groups within each region (needs a region column in the group populations and in the counts).")
    public var withinRegion = false

    /// The interval of the relative risks.
    @Option(help: ArgumentHelp("Interval of the relative risks: score (Koopman) or log-wald (Katz).", valueName: "method"))
    public var ci: RelativeRisk.Method = .score

    /// The confidence level.
    @Option(help: .number("Confidence level of the intervals", ConfidenceLevel.self, valueName: "level"))
    public var confidence: ConfidenceLevel = 0.95

    public init() {}

    /// Whether the grouping needs the records themselves (not only the counts per region).
    public var needsRecords: Bool { by.groupsPeople }

    /// The groups of a dataset with these options.
    ///
    /// - Parameter populations: the population of each group (and region, with
    ///   ``withinRegion``), for groups of people (`ethnicity`, `group`); none when empty.
    /// - Throws: ``AnalysisError`` for a covariate the table lacks, or a counts table
    ///   without the group column the grouping needs.
    public func run(on dataset: AnalysisDataset, populations: [GroupBurden.GroupKey: Double] = [:]) throws(AnalysisError)
        -> GroupBurden
    {
        let table = dataset.table
        let denominator = selection.denominatorColumn
        let confidence = confidence.value
        switch by {
        case .regions(let grouping):
            return try GroupBurden(
                counts: dataset.counts, table: table, by: by.description, denominator: denominator,
                groupOf: { grouping.group(of: $0) }, method: ci, confidence: confidence)
        case .quintile:
            let column = try CovariateName.column(by.quintileColumn!, in: table)
            let fifths = try CovariateFifths.assign(table: table, covariate: column, denominator: denominator)
            return try GroupBurden(
                counts: dataset.counts, table: table, by: by.description, denominator: denominator,
                groupOf: { fifths[$0.code] ?? "none" }, method: ci, confidence: confidence)
        case .unitType, .ethnicity, .group:
            if let records = dataset.records {
                return GroupBurden(
                    records: records, grouping: by == .unitType ? .unitType : .ethnicity, withinRegion: withinRegion,
                    populations: populations, method: ci, confidence: confidence)
            }
            return try GroupBurden(
                countRows: dataset.countRows ?? [], by: by.description, withinRegion: withinRegion, populations: populations,
                method: ci, confidence: confidence)
        }
    }
}

/// What `groups --by` groups by: regions by a region-level grouping or by fifths of a
/// covariate, or people by unit type, ethnicity label or a counts table's group.
public enum GroupsGrouping: ExpressibleByArgument, ArgumentSchema, Sendable, Hashable, CustomStringConvertible {
    /// Regions by federal district, macro-region or national republic.
    case regions(Grouping)
    /// Regions by fifths of the population ranked by a covariate: `COLUMN-quintile`
    /// (the text before `-quintile`; `urban-share` means `urban_share_2021`).
    case quintile(String)
    /// People by the list's unit type.
    case unitType
    /// People by the list's ethnicity label (`--map ethnicity=COLUMN`), or a counts table's group.
    case ethnicity
    /// People by a counts table's group column.
    case group

    /// The fixed spellings, besides `COLUMN-quintile`.
    public static let fixedSpellings = [
        "federal-district", "macro-region", "republic", "urban-share-quintile", "unit-type", "ethnicity", "group",
    ]

    public init?(argument: String) {
        switch argument {
        case "federal-district": self = .regions(.federalDistrict)
        case "macro-region": self = .regions(.macroRegion)
        case "republic": self = .regions(.republic)
        case "unit-type": self = .unitType
        case "ethnicity": self = .ethnicity
        case "group": self = .group
        case _ where argument.hasSuffix("-quintile") && argument.count > "-quintile".count:
            self = .quintile(String(argument.dropLast("-quintile".count)))
        default: return nil
        }
    }

    /// The spelling, as the user typed it.
    public var description: String {
        switch self {
        case .regions(let grouping): grouping.description
        case .quintile(let column): "\(column)-quintile"
        case .unitType: "unit-type"
        case .ethnicity: "ethnicity"
        case .group: "group"
        }
    }

    /// The covariate column of a `-quintile` grouping.
    public var quintileColumn: String? {
        guard case .quintile(let column) = self else { return nil }
        return column == "urban-share" ? "urban_share_2021" : column
    }

    /// Whether it groups people (records or a counts table's groups) rather than regions.
    public var groupsPeople: Bool {
        switch self {
        case .regions, .quintile: false
        case .unitType, .ethnicity, .group: true
        }
    }

    public static var allValueStrings: [String] { fixedSpellings + ["COLUMN-quintile"] }

    public static var valueKind: ArgumentKind {
        .choiceOrPattern(fixedSpellings, pattern: "^.+-quintile$", example: "below_subsistence_pct_2020-quintile")
    }
}
