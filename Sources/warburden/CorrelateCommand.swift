import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport

/// `warburden correlate`: regional rates against an external regional indicator.
struct CorrelateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: CorrelateOptions.name,
        abstract: CorrelateOptions.abstract,
        discussion: """
            --with names a CSV with a region column and the indicator: FILE.csv:COLUMN, or a \
            ratio or difference of two columns, FILE.csv:A/B or FILE.csv:A-B (the increase in \
            military pensions 2021→2022 is pensions.csv:year2022/year2021). The region column \
            is the first whose values resolve as regions. Prints Pearson r with its Fisher-z \
            interval, Spearman ρ, n, and the regions that did not join.

            Example:
              warburden correlate list.csv --with searches.csv:vyplaty_pogibshim_19Apr
              warburden correlate list.csv --to 2022-11-30 --with pensions.csv:year2022/year2021
            """
    )

    @OptionGroup var input: AnalysisInput
    @OptionGroup var options: CorrelateOptions

    @Option(name: .customLong("with"), help: ArgumentHelp("The indicator: FILE.csv:COLUMN, FILE.csv:A/B or FILE.csv:A-B.", valueName: "file:column"))
    var indicator: String

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard indicator.contains(":") else { throw ValidationError("--with takes FILE:COLUMN (got '\(indicator)')") }
    }

    func run() throws {
        let dataset = try input.load(options.selection)
        let split = indicator.lastIndex(of: ":")!
        let path = String(indicator[..<split])
        let expression = String(indicator[indicator.index(after: split)...])
        let table = try IndicatorTable.read(path: path, expression: expression, resolver: dataset.resolver)
        output.emit(try options.run(on: dataset, indicator: table, label: indicator).document.adding(dataset.scope.metadata))
    }
}
