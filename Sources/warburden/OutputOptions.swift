import ArgumentParser
import BurdenReport

extension OutputFormat: ExpressibleByArgument {}

/// The `--format` option every analysis command shares.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Output format: table (for reading), csv (the main table, full precision) or json (everything, full precision).",
            valueName: "table|csv|json"))
    var format: OutputFormat = .table

    /// Renders a document to standard output in the chosen format.
    func emit(_ document: TidyDocument) {
        print(format.renderer.render(document), terminator: "")
    }
}
