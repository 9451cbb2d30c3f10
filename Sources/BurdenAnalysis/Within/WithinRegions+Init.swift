import BurdenData
import BurdenStats

extension WithinRegions {
    /// The codes of Moscow, St Petersburg and Moscow Oblast, left out by the sensitivity run.
    public static let capitals: Set<String> = ["RU-MOW", "RU-SPE", "RU-MOS"]

    /// Runs the analysis.
    ///
    /// - Parameters:
    ///   - counts: deaths per region code (``AnalysisDataset/counts``).
    ///   - table: the regions and their figures.
    ///   - composition: the men of each region by group (``WithinSettings/composition(table:resolver:)``).
    ///   - options: the methods and their settings, validated here.
    /// - Throws: ``AnalysisError`` for invalid options, counts naming unknown regions,
    ///   fewer than three regions with a composition, or a method that cannot be fitted.
    public init(counts: RegionalCounts, table: RegionTable, composition: GroupComposition, options: WithinSettings)
        throws(AnalysisError)
    {
        try options.validate()
        let frame = try WithinFrame(counts: counts, table: table, composition: composition)
        let core = try WithinCore(frame: frame, table: table, options: options)
        var capitalRates: [RateRow] = []
        var capitalRatios: [RatioRow] = []
        if options.leaveOutCapitals, frame.regions.contains(where: { Self.capitals.contains($0.code) }) {
            let rest = try WithinFrame(counts: counts, table: table, composition: composition, excluding: Self.capitals)
            let without = try WithinCore(frame: rest, table: table, options: options)
            capitalRates = without.rates
            capitalRatios = without.ratios
        }
        var diagnostics = core.diagnostics
        for entry in frame.dropped {
            diagnostics.append(.init(kind: "dropped", method: nil, region: entry.code, message: "\(entry.name) is left out: \(entry.reason)"))
        }
        let decomposition = try WithinDecomposition.rows(frame: frame, table: table, options: options, hierarchical: core.hierarchical)
        diagnostics += decomposition.diagnostics

        self.split = composition.split
        self.groups = frame.groups
        self.compositionSource = composition.source
        self.per = options.per
        self.confidence = options.confidence
        self.regionCount = frame.regions.count
        self.deaths = frame.totalDeaths
        self.unassigned = counts.unassigned
        self.dropped = frame.dropped
        self.caution = Self.cautionText
        self.rates = core.rates
        self.ratios = core.ratios
        self.regions = core.regionRows
        self.coefficients = core.coefficients
        self.fits = core.fits
        self.diagnostics = diagnostics
        self.disagreements = core.disagreements
        self.capitalsLeftOut = capitalRates
        self.capitalsLeftOutRatios = capitalRatios
        self.decomposition = decomposition.rows
        self.sampler = core.hierarchical?.sampler ?? []
        self.samplerSettings = core.hierarchical == nil ? nil : options.samplerSettings
        self.seed = core.hierarchical == nil ? nil : options.seed
    }
}

/// The methods on one frame: bounds, Goodman's models, the hierarchical model, and the
/// diagnostics that compare them.
struct WithinCore {
    var rates: [WithinRegions.RateRow] = []
    var ratios: [WithinRegions.RatioRow] = []
    var regionRows: [WithinRegions.RegionRow] = []
    var coefficients: [WithinRegions.CoefficientRow] = []
    var fits: [WithinRegions.FitRow] = []
    var diagnostics: [WithinRegions.Diagnostic] = []
    var disagreements: [WithinRegions.DisagreementRow] = []
    var hierarchical: HierarchicalEstimate?

    init(frame: WithinFrame, table: RegionTable, options: WithinSettings) throws(AnalysisError) {
        let per = options.per
        let r = frame.groups.count
        let bounds = EcologicalBounds(deaths: frame.deaths.map(Double.init), groups: frame.men)
        let menTotals = frame.menTotals
        let menAll = menTotals.reduce(0, +)
        if options.methods.contains(.bounds) {
            for g in 0..<r {
                let rate = bounds.rate(group: g)
                let share = bounds.share(group: g)
                rates.append(.init(
                    method: "bounds", term: frame.groups[g], estimate: nil, stdError: nil, confLow: rate.lower * per,
                    confHigh: rate.upper * per, interval: "bounds", men: menTotals[g], menShare: menTotals[g] / menAll,
                    deathShare: nil, deathShareLow: share.lower, deathShareHigh: share.upper, onBoundary: false, mcStdError: nil))
            }
            if let ratio = bounds.ratio {
                ratios.append(.init(
                    method: "bounds", term: "\(frame.groups[0])/\(frame.groups[1])", estimate: nil, stdError: nil,
                    confLow: ratio.lower, confHigh: ratio.upper.isFinite ? ratio.upper : nil, interval: "bounds", mcStdError: nil))
            }
        }
        var goodman: [GoodmanEstimate] = []
        let families: [(WithinSettings.Method, IdentityLinkRegression.Family)] = [(.goodmanPoisson, .poisson), (.goodmanNegbin, .negbin)]
        for (method, family) in families where options.methods.contains(method) {
            do {
                goodman.append(try GoodmanEstimate.basic(frame: frame, family: family, confidence: options.confidence, per: per))
                if !options.covariates.isEmpty {
                    goodman.append(try GoodmanEstimate.extended(
                        frame: frame, table: table, covariates: options.covariates, family: family,
                        confidence: options.confidence, per: per).extended)
                }
            } catch {
                diagnostics.append(.init(kind: "not-estimable", method: "goodman-\(family.rawValue)", region: nil, message: error.message))
            }
        }
        for estimate in goodman {
            rates += estimate.rates
            ratios += estimate.ratios
            coefficients += estimate.coefficients
            fits.append(estimate.fit)
            diagnostics += estimate.diagnostics
            diagnostics += Self.outsideBounds(estimate, frame: frame, bounds: bounds, per: per)
        }
        if options.methods.contains(.hierarchical) {
            let model = try HierarchicalEstimate(frame: frame, options: options)
            rates += model.rates
            ratios += model.ratios
            diagnostics += model.diagnostics
            hierarchical = model
            for estimate in goodman {
                disagreements += Self.disagreements(estimate, model, frame: frame)
            }
        }
        for (i, region) in frame.regions.enumerated() {
            for g in 0..<r {
                let limits = bounds.regions[i]
                let posterior = hierarchical?.regionRates[i][g]
                regionRows.append(.init(
                    code: region.code, name: region.name, term: frame.groups[g], deaths: frame.deaths[i], men: frame.men[i][g],
                    boundLow: limits.lowerRate[g].map { $0 * per }, boundHigh: limits.upperRate[g].map { $0 * per },
                    estimate: posterior?.mean, confLow: posterior?.confLow, confHigh: posterior?.confHigh))
            }
        }
    }

    /// Regions whose deaths cannot hold a Goodman rate: the fitted rate of a group is
    /// above the region's upper bound (or below its lower one).
    static func outsideBounds(_ estimate: GoodmanEstimate, frame: WithinFrame, bounds: EcologicalBounds, per: Double)
        -> [WithinRegions.Diagnostic]
    {
        var rows: [WithinRegions.Diagnostic] = []
        for g in frame.groups.indices {
            var outside: [(name: String, rate: Double, low: Double, high: Double)] = []
            for (slot, i) in estimate.regionIndices.enumerated() {
                guard let low = bounds.regions[i].lowerRate[g], let high = bounds.regions[i].upperRate[g] else { continue }
                let rate = estimate.regionRates[slot][g]
                let tolerance = 1e-9 * max(high * per, 1e-300)
                if rate > high * per + tolerance || rate < low * per - tolerance {
                    outside.append((frame.regions[i].name, rate, low * per, high * per))
                }
            }
            guard !outside.isEmpty else { continue }
            let examples = outside.prefix(3).map {
                "\($0.name): \(shortText($0.rate)) against [\(shortText($0.low)), \(shortText($0.high))]"
            }.joined(separator: "; ")
            rows.append(.init(
                kind: "outside-bounds", method: estimate.method, region: nil,
                message: "\(estimate.method)'s \(frame.groups[g]) rate lies outside what the deaths allow in \(outside.count) "
                    + "regions (\(examples)\(outside.count > 3 ? "; …" : "")): the same rate cannot hold there"))
        }
        return rows
    }

    /// The five regions where a Goodman model and the hierarchical model split the
    /// deaths most differently: by |share_A − share_B|·dᵢ of the first group.
    static func disagreements(_ estimate: GoodmanEstimate, _ model: HierarchicalEstimate, frame: WithinFrame)
        -> [WithinRegions.DisagreementRow]
    {
        var rows: [(size: Double, row: WithinRegions.DisagreementRow)] = []
        for (slot, i) in estimate.regionIndices.enumerated() where frame.deaths[i] > 0 {
            let expected = zip(estimate.regionRates[slot], frame.men[i]).map { max($0, 0) * $1 }
            let total = expected.reduce(0, +)
            guard total > 0 else { continue }
            let share = expected[0] / total
            let other = model.regionShares[i][0]
            rows.append((
                abs(share - other) * Double(frame.deaths[i]),
                .init(
                    code: frame.regions[i].code, name: frame.regions[i].name, term: frame.groups[0], deaths: frame.deaths[i],
                    methodA: estimate.method, shareA: share, methodB: HierarchicalEstimate.method, shareB: other)
            ))
        }
        return rows.sorted { ($0.size, $1.row.code) > ($1.size, $0.row.code) }.prefix(5).map(\.row)
    }
}
