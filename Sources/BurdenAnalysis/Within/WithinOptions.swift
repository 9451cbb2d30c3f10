import ArgumentParser
import BurdenData

/// The options of "who within the regions" (`warburden within`,
/// `GET /datasets/{id}/within`): ecological inference of the death rates of groups of
/// men inside the regions (urban and rural, ethnic Russians and others) from the
/// regional totals and the regions' composition (METHODS.md §12).
public struct WithinOptions: AnalysisSpecification {
    public static let name = "within"
    public static let abstract =
        "Who within the regions: death rates of urban and rural men, or ethnic Russians and others, by ecological inference with bounds."

    /// Which deaths, against which population.
    @OptionGroup public var selection: SelectionOptions

    /// The groups the men of each region are split into.
    @Option(help: ArgumentHelp("The groups: urban and rural men, ethnic Russians and others, or the groups of a table of men per region.", valueName: "split"))
    public var by: WithinSettings.Split = .urban

    /// The methods run, bounds first.
    @Option(help: ArgumentHelp("A method to run (repeatable; all by default, bounds first).", valueName: "method"))
    public var method: [WithinSettings.Method] = WithinSettings.Method.allCases

    /// Regional covariates of the extended Goodman model.
    @Option(help: ArgumentHelp("Let each group's rate vary with these regional covariates, comma-separated (the extended Goodman model).", valueName: "a,b,…"))
    public var covariates: ColumnList?

    /// The gaps between sets of regions to decompose.
    @Option(help: ArgumentHelp("A gap between sets of regions to split into composition and the rest (repeatable; both by default).", valueName: "gap"))
    public var gap: [WithinSettings.Gap] = WithinSettings.Gap.allCases

    /// Skip the decompositions.
    @Flag(help: "Decompose no gap.")
    public var noGaps = false

    /// The covariates of the regression-based decomposition.
    @Option(help: ArgumentHelp("The covariates of the regression-based decomposition, comma-separated.", valueName: "a,b,…"))
    public var gapCovariates: ColumnList = ColumnList(argument: WithinSettings().gapCovariates.joined(separator: ","))!

    /// The level of every interval.
    @Option(help: .number("Confidence level of every interval", ConfidenceLevel.self, valueName: "level"))
    public var confidence: ConfidenceLevel = 0.95

    /// Rates per this many men.
    @Option(help: .number("Rates per this many men", RateBase.self, valueName: "men"))
    public var per: RateBase = 100_000

    /// Skip the run without Moscow, St Petersburg and Moscow Oblast.
    @Flag(help: "Do not repeat the estimates without Moscow, St Petersburg and Moscow Oblast.")
    public var keepCapitals = false

    /// The sampler's seed.
    @Option(help: .number("The seed of the hierarchical model's sampler: the same seed gives the same draws", Seed.self, valueName: "n"))
    public var seed: Seed = 1

    /// The sampler's chains.
    @Option(help: .number("The sampler's chains (two or more give R-hat)", Bounded<ChainsMeaning>.self, valueName: "n"))
    public var chains: Bounded<ChainsMeaning> = 4

    /// Warm-up iterations per chain.
    @Option(help: .number("Warm-up iterations per chain, discarded", Bounded<WarmupMeaning>.self, valueName: "n"))
    public var warmup: Bounded<WarmupMeaning> = 1_000

    /// Draws kept per chain.
    @Option(help: .number("Draws kept per chain", Bounded<DrawsMeaning>.self, valueName: "n"))
    public var draws: Bounded<DrawsMeaning> = 2_000

    /// Iterations per kept draw.
    @Option(help: .number("Iterations per kept draw", Bounded<ThinMeaning>.self, valueName: "n"))
    public var thin: Bounded<ThinMeaning> = 1

    public init() {}

    public func validate() throws {
        try checkArguments()
        guard Set(method).count == method.count else { throw ValidationError("--method names a method twice") }
        guard Set(gap).count == gap.count else { throw ValidationError("--gap names a gap twice") }
    }

    /// The settings the analysis runs with; `table` is the file of men per region and
    /// group, for `--by table`.
    public func settings(table: String? = nil) -> WithinSettings {
        var settings = WithinSettings()
        settings.split = by
        settings.table = table
        settings.methods = method
        settings.covariates = covariates?.names ?? []
        settings.gaps = noGaps ? [] : gap
        settings.gapCovariates = gapCovariates.names
        settings.confidence = confidence.value
        settings.per = per.value
        settings.leaveOutCapitals = !keepCapitals
        settings.seed = UInt64(seed.whole)
        settings.chains = chains.whole
        settings.warmup = warmup.whole
        settings.draws = draws.whole
        settings.thin = thin.whole
        return settings
    }

    /// The analysis of a dataset's regional counts.
    ///
    /// - Parameter table: the file of men per region and group, for `--by table`.
    /// - Throws: ``AnalysisError`` for a split without its table, a composition that
    ///   does not fit the regions, or a method that cannot be fitted.
    public func run(on dataset: AnalysisDataset, table: String? = nil) throws(AnalysisError) -> WithinRegions {
        let settings = settings(table: table)
        try settings.validate()
        let composition = try settings.composition(table: dataset.table, resolver: dataset.resolver)
        return try WithinRegions(counts: dataset.counts, table: dataset.table, composition: composition, options: settings)
    }

    /// Chains: 1 to 16.
    public enum ChainsMeaning: NumberMeaning { public static let range = NumberRange.whole(1, 16) }
    /// Warm-up iterations: 0 to 10⁶.
    public enum WarmupMeaning: NumberMeaning { public static let range = NumberRange.whole(0, 1_000_000) }
    /// Draws kept: 100 to 10⁶.
    public enum DrawsMeaning: NumberMeaning { public static let range = NumberRange.whole(100, 1_000_000) }
    /// Thinning: 1 to 1,000.
    public enum ThinMeaning: NumberMeaning { public static let range = NumberRange.whole(1, 1_000) }
}

extension WithinSettings.Split: ExpressibleByArgument, ArgumentSchema {}
extension WithinSettings.Method: ExpressibleByArgument, ArgumentSchema {}
extension WithinSettings.Gap: ExpressibleByArgument, ArgumentSchema {}
