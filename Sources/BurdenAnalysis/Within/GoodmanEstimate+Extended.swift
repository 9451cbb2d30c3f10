import BurdenData
import BurdenStats
import RealModule

extension GoodmanEstimate {
    /// The extended model: β_g(x) = β_g0 + Σₖβ_gk(xₖ − x̄ₖ), every coefficient free (the
    /// means only need to stay positive), over the frame's regions with every covariate.
    /// The country's rate of group g is the linear combination
    /// r_g = β_g0 + Σₖβ_gk(x̄_gk − x̄ₖ), x̄_gk the mean of xₖ over g's men, with a Wald
    /// interval; ratios and shares by the delta method. Also returns the basic model of
    /// the same family on the same regions, for the likelihood-ratio test of constant rates.
    ///
    /// - Throws: ``AnalysisError`` for an unknown covariate, fewer regions with it than
    ///   coefficients, or a fit that fails.
    static func extended(
        frame: WithinFrame, table: RegionTable, covariates: [String], family: IdentityLinkRegression.Family,
        confidence: Double, per: Double
    ) throws(AnalysisError) -> (extended: GoodmanEstimate, basic: GoodmanEstimate) {
        let method = "extended-\(family.rawValue)"
        var columns: [[Double?]] = []
        for name in covariates { columns.append(try frame.covariate(name, table: table).values) }
        let rows = frame.regions.indices.filter { i in columns.allSatisfy { $0[i] != nil } }
        let r = frame.groups.count
        let k = covariates.count
        guard rows.count > r * (k + 1) else {
            throw AnalysisError("\(method): \(rows.count) regions have every covariate, too few for \(r * (k + 1)) coefficients")
        }
        let basic = try GoodmanEstimate.basic(frame: frame, family: family, confidence: confidence, per: per, indices: rows)
        let y = rows.map { Double(frame.deaths[$0]) }
        let menRows = rows.map { frame.men[$0] }
        let menTotals = (0..<r).map { g in menRows.reduce(0) { $0 + $1[g] } }
        let menAll = menTotals.reduce(0, +)
        let values = columns.map { column in rows.map { column[$0]! } }
        let means = values.map { v in zip(v, menRows).reduce(0) { $0 + $1.0 * $1.1.reduce(0, +) } / menAll }
        let groupMeans = (0..<r).map { g in values.map { v in zip(v, menRows).reduce(0) { $0 + $1.0 * $1.1[g] } / menTotals[g] } }
        var designColumns: [(name: String, values: [Double])] = []
        for g in 0..<r {
            let x = menRows.map { $0[g] / per }
            designColumns.append((frame.groups[g], x))
            for c in 0..<k {
                designColumns.append(("\(frame.groups[g]):\(covariates[c])", zip(x, values[c]).map { $0 * ($1 - means[c]) }))
            }
        }
        let crude = y.reduce(0, +) / menAll * per
        var start = [Double](repeating: 0, count: r * (k + 1))
        for g in 0..<r { start[g * (k + 1)] = crude }
        let model: IdentityLinkRegression
        do {
            let design = try DesignMatrix(columns: designColumns, intercept: false)
            model = try IdentityLinkRegression(counts: y, design: design, start: start, family: family)
        } catch {
            throw AnalysisError("\(method) cannot be fitted: \(error)")
        }
        let z = Normal.upperQuantile((1 - confidence) / 2)
        let beta = model.estimates
        let v = model.covariance
        // The national rate of each group as a combination cᵀβ.
        let combinations: [[Double]] = (0..<r).map { g in
            var c = [Double](repeating: 0, count: beta.count)
            c[g * (k + 1)] = 1
            for j in 0..<k { c[g * (k + 1) + 1 + j] = groupMeans[g][j] - means[j] }
            return c
        }
        func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
        func quadratic(_ a: [Double], _ b: [Double]) -> Double {
            var sum = 0.0
            for i in a.indices { for j in b.indices { sum += a[i] * v[i, j] * b[j] } }
            return sum
        }
        let national = combinations.map { dot($0, beta) }
        let nationalCovariance = Matrix(rowArrays: combinations.map { a in combinations.map { quadratic(a, $0) } })
        var rates: [WithinRegions.RateRow] = []
        for g in 0..<r {
            let se = nationalCovariance[g, g].squareRoot()
            let share = GoodmanEstimate.shareInterval(group: g, beta: national, covariance: nationalCovariance, men: menTotals, z: z)
            let total = zip(national, menTotals).reduce(0) { $0 + $1.0 * $1.1 }
            rates.append(.init(
                method: method, term: frame.groups[g], estimate: national[g], stdError: se, confLow: national[g] - z * se,
                confHigh: national[g] + z * se, interval: "wald", men: menTotals[g], menShare: menTotals[g] / menAll,
                deathShare: national[g] * menTotals[g] / total, deathShareLow: share.lower, deathShareHigh: share.upper,
                onBoundary: false, mcStdError: nil))
        }
        let reference = r - 1
        var ratios: [WithinRegions.RatioRow] = []
        var diagnostics: [WithinRegions.Diagnostic] = []
        for g in 0..<(r - 1) {
            let term = "\(frame.groups[g])/\(frame.groups[reference])"
            guard national[g] > 0, national[reference] > 0 else {
                diagnostics.append(.init(
                    kind: "not-estimable", method: method, region: nil,
                    message: "\(method) gives a national rate at or below 0, so the ratio \(term) has no value"))
                continue
            }
            let rho = national[g] / national[reference]
            let logVariance =
                nationalCovariance[g, g] / (national[g] * national[g])
                + nationalCovariance[reference, reference] / (national[reference] * national[reference])
                - 2 * nationalCovariance[g, reference] / (national[g] * national[reference])
            let logSE = max(logVariance, 0).squareRoot()
            ratios.append(.init(
                method: method, term: term, estimate: rho, stdError: rho * logSE, confLow: rho * Double.exp(-z * logSE),
                confHigh: rho * Double.exp(z * logSE), interval: "wald-log", mcStdError: nil))
        }
        var regionRates: [[Double]] = []
        for (slot, _) in rows.enumerated() {
            regionRates.append((0..<r).map { g in
                var rate = beta[g * (k + 1)]
                for c in 0..<k { rate += beta[g * (k + 1) + 1 + c] * (values[c][slot] - means[c]) }
                return rate
            })
        }
        for g in 0..<r {
            let negative = rows.indices.filter { regionRates[$0][g] < 0 && frame.men[rows[$0]][g] > 0 }
            if !negative.isEmpty {
                let names = negative.prefix(5).map { frame.regions[rows[$0]].name }.joined(separator: ", ")
                diagnostics.append(.init(
                    kind: "negative-rate", method: method, region: nil,
                    message: "\(method) gives the \(frame.groups[g]) men a rate below 0 in \(negative.count) regions (\(names)"
                        + "\(negative.count > 5 ? ", …" : "")): a straight line in the covariates cannot hold there"))
            }
        }
        let statistic = 2 * (model.logLikelihood - basic.logLikelihood)
        let df = Double(r * k)
        let pValue = ChiSquared(degreesOfFreedom: df).survival(max(statistic, 0))
        if pValue < 1 - confidence {
            diagnostics.append(.init(
                kind: "aggregation-bias", method: method, region: nil,
                message: "the group rates vary with \(covariates.joined(separator: ", ")) (likelihood-ratio test of constant "
                    + "rates: \(shortText(statistic)) on \(Int(df)) df, p = \(shortText(pValue))): Goodman's constant-rate "
                    + "estimates are biased by that variation; the extended model allows for it"))
        }
        let coefficients = zip(beta.indices, model.termNames).map { j, name in
            GoodmanEstimate.coefficientRow(method: method, term: name, estimate: beta[j], se: model.standardErrors[j], z: z)
        }
        let estimate = GoodmanEstimate(
            method: method, rates: rates, ratios: ratios, coefficients: coefficients,
            fit: GoodmanEstimate.fitRow(method: method, model: model, groups: model.termNames), diagnostics: diagnostics,
            regionRates: regionRates, regionIndices: rows, logLikelihood: model.logLikelihood)
        return (estimate, basic)
    }
}

/// A number to four significant digits for messages.
func shortText(_ value: Double) -> String {
    guard value.isFinite, value != 0 else { return "\(value)" }
    let magnitude = abs(value)
    if magnitude >= 1e-3, magnitude < 1e6 {
        let digits = max(0, 3 - Int(Double.log10(magnitude).rounded(.down)))
        var text = String(Int((magnitude * Double.pow(10, Double(digits))).rounded()))
        if digits > 0 {
            while text.count <= digits { text = "0" + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
        }
        return (value < 0 ? "-" : "") + text
    }
    let exponent = Int(Double.log10(magnitude).rounded(.down))
    let mantissa = (magnitude / Double.pow(10, Double(exponent)) * 100).rounded() / 100
    return "\(value < 0 ? "-" : "")\(mantissa)e\(exponent)"
}
