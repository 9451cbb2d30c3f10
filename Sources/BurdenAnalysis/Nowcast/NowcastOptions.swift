import BurdenData

/// The choices of a nowcast (METHODS.md §13): the as-of date, the periods, the
/// interval, the delay model and the simulation — each with its default, its valid
/// range and a line of help in ``parameters``, so that a command, an API query and a
/// document can all be made from this one description.
public struct NowcastOptions: Sendable, Hashable, Codable {
    /// The length of the periods nowcast. The raw values are what users type.
    public enum Period: String, Sendable, Hashable, Codable, CaseIterable {
        case day, week, month
    }

    /// One option as users see it: its name, default, range and help.
    public struct Parameter: Sendable, Hashable, Codable {
        /// The name users type (`as-of`, `period`).
        public let name: String
        /// The default, as text (`month`, `0.95`; empty when there is none).
        public let defaultValue: String
        /// The values accepted, as text (`day|week|month`, `0.5–0.999`).
        public let range: String
        /// One line of help.
        public let help: String
    }

    /// Use only snapshots on or before this day; the last snapshot when `nil`.
    public var asOf: PartialDate?
    /// The periods of death nowcast.
    public var period: Period
    /// The two-sided level of the prediction intervals.
    public var confidence: Double
    /// The maximum delay D (days): the nowcast is the count named within D days of death.
    public var maximumDelay: Int
    /// The inner edges of the delay bands (days); edges at or past the maximum delay are ignored.
    public var delayBands: [Int]
    /// Whether the delay distribution has a log-linear trend in the date of death.
    public var trend: Bool
    /// Whether each period's rate of death borrows from its neighbours (a local-level prior).
    public var levelPrior: Bool
    /// The least spacing (days) of the snapshots the dispersion is fitted on.
    public var dispersionSpacing: Int
    /// The number of simulated draws.
    public var draws: Int
    /// The seed of the simulation.
    public var seed: UInt64
    /// Predict the count the list will show on this day instead of the eventual count.
    public var target: PartialDate?
    /// Region codes whose deaths are nowcast together; every death when empty.
    public var regions: [String]

    /// The default period.
    public static let defaultPeriod = Period.month
    /// The default confidence, and the range accepted.
    public static let defaultConfidence = 0.95
    public static let confidenceRange = 0.5...0.999
    /// The default maximum delay (three years), and the range accepted.
    public static let defaultMaximumDelay = 1095
    public static let maximumDelayRange = 28...3650
    /// The default inner band edges: two and four weeks, two and three months, then half years.
    public static let defaultDelayBands = [14, 28, 56, 91, 182, 273, 365, 548, 730, 913]
    /// The default dispersion spacing, and the range accepted.
    public static let defaultDispersionSpacing = 28
    public static let dispersionSpacingRange = 7...182
    /// The default number of draws, and the range accepted.
    public static let defaultDraws = 2000
    public static let drawsRange = 200...100_000
    /// The default seed.
    public static let defaultSeed: UInt64 = 1

    /// Every option, for help texts, query parsing and documents.
    public static let parameters: [Parameter] = [
        Parameter(name: "as-of", defaultValue: "", range: "a day (YYYY-MM-DD) on or after the first snapshot",
                  help: "use only the snapshots taken on or before this day (default: all of them)"),
        Parameter(name: "period", defaultValue: defaultPeriod.rawValue, range: Period.allCases.map(\.rawValue).joined(separator: "|"),
                  help: "the periods of death to nowcast"),
        Parameter(name: "confidence", defaultValue: "\(defaultConfidence)", range: "\(confidenceRange.lowerBound)–\(confidenceRange.upperBound)",
                  help: "the two-sided level of the prediction intervals"),
        Parameter(name: "max-delay", defaultValue: "\(defaultMaximumDelay)", range: "\(maximumDelayRange.lowerBound)–\(maximumDelayRange.upperBound) days",
                  help: "the nowcast counts the deaths named within this many days of death"),
        Parameter(name: "bands", defaultValue: defaultDelayBands.map(String.init).joined(separator: ","),
                  range: "increasing whole days above 0", help: "the inner edges of the delay bands, in days"),
        Parameter(name: "trend", defaultValue: "false", range: "true|false",
                  help: "let the delay distribution change log-linearly with the date of death"),
        Parameter(name: "level-prior", defaultValue: "true", range: "true|false",
                  help: "let a period of which little is named borrow its level from its neighbours"),
        Parameter(name: "dispersion-spacing", defaultValue: "\(defaultDispersionSpacing)",
                  range: "\(dispersionSpacingRange.lowerBound)–\(dispersionSpacingRange.upperBound) days",
                  help: "fit the overdispersion on snapshots at least this many days apart"),
        Parameter(name: "draws", defaultValue: "\(defaultDraws)", range: "\(drawsRange.lowerBound)–\(drawsRange.upperBound)",
                  help: "the number of simulated draws behind each interval"),
        Parameter(name: "seed", defaultValue: "\(defaultSeed)", range: "a whole number ≥ 0",
                  help: "the seed of the simulation: the same seed gives the same numbers"),
        Parameter(name: "target", defaultValue: "", range: "a day on or after the as-of date",
                  help: "predict the count the list will show on this day instead of the eventual count"),
        Parameter(name: "region", defaultValue: "", range: "region codes the snapshots hold",
                  help: "nowcast the deaths of these regions together (default: every death)"),
    ]

    /// Options with the defaults, each overridable.
    public init(
        asOf: PartialDate? = nil, period: Period = defaultPeriod, confidence: Double = defaultConfidence,
        maximumDelay: Int = defaultMaximumDelay, delayBands: [Int] = defaultDelayBands, trend: Bool = false,
        levelPrior: Bool = true, dispersionSpacing: Int = defaultDispersionSpacing, draws: Int = defaultDraws,
        seed: UInt64 = defaultSeed, target: PartialDate? = nil, regions: [String] = []
    ) {
        self.asOf = asOf
        self.period = period
        self.confidence = confidence
        self.maximumDelay = maximumDelay
        self.delayBands = delayBands
        self.trend = trend
        self.levelPrior = levelPrior
        self.dispersionSpacing = dispersionSpacing
        self.draws = draws
        self.seed = seed
        self.target = target
        self.regions = regions
    }

    /// The band edges of the model: 0, the inner edges below the maximum delay, the maximum delay.
    public var edges: [Int] { [0] + delayBands.filter { $0 < maximumDelay } + [maximumDelay] }

    /// Checks every option against its range.
    ///
    /// - Throws: ``AnalysisError`` naming the option, its value and what is accepted.
    public func validate() throws(AnalysisError) {
        guard Self.confidenceRange.contains(confidence) else {
            throw AnalysisError("--confidence \(confidence) is outside \(Self.confidenceRange.lowerBound)–\(Self.confidenceRange.upperBound)")
        }
        guard Self.maximumDelayRange.contains(maximumDelay) else {
            throw AnalysisError("--max-delay \(maximumDelay) is outside \(Self.maximumDelayRange.lowerBound)–\(Self.maximumDelayRange.upperBound) days")
        }
        guard delayBands.allSatisfy({ $0 > 0 }), zip(delayBands, delayBands.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw AnalysisError("--bands \(delayBands.map(String.init).joined(separator: ",")) must be increasing whole days above 0")
        }
        guard Self.dispersionSpacingRange.contains(dispersionSpacing) else {
            throw AnalysisError(
                "--dispersion-spacing \(dispersionSpacing) is outside \(Self.dispersionSpacingRange.lowerBound)–\(Self.dispersionSpacingRange.upperBound) days")
        }
        guard Self.drawsRange.contains(draws) else {
            throw AnalysisError("--draws \(draws) is outside \(Self.drawsRange.lowerBound)–\(Self.drawsRange.upperBound)")
        }
        for (name, date) in [("as-of", asOf), ("target", target)] {
            if let date, date.dayNumber == nil { throw AnalysisError("--\(name) \(date) is not a full day (YYYY-MM-DD)") }
        }
        if let asOf, let target, target < asOf {
            throw AnalysisError("--target \(target) is before --as-of \(asOf)")
        }
        if let code = regions.first(where: \.isEmpty) {
            throw AnalysisError("--region '\(code)' is empty")
        }
    }
}
