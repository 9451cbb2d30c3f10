import BurdenData
import BurdenStats
import RealModule

/// The nowcast of each region on its own, and how much the delays between death and
/// naming differ between the regions (METHODS.md §13).
///
/// Each region with at least ``minimumDeaths`` deaths named by the as-of date is
/// nowcast by itself, with the same settings; the share of its deaths named within 91,
/// 182 and 365 days is set beside the others'. How much they differ is Cochran's Q on
/// the logit of the share named within 182 days, Q = Σ wᵣ(yᵣ − ȳ)², wᵣ = 1/seᵣ²,
/// ȳ = Σwᵣyᵣ/Σwᵣ, referred to χ² with R − 1 degrees of freedom (Cochran 1954), and
/// I² = max(0, (Q − (R − 1))/Q), the share of the spread beyond chance (Higgins &
/// Thompson 2002). seᵣ is read off the share's interval over the parameter draws,
/// (logit high − logit low)/(2z). The regions' fits are independent in the model;
/// one day's batch names deaths of many regions, which the test leaves out.
public struct NowcastRegions: Sendable, Codable, Equatable {
    /// One region's nowcast and delays.
    public struct Region: Sendable, Codable, Equatable {
        /// The region's code.
        public let code: String
        /// Deaths named by the as-of date.
        public let reported: Int
        /// The nowcast of each period.
        public let rows: [Nowcast.Row]
        /// The shares named within the compared delays, with their intervals.
        public let delay: [Nowcast.DelayRow]
    }

    /// A region left out, and why.
    public struct Skipped: Sendable, Codable, Equatable {
        /// The region's code.
        public let code: String
        /// Why: too few deaths, or the reason its fit failed.
        public let reason: String
    }

    /// The delays (days) at which the regions' shares are compared.
    public static let comparedDelays = [91, 182, 365]
    /// The delay of the heterogeneity test.
    public static let testedDelay = 182
    /// Regions with fewer deaths named by the as-of date are not nowcast alone.
    public static let minimumDeaths = 200

    /// The regions nowcast, by code.
    public let regions: [Region]
    /// The regions left out.
    public let skipped: [Skipped]
    /// Cochran's Q of the logit shares named within 182 days, its degrees of freedom and p-value.
    public let q: Double
    public let degreesOfFreedom: Int
    public let pValue: Double
    /// I², the share of the spread between regions beyond chance (0–1).
    public let iSquared: Double
    /// The lowest and highest share named within 182 days among the regions nowcast.
    public let lowestShare: Double
    public let highestShare: Double

    /// Nowcasts each region of the triangle.
    ///
    /// - Parameters:
    ///   - triangle: the snapshots, with regions.
    ///   - settings: the settings of every nowcast (its `regions` are replaced).
    /// - Throws: ``AnalysisError`` when the triangle has no regions or fewer than two
    ///   regions can be nowcast.
    /// - Complexity: one nowcast per region.
    public init(triangle: ReportingTriangle, settings: NowcastSettings) throws(AnalysisError) {
        let codes = triangle.regions.compactMap { $0 }
        guard !codes.isEmpty else { throw AnalysisError("--by-region: the snapshots carry no regions") }
        let asOf = settings.asOf?.dayNumber ?? triangle.snapshotDays[triangle.snapshotDays.count - 1]
        guard let snapshot = triangle.snapshotDays.lastIndex(where: { $0 <= asOf }) else {
            throw AnalysisError("--by-region: no snapshot on or before the as-of date")
        }
        var regions: [Region] = []
        var skipped: [Skipped] = []
        for (index, code) in triangle.regions.enumerated() {
            guard let code else { continue }
            let reported = (0..<triangle.dayCount).reduce(0) { $0 + triangle.count(region: index, snapshot: snapshot, day: $1) }
            guard reported >= Self.minimumDeaths else {
                skipped.append(Skipped(code: code, reason: "\(reported) deaths named, fewer than \(Self.minimumDeaths)"))
                continue
            }
            var own = settings
            own.regions = [code]
            do {
                let nowcast = try Nowcast(triangle: triangle, options: own)
                regions.append(Region(
                    code: code, reported: reported, rows: nowcast.rows,
                    delay: nowcast.delay.filter { Self.comparedDelays.contains($0.delayDays) }))
            } catch {
                skipped.append(Skipped(code: code, reason: error.message))
            }
        }
        guard regions.count >= 2 else {
            throw AnalysisError("--by-region: fewer than two regions have \(Self.minimumDeaths) or more deaths named and a nowcast")
        }
        let z = Normal.quantile(0.5 + settings.confidence / 2)
        func logit(_ p: Double) -> Double { let q = min(max(p, 1e-9), 1 - 1e-9); return Double.log(q / (1 - q)) }
        let tested = regions.compactMap { region in region.delay.first { $0.delayDays == Self.testedDelay } }
        let y = tested.map { logit($0.share) }
        let w = tested.map { row -> Double in
            let se = max((logit(row.confHigh) - logit(row.confLow)) / (2 * z), 1e-9)
            return 1 / (se * se)
        }
        let mean = zip(w, y).reduce(0) { $0 + $1.0 * $1.1 } / w.reduce(0, +)
        let q = zip(w, y).reduce(0) { $0 + $1.0 * ($1.1 - mean) * ($1.1 - mean) }
        let df = tested.count - 1
        self.regions = regions
        self.skipped = skipped
        self.q = q
        self.degreesOfFreedom = df
        self.pValue = df > 0 ? ChiSquared(degreesOfFreedom: Double(df)).survival(q) : 1
        self.iSquared = q > 0 ? max(0, (q - Double(df)) / q) : 0
        self.lowestShare = tested.map(\.share).min() ?? .nan
        self.highestShare = tested.map(\.share).max() ?? .nan
    }
}
