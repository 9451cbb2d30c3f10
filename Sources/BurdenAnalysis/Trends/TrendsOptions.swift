import ArgumentParser

/// The options of deaths per period (`warburden trends`, `GET /datasets/{id}/trends`).
public struct TrendsOptions: AnalysisSpecification {
    public static let name = "trends"
    public static let abstract =
        "Deaths per month, quarter or year, by unit type, macro-region or another grouping, with shares."

    /// Which deaths, against which population.
    @OptionGroup public var selection: SelectionOptions

    /// The grouping of the deaths.
    @Option(help: ArgumentHelp("Group deaths by this.", valueName: "grouping"))
    public var by: Grouping = .none

    /// The period.
    @Option(help: ArgumentHelp("The period.", valueName: "period"))
    public var period: Trends.Period = .month

    public init() {}

    /// The deaths per period of a dataset with these options.
    ///
    /// - Throws: ``AnalysisError`` when a counts table is grouped (it is grouped by its
    ///   own group column) or has no period column.
    public func run(on dataset: AnalysisDataset) throws(AnalysisError) -> Trends {
        if let records = dataset.records {
            return Trends(records: records, table: dataset.table, period: period, grouping: by)
        }
        guard by == .none else { throw AnalysisError("--by needs a list; a counts table is grouped by its group column") }
        return try Trends(countRows: dataset.countRows ?? [], period: period)
    }
}

extension Grouping: ExpressibleByArgument, ArgumentSchema {}

extension Trends.Period: ExpressibleByArgument, ArgumentSchema {}
