import BurdenData
import BurdenStats

/// The correlation of regional death rates with an external regional indicator
/// (search volumes, pension counts…): Pearson r with its Fisher-z interval and
/// Spearman ρ, over the regions present in both, listing those that did not join.
public struct IndicatorCorrelation: Sendable, Hashable {
    /// The indicator's label (`file.csv:column`).
    public let indicator: String
    public let pearson: PearsonCorrelation
    public let spearman: SpearmanCorrelation
    /// Regions of the indicator file that are not among the rate regions, or whose value is missing.
    public let unjoined: [String]
    /// Rate regions that the indicator file lacks.
    public let missingFromIndicator: [String]

    /// Correlates the rates with indicator values by region code.
    ///
    /// - Throws: ``AnalysisError`` when fewer than 4 regions join.
    public init(
        counts: RegionalCounts, table: RegionTable, denominator: String? = nil, indicator: String,
        values: [String: Double], unresolved: [String] = [], confidence: Double = 0.95
    ) throws(AnalysisError) {
        let frame = try RegionalFrame(counts: counts, table: table, denominator: denominator)
        let rates = frame.rates()
        var x: [Double] = []
        var y: [Double] = []
        var missing: [String] = []
        for (index, region) in frame.regions.enumerated() {
            guard let value = values[region.code], value.isFinite else {
                missing.append(region.code)
                continue
            }
            x.append(rates[index])
            y.append(value)
        }
        let used = Set(frame.regions.map(\.code))
        let extra = values.keys.filter { !used.contains($0) }.sorted()
        guard x.count >= 4 else { throw AnalysisError("only \(x.count) regions join the indicator; 4 are needed") }
        do {
            pearson = try PearsonCorrelation(x, y, confidence: confidence)
            spearman = try SpearmanCorrelation(x, y)
        } catch {
            throw AnalysisError("the correlation cannot be computed: \(error)")
        }
        self.indicator = indicator
        self.unjoined = extra + unresolved
        self.missingFromIndicator = missing
    }
}
