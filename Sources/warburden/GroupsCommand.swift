import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport

/// `warburden groups`: deaths and relative risks by group.
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: GroupsOptions.name,
        abstract: GroupsOptions.abstract,
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

    @OptionGroup var input: AnalysisInput
    @OptionGroup var options: GroupsOptions

    @Option(name: .customLong("group-population"), help: ArgumentHelp("Population by group (for --by ethnicity or group): FILE:COLUMN.", valueName: "file:column"))
    var groupPopulation: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let dataset = try input.load(options.selection, keepRecords: options.needsRecords)
        var populations: [GroupBurden.GroupKey: Double] = [:]
        if let groupPopulation, options.by.groupsPeople {
            for row in try GroupPopulationTable.read(groupPopulation, withinRegion: options.withinRegion, resolver: dataset.resolver) {
                populations[GroupBurden.GroupKey(region: row.region, group: row.group)] = row.population
            }
        }
        output.emit(try options.run(on: dataset, populations: populations).document.adding(dataset.scope.metadata))
    }
}
