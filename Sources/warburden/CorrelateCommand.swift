import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport

/// `warburden correlate`: regional rates against an external regional indicator.
struct CorrelateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correlate",
        abstract: "Correlate regional death rates with an indicator from another table (search volumes, pensions…).",
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

    @OptionGroup var input: AnalysisOptions

    @Option(name: .customLong("with"), help: ArgumentHelp("The indicator: FILE.csv:COLUMN, FILE.csv:A/B or FILE.csv:A-B.", valueName: "file:column"))
    var indicator: String

    @Option(help: "Confidence level of the interval.")
    var confidence: Double = 0.95

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard indicator.contains(":") else { throw ValidationError("--with takes FILE:COLUMN (got '\(indicator)')") }
    }

    func run() throws {
        let dataset = try input.load()
        let split = indicator.lastIndex(of: ":")!
        let path = String(indicator[..<split])
        let expression = String(indicator[indicator.index(after: split)...])
        let table = try IndicatorTable.read(path: path, expression: expression, resolver: dataset.resolver)
        let result = try IndicatorCorrelation(
            counts: dataset.counts, table: dataset.table, denominator: input.denominator, indicator: indicator,
            values: table.values, unresolved: table.unresolved, confidence: confidence)
        output.emit(result.document.adding(dataset.scope.metadata))
    }
}
