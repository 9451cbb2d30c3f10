import BurdenData
import BurdenStats

/// The choices of the analysis "who within the regions" (``WithinRegions``, METHODS.md
/// §12): which split of the men, which methods, and how they are run. Every field has
/// a default, a valid range and a one-line help (``fields``); ``validate()`` checks them.
public struct WithinOptions: Sendable, Hashable, Codable {
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

    /// One field's specification: its name as users type it, default, valid values and help.
    public struct Field: Sendable, Hashable, Codable {
        /// The name on the command line and in queries (`gap-covariates`).
        public let name: String
        /// The default, as text.
        public let defaultValue: String
        /// The valid values: the choices of an enum, or a range.
        public let valid: String
        /// One line of help.
        public let help: String
    }

    /// Every field, for commands, queries and the API document.
    public static let fields: [Field] = [
        Field(
            name: "by", defaultValue: Split.urban.rawValue, valid: Split.allCases.map(\.rawValue).joined(separator: "|"),
            help: "the groups: urban and rural men, ethnic Russians and others, or the groups of --table"),
        Field(
            name: "table", defaultValue: "", valid: "a CSV of men per region and group (wide: region,GROUP…; long: region,group,count)",
            help: "the group composition of each region, for --by table"),
        Field(
            name: "methods", defaultValue: Method.allCases.map(\.rawValue).joined(separator: ","),
            valid: Method.allCases.map(\.rawValue).joined(separator: "|") + ", comma-separated",
            help: "the methods run, bounds first"),
        Field(
            name: "covariates", defaultValue: "", valid: "region-table columns, comma-separated",
            help: "let each group's rate vary with these regional covariates (the extended Goodman model)"),
        Field(
            name: "gaps", defaultValue: Gap.allCases.map(\.rawValue).joined(separator: ","),
            valid: Gap.allCases.map(\.rawValue).joined(separator: "|") + ", comma-separated, or none",
            help: "the gaps between sets of regions to decompose into composition and the rest"),
        Field(
            name: "gap-covariates", defaultValue: "urban_share_2021,below_subsistence_pct_2020,non_russian_share_men_2010",
            valid: "region-table columns, comma-separated", help: "the covariates of the regression-based decomposition"),
        Field(name: "confidence", defaultValue: "0.95", valid: "0.5 to 0.999", help: "the level of every interval"),
        Field(name: "per", defaultValue: "100000", valid: "1 to 1e9", help: "rates are deaths per this many men"),
        Field(
            name: "leave-out-capitals", defaultValue: "true", valid: "true|false",
            help: "repeat the estimates without Moscow, St Petersburg and Moscow Oblast"),
        Field(name: "seed", defaultValue: "1", valid: "0 to 2^64 − 1", help: "the seed of the sampler: the same seed gives the same draws"),
        Field(name: "chains", defaultValue: "4", valid: "1 to 16", help: "the sampler's chains (two or more give R-hat)"),
        Field(name: "warmup", defaultValue: "1000", valid: "0 to 10^6", help: "warm-up iterations per chain, discarded"),
        Field(name: "draws", defaultValue: "2000", valid: "100 to 10^6", help: "draws kept per chain"),
        Field(name: "thin", defaultValue: "1", valid: "1 to 1000", help: "iterations per kept draw"),
    ]

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
        guard !methods.isEmpty else { throw AnalysisError("--methods names no method (choose from \(Self.fields[2].valid))") }
        guard Set(methods).count == methods.count else { throw AnalysisError("--methods names a method twice") }
        guard Set(covariates).count == covariates.count else { throw AnalysisError("--covariates names a covariate twice") }
        guard Set(gapCovariates).count == gapCovariates.count else { throw AnalysisError("--gap-covariates names a covariate twice") }
        guard confidence >= 0.5, confidence <= 0.999 else { throw AnalysisError("--confidence \(confidence) is not between 0.5 and 0.999") }
        guard per >= 1, per <= 1e9 else { throw AnalysisError("--per \(per) is not between 1 and 1e9") }
        guard (1...16).contains(chains) else { throw AnalysisError("--chains \(chains) is not between 1 and 16") }
        guard (0...1_000_000).contains(warmup) else { throw AnalysisError("--warmup \(warmup) is not between 0 and 1000000") }
        guard (100...1_000_000).contains(draws) else { throw AnalysisError("--draws \(draws) is not between 100 and 1000000") }
        guard (1...1000).contains(thin) else { throw AnalysisError("--thin \(thin) is not between 1 and 1000") }
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
