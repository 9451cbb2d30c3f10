import BurdenData

/// What a report needs to put loss volume beside the list: a claimed cumulative
/// series, published estimates, and the dates on which the series' sources disagree.
public struct VolumeInputs: Sendable {
    public let series: CumulativeSeries
    public let estimates: [PublishedEstimate]
    public let discrepancies: [DiscrepancyTableReader.Row]

    /// Creates the inputs.
    public init(series: CumulativeSeries, estimates: [PublishedEstimate] = [], discrepancies: [DiscrepancyTableReader.Row] = []) {
        self.series = series
        self.estimates = estimates
        self.discrepancies = discrepancies
    }
}
