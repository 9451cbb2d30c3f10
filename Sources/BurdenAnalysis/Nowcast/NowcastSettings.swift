import BurdenData

/// The settings a nowcast runs with (``Nowcast``, ``NowcastBacktest``, METHODS.md §13):
/// the as-of date, the periods, the interval, the delay model and the simulation — the
/// values of its specification (``NowcastOptions``), which takes every default from
/// here and gives each option its range and help; ``validate()`` checks settings built
/// in code against the same ranges.
public struct NowcastSettings: Sendable, Hashable, Codable {
    /// The length of the periods nowcast. The raw values are what users type.
    public enum Period: String, Sendable, Hashable, Codable, CaseIterable {
        case day, week, month
    }

    /// Use only snapshots on or before this day; the last snapshot when `nil`.
    public var asOf: PartialDate? = nil
    /// The periods of death nowcast.
    public var period: Period = .month
    /// The two-sided level of the prediction intervals.
    public var confidence: Double = 0.95
    /// The maximum delay D (days): the nowcast is the count named within D days of death
    /// (three years by default).
    public var maximumDelay: Int = 1095
    /// The inner edges of the delay bands (days): two and four weeks, two and three
    /// months, then half years; edges at or past the maximum delay are ignored.
    public var delayBands: [Int] = [14, 28, 56, 91, 182, 273, 365, 548, 730, 913]
    /// Whether the delay distribution has a log-linear trend in the date of death.
    public var trend: Bool = false
    /// Whether each period's rate of death borrows from its neighbours (a local-level prior).
    public var levelPrior: Bool = true
    /// The least spacing (days) of the snapshots the dispersion is fitted on.
    public var dispersionSpacing: Int = 28
    /// The number of simulated draws.
    public var draws: Int = 2000
    /// The seed of the simulation.
    public var seed: UInt64 = 1
    /// Predict the count the list will show on this day instead of the eventual count.
    public var target: PartialDate? = nil
    /// Region codes whose deaths are nowcast together; every death when empty.
    public var regions: [String] = []

    /// The default settings.
    public init() {}

    /// The default settings with some changed, for code and tests.
    ///
    /// - Parameter change: sets the fields that differ from the defaults.
    public init(_ change: (inout NowcastSettings) -> Void) {
        change(&self)
    }

    /// The band edges of the model: 0, the inner edges below the maximum delay, the maximum delay.
    public var edges: [Int] { [0] + delayBands.filter { $0 < maximumDelay } + [maximumDelay] }

    /// Checks every field against the range its option gives it.
    ///
    /// - Throws: ``AnalysisError`` naming the option, its value and what is accepted.
    public func validate() throws(AnalysisError) {
        let numbers: [(String, Double, NumberRange)] = [
            ("confidence", confidence, ConfidenceMeaning.range),
            ("max-delay", Double(maximumDelay), NowcastOptions.MaximumDelayMeaning.range),
            ("dispersion-spacing", Double(dispersionSpacing), NowcastOptions.SpacingMeaning.range),
            ("draws", Double(draws), NowcastOptions.DrawsMeaning.range),
            ("seed", Double(seed), SeedMeaning.range),
        ]
        for (name, value, range) in numbers where !range.contains(value) {
            throw AnalysisError("--\(name) must be \(range) (got \(NumberRange.plain(value)))")
        }
        if let problem = DelayBands.problem(of: delayBands) { throw AnalysisError("--bands \(problem)") }
        for (name, date) in [("as-of", asOf), ("target", target)] {
            if let date, date.dayNumber == nil { throw AnalysisError("--\(name) \(date) is not a full day (YYYY-MM-DD)") }
        }
        if let asOf, let target, target < asOf {
            throw AnalysisError("--target \(target) is before --as-of \(asOf)")
        }
        if regions.contains(where: \.isEmpty) {
            throw AnalysisError("--region '' names no region")
        }
    }
}
