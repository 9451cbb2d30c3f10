import ArgumentParser
import BurdenData

/// The options of the nowcast (`warburden nowcast`, `GET /nowcast`): what each
/// period's count of named deaths will be once its dead are named, from snapshots of
/// the list (METHODS.md §13). Every default is ``NowcastSettings``'s; the ranges are
/// the meanings below.
public struct NowcastOptions: AnalysisSpecification {
    public static let name = "nowcast"
    public static let abstract =
        "Nowcast the named list: what each recent month's count will be once its dead are named, with prediction intervals, from snapshots of the list."

    private static let standard = NowcastSettings()

    /// The as-of date.
    @Option(help: ArgumentHelp(
        "Use only the snapshots taken on or before this day (YYYY-MM-DD; YYYY-MM or YYYY mean the month's or the year's last day). The last snapshot when not given.",
        valueName: "date"))
    public var asOf: OptionDate?

    /// The periods of death.
    @Option(help: ArgumentHelp("The periods of death nowcast (weeks start on Monday).", valueName: "period"))
    public var period: NowcastSettings.Period = standard.period

    /// The level of the prediction intervals.
    @Option(help: .number("Two-sided level of the prediction intervals", ConfidenceLevel.self, valueName: "level"))
    public var confidence: ConfidenceLevel = ConfidenceLevel(standard.confidence)

    /// The maximum delay.
    @Option(help: .number("The nowcast is the count named within this many days of death", Bounded<MaximumDelayMeaning>.self, valueName: "days"))
    public var maxDelay: Bounded<MaximumDelayMeaning> = Bounded(Double(standard.maximumDelay))

    /// The inner edges of the delay bands.
    @Option(help: ArgumentHelp("The inner edges of the bands of delay within which the hazard of naming is constant: increasing whole days, comma-separated.", valueName: "days,…"))
    public var bands: DelayBands = DelayBands(standard.delayBands)

    /// A trend of the delays in the date of death.
    @Flag(help: "Let the delays change log-linearly with the date of death (off: on the shared snapshots it made every horizon worse).")
    public var trend = standard.trend

    /// No local-level prior.
    @Flag(help: "Do not let a period of which little is named borrow its level from its neighbours (a flat prior instead).")
    public var noLevelPrior = !standard.levelPrior

    /// The spacing of the snapshots the dispersion is fitted on.
    @Option(help: .number("Fit the overdispersion of naming on snapshots at least this many days apart", Bounded<SpacingMeaning>.self, valueName: "days"))
    public var dispersionSpacing: Bounded<SpacingMeaning> = Bounded(Double(standard.dispersionSpacing))

    /// The simulated draws.
    @Option(help: .number("Simulated draws behind each interval", Bounded<DrawsMeaning>.self, valueName: "n"))
    public var draws: Bounded<DrawsMeaning> = Bounded(Double(standard.draws))

    /// The seed.
    @Option(help: .number("The seed of the simulation: the same seed gives the same numbers", Seed.self, valueName: "n"))
    public var seed: Seed = Seed(Double(standard.seed))

    /// The day whose count is predicted.
    @Option(help: ArgumentHelp(
        "Predict the count the list will show on this day (YYYY-MM-DD, YYYY-MM or YYYY as for --as-of) instead of the eventual count.",
        valueName: "date"))
    public var target: OptionDate?

    /// Regions nowcast together.
    @Option(help: ArgumentHelp("Nowcast the deaths of this region (a code or name; repeatable: the regions together). Every death when not given.", valueName: "region"))
    public var region: [String] = []

    /// Each region on its own.
    @Flag(help: "Also nowcast each region with enough deaths on its own, and say how much their delays differ.")
    public var byRegion = false

    /// The backtest.
    @Flag(help: "Replay the nowcast at month ends before the last snapshot and score it against the last snapshot's counts.")
    public var backtest = false

    /// The first as-of date of the backtest.
    @Option(help: ArgumentHelp(
        "The backtest's first as-of date (then every month end before the last snapshot's month); a year before the last snapshot when not given.",
        valueName: "date"))
    public var backtestFrom: OptionDate?

    /// The backtest's largest horizon.
    @Option(help: .number("The backtest scores periods up to this many periods before the as-of date's", Bounded<HorizonMeaning>.self, valueName: "n"))
    public var backtestHorizon: Bounded<HorizonMeaning> = 12

    public init() {}

    public func validate() throws {
        try checkArguments()
        if let asOf = asOf?.date, let target = target?.date, Self.lastDay(target) < Self.lastDay(asOf) {
            throw ValidationError("--target \(target) is before --as-of \(asOf)")
        }
        if region.contains(where: { $0.trimmingSpaces().isEmpty }) { throw ValidationError("--region '' names no region") }
        if backtestFrom != nil, !backtest { throw ValidationError("--backtest-from is read only with --backtest") }
    }

    /// The settings the nowcast runs with; `regions` are the codes of ``region`` as resolved by the caller.
    public func settings(regions: [String]) -> NowcastSettings {
        NowcastSettings { settings in
            settings.asOf = asOf?.date.map(Self.lastDay)
            settings.period = period
            settings.confidence = confidence.value
            settings.maximumDelay = maxDelay.whole
            settings.delayBands = bands.edges ?? []
            settings.trend = trend
            settings.levelPrior = !noLevelPrior
            settings.dispersionSpacing = dispersionSpacing.whole
            settings.draws = draws.whole
            settings.seed = UInt64(seed.whole)
            settings.target = target?.date.map(Self.lastDay)
            settings.regions = regions
        }
    }

    /// The nowcast of a triangle, with its backtest and regions when asked for.
    ///
    /// - Parameters:
    ///   - triangle: the snapshots.
    ///   - resolver: resolves ``region``'s names and codes to codes.
    ///   - source: where the snapshots came from, in words.
    /// - Throws: ``AnalysisError`` when a region is unknown or a nowcast fails (with the reason).
    public func run(on triangle: ReportingTriangle, resolver: RegionResolver, source: String) throws(AnalysisError) -> NowcastResult {
        var codes: [String] = []
        for name in region {
            let code: String
            do {
                code = try resolver.region(for: name).code
            } catch {
                throw AnalysisError("--region \(error.message)")
            }
            if !codes.contains(code) { codes.append(code) }
        }
        let settings = settings(regions: codes)
        try settings.validate()
        let nowcast = try Nowcast(triangle: triangle, options: settings)
        var backtestResult: NowcastBacktest?
        if backtest {
            let last = triangle.snapshotDays[triangle.snapshotDays.count - 1]
            let start = backtestFrom?.date.map(Self.lastDay) ?? Self.yearBefore(last)
            backtestResult = try NowcastBacktest(triangle: triangle, options: settings, start: start, maximumHorizon: backtestHorizon.whole)
        }
        let regions = byRegion ? try NowcastRegions(triangle: triangle, settings: settings) : nil
        return NowcastResult(nowcast: nowcast, backtest: backtestResult, regions: regions, source: source)
    }

    /// The last day of a date: the day itself, its month's last day, 31 December.
    public static func lastDay(_ date: PartialDate) -> PartialDate {
        guard let month = date.month else { return PartialDate(year: date.year, month: 12, day: 31)! }
        if date.day != nil { return date }
        return PartialDate(year: date.year, month: month, day: PartialDate.daysIn(month: month, year: date.year))!
    }

    /// The end of the month a year before the month of `day`.
    static func yearBefore(_ day: Int) -> PartialDate {
        let date = PartialDate(dayNumber: day)!
        return lastDay(PartialDate(year: date.year - 1, month: date.month!)!)
    }

    /// The maximum delay: 28 days to ten years.
    public enum MaximumDelayMeaning: NumberMeaning { public static let range = NumberRange.whole(28, 3650) }
    /// The spacing of the dispersion's snapshots: a week to half a year.
    public enum SpacingMeaning: NumberMeaning { public static let range = NumberRange.whole(7, 182) }
    /// Simulated draws: 200 to 100,000.
    public enum DrawsMeaning: NumberMeaning { public static let range = NumberRange.whole(200, 100_000) }
    /// The backtest's largest horizon: 0 to 60 periods.
    public enum HorizonMeaning: NumberMeaning { public static let range = NumberRange.whole(0, 60) }
}

extension NowcastSettings.Period: ExpressibleByArgument, ArgumentSchema {}
