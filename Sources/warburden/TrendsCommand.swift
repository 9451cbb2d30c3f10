import ArgumentParser
import BurdenAnalysis
import BurdenReport

/// `warburden trends`: deaths per month, quarter or year, by group.
struct TrendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: TrendsOptions.name,
        abstract: TrendsOptions.abstract,
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

    @OptionGroup var input: AnalysisInput
    @OptionGroup var options: TrendsOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let dataset = try input.load(options.selection, keepRecords: true)
        output.emit(try options.run(on: dataset).document.adding(dataset.scope.metadata))
    }
}
