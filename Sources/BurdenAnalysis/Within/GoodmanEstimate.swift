import BurdenData
import BurdenStats

/// Goodman's ecological regression on a ``WithinFrame``: deathsᵢ ~ Σ_g Nᵢ_g·β_g(xᵢ) with
/// an identity link, by ``IdentityLinkRegression`` — the basic model (β_g constant,
/// held ≥ 0) or the extended one (β_g(x) = β_g0 + Σₖβ_gk(xₖ − x̄ₖ), x̄ the men-weighted
/// mean), with Poisson or NB2 likelihood. Rates are per `per` men (the design's columns
/// are Nᵢ_g/per).
struct GoodmanEstimate {
    let method: String
    let rates: [WithinRegions.RateRow]
    let ratios: [WithinRegions.RatioRow]
    let coefficients: [WithinRegions.CoefficientRow]
    let fit: WithinRegions.FitRow
    let diagnostics: [WithinRegions.Diagnostic]
    /// Each region's fitted rate per group (per `per` men).
    let regionRates: [[Double]]
    /// The regions fitted (a subset of the frame's when covariates are missing).
    let regionIndices: [Int]
    let logLikelihood: Double

    /// The basic model.
    ///
    /// - Throws: ``AnalysisError`` when the fit fails (with the reason).
    static func basic(
        frame: WithinFrame, family: IdentityLinkRegression.Family, confidence: Double, per: Double,
        indices: [Int]? = nil, prefix: String = "goodman"
    ) throws(AnalysisError) -> GoodmanEstimate {
        let method = "\(prefix)-\(family.rawValue)"
        let rows = indices ?? Array(frame.regions.indices)
        let r = frame.groups.count
        let y = rows.map { Double(frame.deaths[$0]) }
        let x = (0..<r).map { g in rows.map { frame.men[$0][g] / per } }
        let menTotals = (0..<r).map { g in rows.reduce(0) { $0 + frame.men[$1][g] } }
        let crude = y.reduce(0, +) / x.reduce(0) { $0 + $1.reduce(0, +) }
        do {
            let design = try DesignMatrix(columns: zip(frame.groups, x).map { ($0, $1) }, intercept: false)
            let model = try IdentityLinkRegression(
                counts: y, design: design, nonNegative: Array(repeating: true, count: r),
                start: Array(repeating: crude, count: r), family: family)
            let profile = GoodmanProfile(
                y: y, x: x, family: family, alpha: model.alpha, maximum: model.logLikelihood, crude: crude)
            let z = Normal.upperQuantile((1 - confidence) / 2)
            let beta = model.estimates
            let expected = zip(beta, menTotals).map { $0 * $1 / per }
            let totalExpected = expected.reduce(0, +)
            let reference = r - 1
            var ratioIntervals: [ConfidenceInterval?] = []
            var ratios: [WithinRegions.RatioRow] = []
            for g in 0..<(r - 1) {
                guard beta[reference] > 0 else {
                    ratioIntervals.append(nil)
                    continue
                }
                let rho = beta[g] / beta[reference]
                let v = model.covariance
                let relative =
                    (beta[g] > 0 ? v[g, g] / (beta[g] * beta[g]) - 2 * v[g, reference] / (beta[g] * beta[reference]) : 0)
                    + v[reference, reference] / (beta[reference] * beta[reference])
                let se = model.atBoundary[g] ? nil : rho * relative.squareRoot()
                let interval = ProfileLikelihood.interval(
                    estimate: rho, maximum: model.logLikelihood, lowerLimit: 0, step: max(se ?? 0.1 * rho, 1e-3 * rho + 1e-9),
                    confidence: confidence
                ) { profile.ratio(group: g, reference: reference, value: $0) }
                ratioIntervals.append(interval)
                ratios.append(.init(
                    method: method, term: "\(frame.groups[g])/\(frame.groups[reference])", estimate: rho, stdError: se,
                    confLow: interval.lower, confHigh: interval.upper.isFinite ? interval.upper : nil,
                    interval: "profile-likelihood", mcStdError: nil))
            }
            var rates: [WithinRegions.RateRow] = []
            let menAll = menTotals.reduce(0, +)
            for g in 0..<r {
                let se = model.standardErrors[g]
                let interval = ProfileLikelihood.interval(
                    estimate: beta[g], maximum: model.logLikelihood, lowerLimit: 0,
                    step: max(se ?? 0.1 * crude, 1e-6 * crude), confidence: confidence
                ) { profile.rate(group: g, value: $0) }
                let share = expected[g] / totalExpected
                var shareInterval = GoodmanEstimate.shareInterval(
                    group: g, beta: beta, covariance: model.covariance, men: menTotals, z: z)
                if r == 2 {
                    // The share is monotone in the ratio of the two rates: map its profile interval.
                    let m = menTotals
                    func fromRatio(_ rho: Double) -> Double { rho.isFinite ? rho * m[0] / (rho * m[0] + m[1]) : 1 }
                    if let ratio = ratioIntervals.first ?? nil {
                        shareInterval =
                            g == 0
                            ? ConfidenceInterval(lower: fromRatio(ratio.lower), upper: fromRatio(ratio.upper))
                            : ConfidenceInterval(lower: 1 - fromRatio(ratio.upper), upper: 1 - fromRatio(ratio.lower))
                    }
                }
                rates.append(.init(
                    method: method, term: frame.groups[g], estimate: beta[g], stdError: se, confLow: interval.lower,
                    confHigh: interval.upper, interval: "profile-likelihood", men: menTotals[g], menShare: menTotals[g] / menAll,
                    deathShare: share, deathShareLow: shareInterval.lower, deathShareHigh: shareInterval.upper,
                    onBoundary: model.atBoundary[g], mcStdError: nil))
            }
            var diagnostics: [WithinRegions.Diagnostic] = []
            for g in 0..<r where model.atBoundary[g] {
                diagnostics.append(.init(
                    kind: "boundary", method: method, region: nil,
                    message: "\(method) puts the \(frame.groups[g]) rate at 0, the edge of what a rate can be: the fit would "
                        + "go below 0 if it could, a sign that one rate for every region does not fit"))
            }
            let coefficients = zip(frame.groups.indices, frame.groups).map { g, name in
                coefficientRow(method: method, term: name, estimate: beta[g], se: model.standardErrors[g], z: z)
            }
            return GoodmanEstimate(
                method: method, rates: rates, ratios: ratios, coefficients: coefficients,
                fit: fitRow(method: method, model: model, groups: frame.groups), diagnostics: diagnostics,
                regionRates: rows.map { _ in beta }, regionIndices: rows, logLikelihood: model.logLikelihood)
        } catch {
            throw AnalysisError("\(method) cannot be fitted: \(error)")
        }
    }

    /// The Wald interval of a group's implied share of the dead, s_g = β_gM_g/Σ_hβ_hM_h,
    /// by the delta method, clipped to [0, 1].
    static func shareInterval(group g: Int, beta: [Double], covariance: Matrix, men: [Double], z: Double)
        -> ConfidenceInterval
    {
        let total = zip(beta, men).reduce(0) { $0 + $1.0 * $1.1 }
        let share = beta[g] * men[g] / total
        let gradient = beta.indices.map { h in ((h == g ? men[g] * total : 0) - beta[g] * men[g] * men[h]) / (total * total) }
        var variance = 0.0
        for a in beta.indices {
            for b in beta.indices { variance += gradient[a] * covariance[a, b] * gradient[b] }
        }
        let se = max(variance, 0).squareRoot()
        return ConfidenceInterval(lower: max(0, share - z * se), upper: min(1, share + z * se))
    }

    /// A coefficient's row with its Wald z test.
    static func coefficientRow(method: String, term: String, estimate: Double, se: Double?, z: Double)
        -> WithinRegions.CoefficientRow
    {
        guard let se, se > 0 else {
            return .init(method: method, term: term, estimate: estimate, stdError: nil, statistic: nil, pValue: nil, confLow: nil, confHigh: nil)
        }
        let statistic = estimate / se
        return .init(
            method: method, term: term, estimate: estimate, stdError: se, statistic: statistic,
            pValue: 2 * Normal.survival(abs(statistic)), confLow: estimate - z * se, confHigh: estimate + z * se)
    }

    /// The summary row of a fit.
    static func fitRow(method: String, model: IdentityLinkRegression, groups: [String]) -> WithinRegions.FitRow {
        .init(
            method: method, logLikelihood: model.logLikelihood, deviance: model.deviance,
            pearsonChiSquared: model.pearsonChiSquared, alpha: model.alpha, alphaStdError: model.alphaStdError,
            nobs: model.nobs, dfResidual: model.dfResidual,
            boundaryTerms: zip(model.termNames, model.atBoundary).filter(\.1).map(\.0))
    }
}

/// The profile log-likelihoods of the basic Goodman model: of one group's rate (held at
/// a value, the others fitted ≥ 0) and of the ratio of two groups' rates.
struct GoodmanProfile {
    let y: [Double]
    /// Nᵢ_g/per, per group.
    let x: [[Double]]
    let family: IdentityLinkRegression.Family
    let alpha: Double?
    let maximum: Double
    let crude: Double

    /// ℓ_P(β_g = value).
    func rate(group g: Int, value: Double) -> Double {
        let others = x.indices.filter { $0 != g }
        let offset = x[g].map { $0 * value }
        return maximum(columns: others.map { (String($0), x[$0]) }, offset: offset)
    }

    /// ℓ_P(β_g/β_ref = value): the columns of g and of the reference merged as value·x_g + x_ref.
    func ratio(group g: Int, reference: Int, value: Double) -> Double {
        var columns = [("merged", zip(x[g], x[reference]).map { value * $0 + $1 })]
        columns += x.indices.filter { $0 != g && $0 != reference }.map { (String($0), x[$0]) }
        return maximum(columns: columns, offset: nil)
    }

    /// The maximum over non-negative coefficients; for NB2 over α too, the Poisson maximum
    /// when the profile's α is 0. −∞ when no fit keeps every mean positive.
    private func maximum(columns: [(String, [Double])], offset: [Double]?) -> Double {
        guard let design = try? DesignMatrix(columns: columns.map { (name: $0.0, values: $0.1) }, intercept: false) else {
            return -.infinity
        }
        let start = Array(repeating: crude, count: columns.count)
        let nonNegative = Array(repeating: true, count: columns.count)
        do {
            return try IdentityLinkRegression.maximumLogLikelihood(
                counts: y, design: design, offset: offset, nonNegative: nonNegative, start: start, family: family,
                alphaNear: alpha)
        } catch let error as StatsError where error.code == .boundaryEstimate {
            return (try? IdentityLinkRegression.maximumLogLikelihood(
                counts: y, design: design, offset: offset, nonNegative: nonNegative, start: start, family: .poisson)) ?? -.infinity
        } catch {
            return -.infinity
        }
    }
}
