import BurdenData
import BurdenStats

/// The settings "who within the regions" runs with (``WithinRegions``, METHODS.md §12):
/// which split of the men, which methods, and how they are run — the values of its
/// specification (``WithinOptions``), whose options give each its default, range and
/// help; ``validate()`` checks them for callers that build settings in code.
public struct WithinSettings: Sendable, Hashable, Codable {
    /// Which groups the men of each region are split into.
    public enum Split: String, Sendable, Hashable, Codable, CaseIterable {
        /// Urban and rural men aged 16–61 (2021 census).
        case urban
        /// Ethnic Russian and other men aged 16–61 (2021 men, 2010 cohort shares).
        case ethnicRussian = "ethnic-russian"
        /// The groups of a user's table of men per region and group (``table``).
        case table
    }

    /// The methods of ecological inference.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        /// Duncan–Davis bounds: what the totals allow, assumption-free.
        case bounds
        /// Goodman's regression, identity link, Poisson likelihood.
        case goodmanPoisson = "goodman-poisson"
        /// Goodman's regression, identity link, negative-binomial (NB2) likelihood.
        case goodmanNegbin = "goodman-negbin"
        /// The Poisson–gamma hierarchical model, by MCMC.
        case hierarchical
    }

    /// The gaps between sets of regions to decompose.
    public enum Gap: String, Sendable, Hashable, Codable, CaseIterable {
        /// National republics against the other regions.
        case republic
        /// The poorest fifth of the men (by below_subsistence_pct_2020) against the richest fifth.
        case povertyFifths = "poverty-fifths"
    }

    /// The split; `urban` by default.
    public var split: Split = .urban
    /// The table of men per region and group, for `split = .table`.
    public var table: String? = nil
    /// The methods run, in the order given; all by default.
    public var methods: [Method] = Method.allCases
    /// Regional covariates of the extended Goodman model, β_g(x) = β_g0 + β_g1·(x − x̄);
    /// none by default (no extended model).
    public var covariates: [String] = []
    /// The gaps decomposed; both by default.
    public var gaps: [Gap] = Gap.allCases
    /// The covariates of the regression-based decomposition.
    public var gapCovariates: [String] = ["urban_share_2021", "below_subsistence_pct_2020", "non_russian_share_men_2010"]
    /// The level of every interval; 0.95 by default.
    public var confidence: Double = 0.95
    /// Rates are per this many men; 100,000 by default.
    public var per: Double = 100_000
    /// Whether the analysis is repeated without Moscow, St Petersburg and Moscow Oblast.
    public var leaveOutCapitals: Bool = true
    /// The seed of the sampler's generators (chain c uses its own stream).
    public var seed: UInt64 = 1
    /// The sampler's chains.
    public var chains: Int = 4
    /// Warm-up iterations per chain, discarded.
    public var warmup: Int = 1_000
    /// Draws kept per chain.
    public var draws: Int = 2_000
    /// Iterations per kept draw.
    public var thin: Int = 1

    /// Creates the default options.
    public init() {}

    /// The sampler's settings.
    public var samplerSettings: PoissonGammaEI.Settings {
        PoissonGammaEI.Settings(chains: chains, warmup: warmup, draws: draws, thin: thin)
    }

    /// Checks every field.
    ///
    /// - Throws: ``AnalysisError`` naming the field and the value out of range, a split of
    ///   `table` without a table (or a table with another split), no method, a method
    ///   given twice, or a covariate given twice.
    public func validate() throws(AnalysisError) {
        if split == .table, (table ?? "").isEmpty { throw AnalysisError("--by table needs --table FILE") }
        if split != .table, table != nil { throw AnalysisError("--table is read only with --by table (got --by \(split.rawValue))") }
        guard !methods.isEmpty else {
            throw AnalysisError("--methods names no method (choose from \(Method.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard Set(methods).count == methods.count else { throw AnalysisError("--methods names a method twice") }
        guard Set(covariates).count == covariates.count else { throw AnalysisError("--covariates names a covariate twice") }
        guard Set(gapCovariates).count == gapCovariates.count else { throw AnalysisError("--gap-covariates names a covariate twice") }
        let numbers: [(String, Double, NumberRange)] = [
            ("confidence", confidence, ConfidenceMeaning.range), ("per", per, RateBaseMeaning.range),
            ("chains", Double(chains), WithinOptions.ChainsMeaning.range), ("warmup", Double(warmup), WithinOptions.WarmupMeaning.range),
            ("draws", Double(draws), WithinOptions.DrawsMeaning.range), ("thin", Double(thin), WithinOptions.ThinMeaning.range),
        ]
        for (name, value, range) in numbers where !range.contains(value) {
            throw AnalysisError("--\(name) must be \(range) (got \(NumberRange.plain(value)))")
        }
    }

    /// The group composition the split names: from the region table, or read from ``table``.
    ///
    /// - Throws: ``AnalysisError`` with the reader's or the reference's message.
    public func composition(table regions: RegionTable, resolver: RegionResolver) throws(AnalysisError) -> GroupComposition {
        do {
            switch split {
            case .urban: return try GroupComposition.urban(table: regions)
            case .ethnicRussian: return try GroupComposition.ethnicRussian(table: regions)
            case .table: return try GroupCompositionReader.read(path: table ?? "", resolver: resolver)
            }
        } catch {
            throw AnalysisError(error.message)
        }
    }
}
