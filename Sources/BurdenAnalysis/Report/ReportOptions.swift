import ArgumentParser
import BurdenStats

/// The choices of a report's analyses that users make (`warburden report`, the
/// dashboard): which deaths, against which population, with which rate interval.
/// Everything else a report computes takes the defaults of the analyses' own
/// specifications.
public struct ReportOptions: AnalysisSpecification {
    public static let name = "report"
    public static let abstract =
        "Write a report of a list: HTML page with charts and maps, Markdown, JSON of every number, tidy CSV tables."

    /// Which deaths, against which population.
    @OptionGroup public var selection: SelectionOptions

    /// The interval method of the rates.
    @Option(help: ArgumentHelp("Confidence interval method of the rates.", valueName: "method"))
    public var ci: ProportionInterval.Method = .wilsonCC

    /// The splits of the men for the section "Who within the regions".
    @Option(
        help: ArgumentHelp(
            "Add the section \"Who within the regions\" for this split of the men (repeatable; its sampler takes a minute or more).",
            valueName: "split"))
    public var within: [WithinSplit] = []

    /// The splits a report can draw on its own: those of the built-in reference (a
    /// user's table of men per region is read by `warburden within --by table`).
    public enum WithinSplit: String, CaseIterable, Sendable, ExpressibleByArgument, ArgumentSchema {
        case urban
        case ethnicRussian = "ethnic-russian"

        /// The split of the analysis.
        public var split: WithinSettings.Split {
            switch self {
            case .urban: .urban
            case .ethnicRussian: .ethnicRussian
            }
        }
    }

    public init() {}

    public func validate() throws {
        try checkArguments()
    }

    /// What the report's content computes with these choices.
    public var content: ReportContent.Options {
        var options = ReportContent.Options()
        options.denominator = selection.denominatorColumn
        options.rateInterval = ci
        options.within = within.map(\.split)
        return options
    }
}
