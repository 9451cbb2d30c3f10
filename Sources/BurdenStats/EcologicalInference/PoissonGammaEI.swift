import RealModule

/// A hierarchical model of ecological inference for rare events — each region has its
/// own death rate in each group, drawn from a gamma distribution per group — fitted by
/// Markov chain Monte Carlo.
///
/// **Model.** In region i the dᵢ deaths are the sum of unobserved deaths dᵢ_g of the
/// groups g = 1…R, with Nᵢ_g men each:
///
///     dᵢ_g | λᵢ_g ~ Poisson(Nᵢ_g·λᵢ_g),   λᵢ_g ~ Gamma(κ_g, rate b_g)   (mean m_g = κ_g/b_g)
///     κ_g ~ Gamma(a_κ, r_κ),   ln m_g ~ Normal(ln c, s²)   (c the crude rate Σdᵢ/ΣNᵢ)
///
/// It is the binomial–beta hierarchical model of ecological inference (Wakefield 2004;
/// Rosen, Jiang, King & Tanner 2001, whose multinomial–Dirichlet model is the 2 × 2
/// case with Dirichlet parameters (κ_g, b_g)) in the limit of rare events: when pᵢ_g is
/// of order 10⁻³ and Nᵢ_g of order 10⁵, Binomial(N, p) is Poisson(Np) and a Beta(κ, b)
/// proportion with b ≫ κ is Gamma(κ, b), to relative errors of order p. The limit makes
/// every conditional distribution exact and cheap.
///
/// **Sampler.** Each iteration
/// 1. draws each region's split of its deaths given the hyperparameters, with λ
///    integrated out: dᵢ_g is then negative binomial, NB(κ_g, qᵢ_g), qᵢ_g = Nᵢ_g/(b_g + Nᵢ_g),
///    and for two groups the split is drawn exactly from
///    P(dᵢ₁ = k) ∝ NB(k; κ₁, qᵢ₁)·NB(dᵢ − k; κ₂, qᵢ₂), k = 0…dᵢ, computed by the ratio of
///    consecutive terms; with more groups each pair of groups is redrawn so in turn;
/// 2. updates ln κ_g and ln m_g by slice sampling (Neal 2003) on their conditional given
///    the splits, λ again integrated out (the product of the regions' NB probabilities).
/// The sampler is a two-block Gibbs sampler on (splits, hyperparameters) of the model
/// with λ integrated out; the regions' λ are never needed. Regions without men in a
/// group do not enter its hyperparameters. Chains start from dispersed values of κ and
/// of the mean rate around the crude rate.
///
/// The quantities reported are functions of each draw of the splits dᵢ_g: a region's
/// rate in a group dᵢ_g/Nᵢ_g (which lies within the bounds of ``EcologicalBounds`` in
/// every draw), the country's Σᵢdᵢ_g/Σᵢ Nᵢ_g, a group's share of the dead.
///
/// **Reproducibility.** Chain c draws from `generator(c)`; the same generators give
/// the same draws (see ``RandomDraws``).
///
/// Wakefield, J. (2004). Ecological inference for 2 × 2 tables. JRSS A 167(3):385–445.
/// Rosen, O., Jiang, W., King, G., Tanner, M. A. (2001). Bayesian and frequentist
/// inference for ecological inference: the R × C case. Statistica Neerlandica
/// 55(2):134–156.
public struct PoissonGammaEI: Sendable {
    /// The priors of κ_g and m_g.
    public struct Prior: Sendable, Hashable, Codable {
        /// a_κ, the shape of κ's gamma prior.
        public var shapeShape: Double
        /// r_κ, the rate of κ's gamma prior.
        public var shapeRate: Double
        /// s, the standard deviation of ln m_g's normal prior around the logarithm of the
        /// crude rate of all regions.
        public var logMeanSD: Double

        /// The default: κ ~ exponential with mean 10 (region-to-region coefficients of
        /// variation 1/√κ from about 0.1 to 3 are plausible), and ln m ~ N(ln crude, 2.35²)
        /// — 95% of the prior within a factor of 100 of the crude rate either way. A proper
        /// prior on m is needed: when the totals can be explained with a group's rate at 0,
        /// the likelihood stays positive as m_g → 0 and a prior flat in ln m has infinite mass.
        public static let standard = Prior(shapeShape: 1, shapeRate: 0.1, logMeanSD: 2.35)

        /// Creates a prior; every parameter must be positive.
        public init(shapeShape: Double, shapeRate: Double, logMeanSD: Double) {
            self.shapeShape = shapeShape
            self.shapeRate = shapeRate
            self.logMeanSD = logMeanSD
        }
    }

    /// How long the chains run.
    public struct Settings: Sendable, Hashable, Codable {
        /// The number of chains (≥ 1; 4 by default, so that R̂ compares them).
        public var chains: Int
        /// Iterations discarded at the start of each chain.
        public var warmup: Int
        /// Draws kept per chain.
        public var draws: Int
        /// Iterations per kept draw.
        public var thin: Int

        /// Creates settings; 4 chains of 1,000 warm-up iterations and 2,000 draws by default.
        public init(chains: Int = 4, warmup: Int = 1_000, draws: Int = 2_000, thin: Int = 1) {
            self.chains = chains
            self.warmup = warmup
            self.draws = draws
            self.thin = thin
        }
    }

    /// The number of regions n.
    public let regionCount: Int
    /// The number of groups R.
    public let groupCount: Int
    /// The settings run.
    public let settings: Settings
    /// The prior used.
    public let prior: Prior
    /// Nᵢ_g, row by row.
    public let men: [[Double]]
    /// dᵢ.
    public let deaths: [Int]
    /// The kept draws of every dᵢ_g: chain-major, then draw, region and group.
    private let splits: [Int32]
    /// The kept draws of (κ_g, m_g): chain-major, then draw, then 2 per group.
    private let hyperDraws: [Double]

    /// Runs the chains.
    ///
    /// - Parameters:
    ///   - deaths: dᵢ, whole numbers ≥ 0.
    ///   - men: Nᵢ_g per region, R ≥ 2 counts ≥ 0 each; a region with deaths needs men.
    ///   - prior: the hyperpriors.
    ///   - settings: chains and lengths.
    ///   - generator: the generator of chain c.
    /// - Throws: ``StatsError/Code/invalidInput`` for counts that break these rules or
    ///   settings below 1 (4 draws).
    /// - Complexity: O(chains × iterations × (Σᵢdᵢ·R² + n·R)).
    public init<G: RandomNumberGenerator>(
        deaths: [Int], men: [[Double]], prior: Prior = .standard, settings: Settings = Settings(),
        generator: (Int) -> G
    ) throws {
        let n = deaths.count
        guard n >= 2, men.count == n, let width = men.first?.count, width >= 2, men.allSatisfy({ $0.count == width }) else {
            throw StatsError(.invalidInput, "the hierarchical model needs two or more regions with the same R ≥ 2 groups each")
        }
        for i in 0..<n {
            guard deaths[i] >= 0, deaths[i] < Int(Int32.max), men[i].allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw StatsError(.invalidInput, "region \(i + 1) has a negative or non-finite count")
            }
            guard deaths[i] == 0 || men[i].reduce(0, +) > 0 else {
                throw StatsError(.invalidInput, "region \(i + 1) has deaths but no men in any group")
            }
        }
        guard settings.chains >= 1, settings.warmup >= 0, settings.draws >= 4, settings.thin >= 1 else {
            throw StatsError(.invalidInput, "the sampler needs ≥ 1 chain, ≥ 4 draws and a thinning ≥ 1")
        }
        guard prior.shapeShape > 0, prior.shapeRate > 0, prior.logMeanSD > 0 else {
            throw StatsError(.invalidInput, "the prior's parameters must be positive")
        }
        var splits: [Int32] = []
        var hyper: [Double] = []
        splits.reserveCapacity(settings.chains * settings.draws * n * width)
        for chain in 0..<settings.chains {
            var random = generator(chain)
            var sampler = PoissonGammaChain(deaths: deaths, men: men, prior: prior, chain: chain)
            for iteration in 0..<(settings.warmup + settings.draws * settings.thin) {
                sampler.iterate(using: &random)
                let kept = iteration - settings.warmup
                if kept >= 0, kept % settings.thin == 0 {
                    splits.append(contentsOf: sampler.split)
                    for g in 0..<width { hyper.append(contentsOf: [sampler.shape[g], sampler.mean[g]]) }
                }
            }
        }
        self.regionCount = n
        self.groupCount = width
        self.settings = settings
        self.prior = prior
        self.men = men
        self.deaths = deaths
        self.splits = splits
        self.hyperDraws = hyper
    }

    /// A quantity computed from every kept draw, chain by chain: `quantity` receives the
    /// draw's dᵢ_g as a buffer indexed `i·R + g`.
    ///
    /// - Complexity: O(chains × draws × the cost of `quantity`).
    public func draws(of quantity: (UnsafeBufferPointer<Int32>) -> Double) -> [[Double]] {
        let block = regionCount * groupCount
        return splits.withUnsafeBufferPointer { all in
            (0..<settings.chains).map { chain in
                (0..<settings.draws).map { draw in
                    let start = (chain * settings.draws + draw) * block
                    return quantity(UnsafeBufferPointer(rebasing: all[start..<(start + block)]))
                }
            }
        }
    }

    /// The draws of κ_g (`mean: false`) or of the mean rate m_g = κ_g/b_g (`mean: true`), chain by chain.
    public func hyperparameterDraws(group g: Int, mean: Bool) -> [[Double]] {
        (0..<settings.chains).map { chain in
            (0..<settings.draws).map { draw in
                hyperDraws[((chain * settings.draws + draw) * groupCount + g) * 2 + (mean ? 1 : 0)]
            }
        }
    }
}
