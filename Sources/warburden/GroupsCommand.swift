import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport
import BurdenStats

extension RelativeRisk.Method: ExpressibleByArgument {}

/// `warburden groups`: deaths and relative risks by group.
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Deaths, shares and relative risks by group: federal district, macro-region, republic, covariate fifths, unit type, ethnicity.",
        discussion: """
            --by federal-district, macro-region, republic, urban-share-quintile or \
            COLUMN-quintile group regions (fifths of the population by a covariate, Q1 the \
            lowest values): deaths, share of deaths, population, share of population, and the \
            relative risk of the group's rate against all other regions with the Koopman score \
            interval. --by unit-type gives deaths and shares. --by ethnicity groups people by a \
            label: a list's ethnicity column (--map ethnicity=COLUMN) or a counts table's group \
            column; with --group-population FILE:COLUMN (rows: group,COLUMN — or the layout of \
            census2010EthnPropPopulationAll.csv, whose group column is newEthn) each group's \
            share of the dead is compared with its share of the population. With a region \
            column in that file and --within-region, the comparison is made within each region.

            Examples:
              warburden groups list.csv --by republic
              warburden groups list.csv --by below_subsistence_pct_2020-quintile
              warburden groups counts.csv --counts --by ethnicity --group-population census.csv:nPopulation_8_32
            """
    )

    @OptionGroup var input: AnalysisOptions

    @Option(help: ArgumentHelp("The grouping.", valueName: "grouping"))
    var by: String

    @Option(name: .customLong("group-population"), help: ArgumentHelp("Population by group (for --by ethnicity): FILE:COLUMN.", valueName: "file:column"))
    var groupPopulation: String?

    @Flag(name: .customLong("within-region"), help: "Compare groups within each region (needs a region column in --group-population and in the counts).")
    var withinRegion = false

    @Option(help: ArgumentHelp("Interval of the relative risks: score (Koopman) or log-wald (Katz).", valueName: "method"))
    var ci: RelativeRisk.Method = .score

    @Option(help: "Confidence level of the intervals.")
    var confidence: Double = 0.95

    @OptionGroup var output: OutputOptions

    func run() throws {
        let dataset = try input.load(keepRecords: ["unit-type", "ethnicity", "group"].contains(by))
        let table = dataset.table
        let result: GroupBurden
        switch by {
        case "federal-district", "macro-region", "republic":
            let grouping = Grouping(name: by)!
            result = try GroupBurden(
                counts: dataset.counts, table: table, by: by, denominator: input.denominator,
                groupOf: { grouping.group(of: $0) }, method: ci, confidence: confidence)
        case _ where by.hasSuffix("-quintile"):
            let name = by == "urban-share-quintile" ? "urban_share_2021" : String(by.dropLast("-quintile".count))
            let column = try CovariateName.column(name, in: table)
            let fifths = try CovariateFifths.assign(table: table, covariate: column, denominator: input.denominator)
            result = try GroupBurden(
                counts: dataset.counts, table: table, by: by, denominator: input.denominator,
                groupOf: { fifths[$0.code] ?? "none" }, method: ci, confidence: confidence)
        case "unit-type", "ethnicity", "group":
            var populations: [GroupBurden.GroupKey: Double] = [:]
            if let groupPopulation {
                for row in try GroupPopulationTable.read(groupPopulation, withinRegion: withinRegion, resolver: dataset.resolver) {
                    populations[GroupBurden.GroupKey(region: row.region, group: row.group)] = row.population
                }
            }
            if let records = dataset.records {
                result = GroupBurden(
                    records: records, grouping: by == "unit-type" ? .unitType : .ethnicity, withinRegion: withinRegion,
                    populations: populations, method: ci, confidence: confidence)
            } else {
                result = try GroupBurden(
                    countRows: dataset.countRows ?? [], by: by, withinRegion: withinRegion, populations: populations,
                    method: ci, confidence: confidence)
            }
        default:
            throw ValidationError("--by takes federal-district, macro-region, republic, urban-share-quintile, COLUMN-quintile, unit-type or ethnicity (got '\(by)')")
        }
        output.emit(result.document.adding(dataset.scope.metadata))
    }
}
