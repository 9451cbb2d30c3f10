import ArgumentParser
import BurdenAnalysis
import BurdenReport

extension Trends.Period: ExpressibleByArgument {}

extension Grouping: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

/// `warburden trends`: deaths per month, quarter or year, by group.
struct TrendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trends",
        abstract: "Deaths per month, quarter or year, by unit type, macro-region or another grouping, with shares.",
        discussion: """
            Counts deaths per period by the date of death (or of confirmation when the list has \
            no date of death), optionally by group, with each group's share of the period. \
            Dates too coarse for the period (a year-only date in a monthly series) are counted \
            as `unplaced`, deaths without a date as `undated`.

            Groupings: none, unit-type, federal-district, macro-region (the federal districts, \
            with Moscow, St Petersburg and their oblasts as capital_regions, Crimea and \
            Sevastopol as crimea), republic, ethnicity (a column you coded).

            Examples:
              warburden trends list.csv --by unit-type
              warburden trends list.csv --by macro-region --period quarter --format csv
              warburden trends counts.csv --counts   (a counts table with a period column)
            """
    )

    @OptionGroup var input: AnalysisOptions

    @Option(help: ArgumentHelp("Group deaths by: none, unit-type, federal-district, macro-region, republic, ethnicity.", valueName: "grouping"))
    var by: Grouping = .none

    @Option(help: ArgumentHelp("The period: month, quarter or year.", valueName: "month|quarter|year"))
    var period: Trends.Period = .month

    @OptionGroup var output: OutputOptions

    func run() throws {
        let dataset = try input.load(keepRecords: true)
        let trends: Trends
        if let records = dataset.records {
            trends = Trends(records: records, table: dataset.table, period: period, grouping: by)
        } else {
            guard by == .none else { throw ValidationError("--by needs a list; a counts table is grouped by its group column") }
            trends = try Trends(countRows: dataset.countRows ?? [], period: period)
        }
        output.emit(trends.document.adding(dataset.scope.metadata))
    }
}
