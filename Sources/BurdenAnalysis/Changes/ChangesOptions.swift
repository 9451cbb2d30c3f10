import ArgumentParser

/// The options of the change of every region's rate between two versions of a list
/// (`GET /datasets/{id}/changes?since=…`): both versions counted with the same
/// options of the rate table.
public struct ChangesOptions: AnalysisSpecification {
    public static let name = "changes"
    public static let abstract =
        "The change of every region's rate since an earlier version of the list, with the interval of the change."

    /// The options both rate tables are computed with.
    @OptionGroup public var rates: RatesOptions

    public init() {}

    /// The change from `earlier` to `later`.
    ///
    /// - Throws: ``AnalysisError`` when the denominator is not a column of the region table.
    public func run(from earlier: AnalysisDataset, to later: AnalysisDataset) throws(AnalysisError) -> RegionalChange {
        try RegionalChange(before: rates.run(on: earlier), after: rates.run(on: later))
    }
}
