import BurdenData
import BurdenStats

/// The Poisson–gamma hierarchical model (``PoissonGammaEI``) on a ``WithinFrame``, and
/// what the analysis reports from its draws: the country's rate of each group
/// Σᵢdᵢ_g/Σᵢ Nᵢ_g, the ratios, each group's share of the dead, every region's group
/// rates, and the sampler's convergence.
struct HierarchicalEstimate {
    static let method = "hierarchical"
    let model: PoissonGammaEI
    let rates: [WithinRegions.RateRow]
    let ratios: [WithinRegions.RatioRow]
    /// The posterior of every region's group rate, per `per` men: [region][group].
    let regionRates: [[PosteriorSummary]]
    /// Each region's posterior mean share of its dead per group.
    let regionShares: [[Double]]
    let sampler: [WithinRegions.SamplerRow]
    let diagnostics: [WithinRegions.Diagnostic]

    /// Runs the sampler, chain c from `SeededGenerator(seed: seed + c·φ)`, φ = 2⁶⁴/golden ratio.
    ///
    /// - Throws: ``AnalysisError`` when the model refuses the data or settings.
    init(frame: WithinFrame, options: WithinSettings) throws(AnalysisError) {
        let seed = options.seed
        let model: PoissonGammaEI
        do {
            model = try PoissonGammaEI(
                deaths: frame.deaths, men: frame.men, settings: options.samplerSettings
            ) { SeededGenerator(seed: seed &+ UInt64($0) &* 0x9E37_79B9_7F4A_7C15) }
        } catch {
            throw AnalysisError("the hierarchical model cannot run: \(error)")
        }
        let r = frame.groups.count
        let n = frame.regions.count
        let per = options.per
        let confidence = options.confidence
        let menTotals = frame.menTotals
        let menAll = menTotals.reduce(0, +)
        let total = Double(frame.totalDeaths)
        let groupDeaths = (0..<r).map { g in
            model.draws { split in (0..<n).reduce(0.0) { $0 + Double(split[$1 * r + g]) } }
        }
        var rates: [WithinRegions.RateRow] = []
        var sampler: [WithinRegions.SamplerRow] = []
        for g in 0..<r {
            let rate = PosteriorSummary(chains: groupDeaths[g].map { $0.map { $0 / menTotals[g] * per } }, confidence: confidence)
            let share = PosteriorSummary(chains: groupDeaths[g].map { $0.map { $0 / total } }, confidence: confidence)
            rates.append(.init(
                method: Self.method, term: frame.groups[g], estimate: rate.mean, stdError: rate.sd, confLow: rate.confLow,
                confHigh: rate.confHigh, interval: "posterior", men: menTotals[g], menShare: menTotals[g] / menAll,
                deathShare: share.mean, deathShareLow: share.confLow, deathShareHigh: share.confHigh, onBoundary: false,
                mcStdError: rate.mcStdError))
            sampler.append(.init(term: "rate:\(frame.groups[g])", rHat: rate.rHat, effectiveSampleSize: rate.effectiveSampleSize, mcStdError: rate.mcStdError))
            for (label, mean) in [("shape", false), ("mean", true)] {
                let summary = PosteriorSummary(chains: model.hyperparameterDraws(group: g, mean: mean), confidence: confidence)
                sampler.append(.init(
                    term: "\(label):\(frame.groups[g])", rHat: summary.rHat, effectiveSampleSize: summary.effectiveSampleSize,
                    mcStdError: summary.mcStdError))
            }
        }
        let reference = r - 1
        var ratios: [WithinRegions.RatioRow] = []
        for g in 0..<(r - 1) {
            let draws = zip(groupDeaths[g], groupDeaths[reference]).map { a, b in
                zip(a, b).map { $1 > 0 ? ($0 / menTotals[g]) / ($1 / menTotals[reference]) : .infinity }
            }
            guard draws.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { continue }
            let ratio = PosteriorSummary(chains: draws, confidence: confidence)
            ratios.append(.init(
                method: Self.method, term: "\(frame.groups[g])/\(frame.groups[reference])", estimate: ratio.mean,
                stdError: ratio.sd, confLow: ratio.confLow, confHigh: ratio.confHigh, interval: "posterior",
                mcStdError: ratio.mcStdError))
            sampler.append(.init(
                term: "ratio:\(frame.groups[g])/\(frame.groups[reference])", rHat: ratio.rHat,
                effectiveSampleSize: ratio.effectiveSampleSize, mcStdError: ratio.mcStdError))
        }
        var regionRates: [[PosteriorSummary]] = []
        var regionShares: [[Double]] = []
        for i in 0..<n {
            var summaries: [PosteriorSummary] = []
            var shares: [Double] = []
            for g in 0..<r {
                let draws = model.draws { Double($0[i * r + g]) }
                let people = frame.men[i][g]
                summaries.append(PosteriorSummary(chains: draws.map { $0.map { people > 0 ? $0 / people * per : 0 } }, confidence: confidence))
                let count = Double(draws.reduce(0) { $0 + $1.count })
                shares.append(frame.deaths[i] > 0 ? draws.reduce(0) { $0 + $1.reduce(0, +) } / count / Double(frame.deaths[i]) : 0)
            }
            regionRates.append(summaries)
            regionShares.append(shares)
        }
        var diagnostics: [WithinRegions.Diagnostic] = []
        let worst = sampler.max { $0.rHat < $1.rHat }
        let thinnest = sampler.min { $0.effectiveSampleSize < $1.effectiveSampleSize }
        if let worst, let thinnest, worst.rHat > 1.01 || thinnest.effectiveSampleSize < 400 {
            diagnostics.append(.init(
                kind: "sampler", method: Self.method, region: nil,
                message: "the sampler may not have converged (largest R-hat \(shortText(worst.rHat)) for \(worst.term), "
                    + "smallest effective sample \(shortText(thinnest.effectiveSampleSize)) for \(thinnest.term)): run longer "
                    + "chains (--draws, --warmup) before relying on the hierarchical estimates"))
        }
        self.model = model
        self.rates = rates
        self.ratios = ratios
        self.regionRates = regionRates
        self.regionShares = regionShares
        self.sampler = sampler
        self.diagnostics = diagnostics
    }
}
