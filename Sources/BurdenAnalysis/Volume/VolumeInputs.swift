import BurdenData

/// What a report needs to put loss volume beside the list: a claimed cumulative
/// series, published estimates, the dates on which the series' sources disagree, and a
/// weekly estimate series.
public struct VolumeInputs: Sendable {
    public let series: CumulativeSeries
    public let estimates: [PublishedEstimate]
    public let discrepancies: [DiscrepancyTableReader.Row]
    public let estimated: EstimateSeries?

    /// Creates the inputs.
    public init(
        series: CumulativeSeries, estimates: [PublishedEstimate] = [], discrepancies: [DiscrepancyTableReader.Row] = [],
        estimated: EstimateSeries? = nil
    ) {
        self.series = series
        self.estimates = estimates
        self.discrepancies = discrepancies
        self.estimated = estimated
    }
}
