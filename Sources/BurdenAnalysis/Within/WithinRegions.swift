import BurdenData
import BurdenStats

/// Who within the regions bears the burden: the death rates of groups of men that the
/// data never separate — urban and rural, ethnic Russians and others — estimated from
/// each region's deaths and its men by group (ecological inference, METHODS.md §12).
///
/// Bounds come first (what the totals allow, with no assumption), then Goodman's
/// regression with Poisson and negative-binomial likelihoods (and, with covariates, the
/// extended model whose group rates vary with them), then the Poisson–gamma
/// hierarchical model that gives every region its own group rates. Diagnostics flag
/// where the assumptions fail, the estimates are repeated without the capitals, and
/// gaps between sets of regions are decomposed. Every result carries ``caution``.
///
/// Tables are tidy, with broom's column names; rates are per ``per`` men.
public struct WithinRegions: Sendable, Codable, Equatable {
    /// One group's rate by one method.
    public struct RateRow: Sendable, Codable, Equatable {
        /// The method: `bounds`, `goodman-poisson`, `goodman-negbin`, `extended-poisson`,
        /// `extended-negbin`, `hierarchical`.
        public let method: String
        /// The group.
        public let term: String
        /// The estimate per ``WithinRegions/per`` men; `nil` for bounds.
        public let estimate: Double?
        /// Its standard error (posterior sd for the hierarchical model); `nil` for bounds
        /// and on the boundary.
        public let stdError: Double?
        /// The lower limit (of the bounds, or of the interval).
        public let confLow: Double
        /// The upper limit.
        public let confHigh: Double
        /// How the limits were found: `bounds`, `profile-likelihood`, `wald`, `posterior`.
        public let interval: String
        /// The group's men.
        public let men: Double
        /// The group's share of the men.
        public let menShare: Double
        /// The implied share of the dead in the group; `nil` for bounds.
        public let deathShare: Double?
        /// Its interval (its bounds, for bounds).
        public let deathShareLow: Double
        public let deathShareHigh: Double
        /// Whether the estimate sits on the boundary 0 of its parameter space.
        public let onBoundary: Bool
        /// The Monte Carlo standard error of the estimate (hierarchical model).
        public let mcStdError: Double?
    }

    /// The ratio of a group's rate to the reference group's (the last group).
    public struct RatioRow: Sendable, Codable, Equatable {
        public let method: String
        /// `urban/rural`.
        public let term: String
        /// `nil` for bounds.
        public let estimate: Double?
        public let stdError: Double?
        public let confLow: Double
        /// +∞ is written as `nil`.
        public let confHigh: Double?
        public let interval: String
        public let mcStdError: Double?
    }

    /// One region's group: its men, its bounds and the hierarchical model's rate.
    public struct RegionRow: Sendable, Codable, Equatable {
        public let code: String
        public let name: String
        public let term: String
        public let deaths: Int
        public let men: Double
        /// The bounds of the group's rate per ``WithinRegions/per``; `nil` without men.
        public let boundLow: Double?
        public let boundHigh: Double?
        /// The hierarchical model's posterior mean and interval, when it ran.
        public let estimate: Double?
        public let confLow: Double?
        public let confHigh: Double?
    }

    /// A coefficient of a Goodman model, per ``WithinRegions/per`` men (slopes per unit of
    /// their covariate, centred at its men-weighted mean).
    public struct CoefficientRow: Sendable, Codable, Equatable {
        public let method: String
        /// `urban` (the group's rate at the mean covariates) or `urban:below_subsistence_pct_2020`.
        public let term: String
        public let estimate: Double
        public let stdError: Double?
        public let statistic: Double?
        public let pValue: Double?
        public let confLow: Double?
        public let confHigh: Double?
    }

    /// A model's summary, with glance's names.
    public struct FitRow: Sendable, Codable, Equatable {
        public let method: String
        public let logLikelihood: Double
        public let deviance: Double
        public let pearsonChiSquared: Double
        public let alpha: Double?
        public let alphaStdError: Double?
        public let nobs: Int
        public let dfResidual: Int
        /// The groups whose rate the fit holds at 0.
        public let boundaryTerms: [String]
    }

    /// A warning a careful reader needs, in plain language.
    public struct Diagnostic: Sendable, Codable, Equatable {
        /// `outside-bounds`, `negative-rate`, `aggregation-bias`, `models-disagree`,
        /// `boundary`, `sampler`, `not-estimable`, `dropped`.
        public let kind: String
        public let method: String?
        public let region: String?
        public let message: String
    }

    /// Where two methods split a region's deaths most differently.
    public struct DisagreementRow: Sendable, Codable, Equatable {
        public let code: String
        public let name: String
        public let term: String
        public let deaths: Int
        /// The group's share of the region's dead by the first method and by the second.
        public let methodA: String
        public let shareA: Double
        public let methodB: String
        public let shareB: Double
    }

    /// One component of a decomposed gap, per ``WithinRegions/per`` men.
    public struct DecompositionRow: Sendable, Codable, Equatable {
        /// `republic` or `poverty-fifths`.
        public let gap: String
        /// `kitagawa` (hierarchical draws), `oaxaca-negbin` or `oaxaca-poisson`.
        public let method: String
        /// `gap`, `composition`, `rates`, `explained`, `unexplained`, or a covariate.
        public let term: String
        public let estimate: Double
        public let stdError: Double?
        public let confLow: Double?
        public let confHigh: Double?
        /// The sets compared (`national_republic` against `other`).
        public let setA: String
        public let setB: String
    }

    /// The sampler's convergence for one quantity.
    public struct SamplerRow: Sendable, Codable, Equatable {
        /// `rate:urban`, `shape:urban` (κ), `mean:urban` (m).
        public let term: String
        public let rHat: Double
        public let effectiveSampleSize: Double
        public let mcStdError: Double
    }

    /// The plain-language caution every result carries.
    public static let cautionText =
        "These are ecological estimates: the list records where the dead came from, not whether they were urban or "
        + "rural, Russian or not. Each group's rate is inferred from how deaths vary across regions with different "
        + "compositions, which is right only if men of one group die at similar rates wherever they live (or as the "
        + "model lets the rates vary). Only the bounds need no such assumption."

    /// What the groups split, and the groups, the reference group last.
    public let split: String
    public let groups: [String]
    /// Where the composition comes from.
    public let compositionSource: String
    public let per: Double
    public let confidence: Double
    /// The regions used, and all deaths among them.
    public let regionCount: Int
    public let deaths: Int
    /// Deaths without a region (not in any estimate).
    public let unassigned: Int
    /// Regions with deaths left out, with why.
    public let dropped: [RegionalFrame.Dropped]
    public let caution: String
    public let rates: [RateRow]
    public let ratios: [RatioRow]
    public let regions: [RegionRow]
    public let coefficients: [CoefficientRow]
    public let fits: [FitRow]
    public let diagnostics: [Diagnostic]
    public let disagreements: [DisagreementRow]
    /// The rates and ratios again without Moscow, St Petersburg and Moscow Oblast.
    public let capitalsLeftOut: [RateRow]
    public let capitalsLeftOutRatios: [RatioRow]
    public let decomposition: [DecompositionRow]
    public let sampler: [SamplerRow]
    /// The sampler's settings and seed, when it ran.
    public let samplerSettings: PoissonGammaEI.Settings?
    public let seed: UInt64?
}
