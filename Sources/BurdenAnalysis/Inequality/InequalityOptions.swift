import ArgumentParser
import BurdenStats

/// The options of the inequality measures (`warburden inequality`,
/// `GET /datasets/{id}/inequality`).
public struct InequalityOptions: AnalysisSpecification {
    public static let name = "inequality"
    public static let abstract =
        "Gini, concentration index, poorest-to-richest fifth rate ratio, and the capitals against the rest."

    /// Which deaths, against which population.
    @OptionGroup public var selection: SelectionOptions

    /// The covariate that ranks regions from poorest to richest.
    @Option(help: ArgumentHelp("The covariate that ranks regions from poorest to richest.", valueName: "column"))
    public var rankBy: ColumnName = ColumnName(argument: "mean_income_2020")!

    /// Which end of the ranking covariate is poorer; guessed from its name when `nil`.
    @Option(help: ArgumentHelp("Which end of --rank-by is poorer (guessed: highest for poverty and unemployment).", valueName: "end"))
    public var poorest: PoorerEnd?

    /// The confidence level.
    @Option(help: .number("Confidence level of the intervals", ConfidenceLevel.self, valueName: "level"))
    public var confidence: ConfidenceLevel = 0.95

    public init() {}

    /// The inequality measures of a dataset with these options.
    ///
    /// - Throws: ``AnalysisError`` when the ranking covariate is not a column of the table.
    public func run(on dataset: AnalysisDataset) throws(AnalysisError) -> BurdenInequality {
        try BurdenInequality(
            counts: dataset.counts, table: dataset.table, denominator: selection.denominatorColumn, rankBy: rankBy.name,
            order: poorest?.order, confidence: confidence.value)
    }
}

/// Which end of a ranking covariate is the poorer: the lowest values (income) or
/// the highest (poverty, unemployment).
public enum PoorerEnd: String, ExpressibleByArgument, ArgumentSchema, Sendable, Hashable, CaseIterable {
    case lowest, highest

    /// The order of regions it means.
    public var order: SocioeconomicOrder {
        switch self {
        case .lowest: .lowestIsPoorest
        case .highest: .highestIsPoorest
        }
    }
}
